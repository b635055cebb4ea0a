/**
 * The JSON coverage report: the source of truth every other format is made from. Its shape is
 * published as schema/xcover-report.schema.json; bump SCHEMA_VERSION on any incompatible change.
 */
import type { ProbePlan } from "../probes/plan.js";
import { VERSION } from "../version.js";

export const SCHEMA_VERSION = 1;

export type CoverageMode = "first-hit" | "count";

export interface FunctionCoverage {
	/** Every symbol name at this entry point, preferred first. */
	names: string[];
	/** File offset of the entry point (where the probe sat). */
	offset: number;
	size: number;
	covered: boolean;
	/** The kernel refused a probe here; the function is not counted in the totals. */
	unprobeable: boolean;
	unprobeable_reason?: string;
	/** Calls seen, in count mode only. */
	calls?: number;
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

function totalsOf(functions: readonly FunctionCoverage[]): Totals {
	let covered = 0;
	let unprobeable = 0;
	for (const f of functions) {
		if (f.unprobeable) unprobeable++;
		else if (f.covered) covered++;
	}
	const traced = functions.length - unprobeable;
	return { functions: functions.length, traced, covered, unprobeable, percent: percentOf(covered, traced) };
}

export function buildReport(facts: RunFacts): CoverageReport {
	const binaries: BinaryCoverage[] = facts.plan.binaries.map((b) => {
		const functions = b.functions.map((fn, i): FunctionCoverage => {
			const cookie = b.firstCookie + i;
			const reason = facts.unprobeable.get(cookie);
			const count = facts.counts[cookie] ?? 0;
			const out: FunctionCoverage = {
				names: fn.names,
				offset: fn.offset,
				size: fn.size,
				covered: reason === undefined && count > 0,
				unprobeable: reason !== undefined,
			};
			if (reason !== undefined) out.unprobeable_reason = reason;
			if (facts.mode === "count") out.calls = count;
			return out;
		});
		return {
			path: b.table.path,
			build_id: b.table.buildId ?? null,
			arch: b.table.arch,
			functions,
			totals: totalsOf(functions),
		};
	});
	const all = binaries.flatMap((b) => b.functions);
	const totals = totalsOf(all);
	const report: CoverageReport = {
		schema_version: SCHEMA_VERSION,
		tool: { name: "xcover", version: VERSION },
		mode: facts.mode,
		started_at: facts.startedAt.toISOString(),
		ended_at: facts.endedAt.toISOString(),
		exe_path: binaries[0]?.path ?? "",
		funcs_traced: all.filter((f) => !f.unprobeable).map((f) => f.names[0] as string),
		funcs_ack: all.filter((f) => f.covered).map((f) => f.names[0] as string),
		cov_by_func: totals.percent,
		totals,
		binaries,
	};
	if (facts.command) report.command = facts.command;
	return report;
}

/** One line for terminals: "coverage 42.86% (3/7 functions)". */
export function summaryLine(report: CoverageReport): string {
	const t = report.totals;
	const extra = t.unprobeable > 0 ? `, ${t.unprobeable} unprobeable` : "";
	return `coverage ${t.percent.toFixed(2)}% (${t.covered}/${t.traced} functions${extra})`;
}
