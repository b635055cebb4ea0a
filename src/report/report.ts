/**
 * The JSON coverage report: the source of truth every other format is made from. Its shape is
 * published as schema/xcover-report.schema.json; bump SCHEMA_VERSION on any incompatible change.
 */
import { readableName } from "../demangle/demangle.js";
import type { ProbePlan } from "../probes/plan.js";
import { VERSION } from "../version.js";

export const SCHEMA_VERSION = 1;

export type CoverageMode = "first-hit" | "count";

export interface FunctionCoverage {
	/** Every symbol name at this entry point, preferred first. */
	names: string[];
	/** The preferred name, demangled (reports before these fields existed lack it). */
	name?: string;
	/** The preferred name as the symbol table spells it (names[0]). */
	raw_name?: string;
	/** File offset of the entry point (where the probe sat). */
	offset: number;
	size: number;
	covered: boolean;
	/** The kernel refused a probe here; the function is not counted in the totals. */
	unprobeable: boolean;
	unprobeable_reason?: string;
	/** Calls seen, in count mode only. */
	calls?: number;
	/** Where the debug info places the function, when it says. */
	file?: string;
	line_start?: number;
	line_end?: number;
	/** Go package, Rust crate path or C++ namespace, when known. */
	package?: string;
}

/** Per source file of one binary: the functions the debug info places there. */
export interface SourceFileCoverage extends Totals {
	path: string;
}

export interface Totals {
	/** Functions selected for tracing. */
	functions: number;
	/** Functions probed: selected minus unprobeable. */
	traced: number;
	covered: number;
	unprobeable: number;
	/** covered / traced × 100 (0 when nothing was traced). */
	percent: number;
}

export interface BinaryCoverage {
	path: string;
	build_id: string | null;
	arch: string;
	functions: FunctionCoverage[];
	totals: Totals;
	/** Totals per source file, sorted by path; functions without a known file are in none. */
	source_files?: SourceFileCoverage[];
}

export interface CoverageReport {
	schema_version: number;
	tool: { name: "xcover"; version: string };
	mode: CoverageMode;
	started_at: string;
	ended_at: string;
	/** The command xcover ran, for `xcover run -- CMD`. */
	command?: string[];
	/** Fields read by consumers of the original xcover: the first binary, names traced and hit. */
	exe_path: string;
	funcs_traced: string[];
	funcs_ack: string[];
	cov_by_func: number;
	totals: Totals;
	binaries: BinaryCoverage[];
}

export interface RunFacts {
	plan: ProbePlan;
	mode: CoverageMode;
	counts: Float64Array;
	unprobeable: ReadonlyMap<number, string>;
	startedAt: Date;
	endedAt: Date;
	command?: string[];
}

export function percentOf(covered: number, traced: number): number {
	return traced === 0 ? 0 : (covered / traced) * 100;
}

export type FunctionStatus = "covered" | "uncovered" | "unprobeable";

export function statusOf(f: Pick<FunctionCoverage, "covered" | "unprobeable">): FunctionStatus {
	return f.unprobeable ? "unprobeable" : f.covered ? "covered" : "uncovered";
}

/** What totals need of a function: a report's functions and the model's both fit. */
export type Measured = Pick<FunctionCoverage, "covered" | "unprobeable"> | { status: FunctionStatus };

/** Totals of any list of functions: of a binary, a source file, a model group. */
export function totalsOf(functions: readonly Measured[]): Totals {
	let covered = 0;
	let unprobeable = 0;
	for (const f of functions) {
		const status = "status" in f ? f.status : statusOf(f);
		if (status === "unprobeable") unprobeable++;
		else if (status === "covered") covered++;
	}
	const traced = functions.length - unprobeable;
	return { functions: functions.length, traced, covered, unprobeable, percent: percentOf(covered, traced) };
}

export function sourceFilesOf(functions: readonly FunctionCoverage[]): SourceFileCoverage[] {
	const byFile = new Map<string, FunctionCoverage[]>();
	for (const f of functions) {
		if (f.file === undefined) continue;
		const list = byFile.get(f.file) ?? [];
		byFile.set(f.file, list);
		list.push(f);
	}
	return [...byFile.keys()]
		.sort(compareText)
		.map((path) => ({ path, ...totalsOf(byFile.get(path) as FunctionCoverage[]) }));
}

/** Code-point order, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The report-wide fields that follow from the binaries: totals and the original xcover's lists. */
export function assembleReport(
	head: Pick<CoverageReport, "mode" | "started_at" | "ended_at" | "command">,
	binaries: BinaryCoverage[],
): CoverageReport {
	const all = binaries.flatMap((b) => b.functions);
	const totals = totalsOf(all);
	const funcsTraced = all.filter((f) => !f.unprobeable).map((f) => f.names[0] as string);
	const funcsAck = all.filter((f) => f.covered && !f.unprobeable).map((f) => f.names[0] as string);
	const report: CoverageReport = {
		schema_version: SCHEMA_VERSION,
		tool: { name: "xcover", version: VERSION },
		mode: head.mode,
		started_at: head.started_at,
		ended_at: head.ended_at,
		exe_path: binaries[0]?.path ?? "",
		funcs_traced: funcsTraced,
		funcs_ack: funcsAck,
		cov_by_func: totals.percent,
		totals,
		binaries,
	};
	if (head.command) report.command = head.command;
	return report;
}

export function buildReport(facts: RunFacts): CoverageReport {
	const binaries: BinaryCoverage[] = facts.plan.binaries.map((b) => {
		const functions = b.functions.map((fn, i): FunctionCoverage => {
			const cookie = b.firstCookie + i;
			const reason = facts.unprobeable.get(cookie);
			const count = facts.counts[cookie] ?? 0;
			const raw = fn.names[0] as string;
			const out: FunctionCoverage = {
				names: fn.names,
				name: readableName(raw),
				raw_name: raw,
				offset: fn.offset,
				size: fn.size,
				covered: reason === undefined && count > 0,
				unprobeable: reason !== undefined,
			};
			if (reason !== undefined) out.unprobeable_reason = reason;
			if (facts.mode === "count") out.calls = count;
			if (fn.source) {
				out.file = fn.source.file;
				out.line_start = fn.source.lineStart;
				out.line_end = fn.source.lineEnd;
			}
			if (fn.package !== undefined) out.package = fn.package;
			return out;
		});
		return {
			path: b.table.path,
			build_id: b.table.buildId ?? null,
			arch: b.table.arch,
			functions,
			totals: totalsOf(functions),
			source_files: sourceFilesOf(functions),
		};
	});
	const head: Parameters<typeof assembleReport>[0] = {
		mode: facts.mode,
		started_at: facts.startedAt.toISOString(),
		ended_at: facts.endedAt.toISOString(),
	};
	if (facts.command) head.command = facts.command;
	return assembleReport(head, binaries);
}

/** One line for terminals: "coverage 42.86% (3/7 functions)". */
export function summaryLine(report: CoverageReport): string {
	const t = report.totals;
	const extra = t.unprobeable > 0 ? `, ${t.unprobeable} unprobeable` : "";
	return `coverage ${t.percent.toFixed(2)}% (${t.covered}/${t.traced} functions${extra})`;
}
