/**
 * The JSON coverage report: the source of truth every other format is made from. Its shape is
 * published as schema/xcover-report.schema.json; bump SCHEMA_VERSION on any incompatible change.
 */
import type { Granularity } from "../probes/plan.js";
import { VERSION } from "../version.js";

export type { Granularity } from "../probes/plan.js";

/**
 * 2 added line granularity (`granularity`, `lines`, line totals, `cov_by_line`); version 1 reports
 * are function reports and still read as they are.
 */
export const SCHEMA_VERSION = 2;

export type CoverageMode = "first-hit" | "count";

/** One source line of a function, in line granularity. */
export interface LineCoverage {
	line: number;
	/** First-hit mode: 1 when any code of the line ran, else 0. Count mode: how often its probes fired. */
	hits: number;
	/** The line's file when it is not the function's own (code inlined from a header). */
	file?: string;
	/** Every address of the line was refused a probe: not measured, and not in the totals. */
	unprobeable?: true;
}

/** Line totals of a report, a binary or a source file (line granularity only). */
export interface LineTotals {
	/** Source lines with code in the traced functions. */
	lines: number;
	/** Lines with at least one probe: lines minus unprobeable. */
	traced: number;
	covered: number;
	unprobeable: number;
	/** covered / traced × 100 (0 when nothing was traced). */
	percent: number;
}

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
	/**
	 * Line granularity: every source line with code in this function, sorted by file (its own file
	 * first), then line. Absent for a function the line tables do not describe (only its entry is
	 * probed, so it counts for function coverage alone).
	 */
	lines?: LineCoverage[];
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
	/** Line granularity: the same for source lines. A line counts once per file however many functions hold it. */
	lines?: LineTotals;
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
	/** Absent in version 1 reports, which are all function reports. */
	granularity?: Granularity;
	started_at: string;
	ended_at: string;
	/** The command xcover ran, for `xcover run -- CMD`. */
	command?: string[];
	/**
	 * The project's folder when the report was made. `file` fields keep the paths the debug
	 * information gives (the truth, and what a merge of two builds compares); the writers name
	 * files under this folder relative to it.
	 */
	source_root?: string;
	/** Fields read by consumers of the original xcover: the first binary, names traced and hit. */
	exe_path: string;
	funcs_traced: string[];
	funcs_ack: string[];
	cov_by_func: number;
	/** Line granularity: covered / traced lines × 100. */
	cov_by_line?: number;
	totals: Totals;
	binaries: BinaryCoverage[];
}

/**
 * Counts add up to at most 2^53 − 1, the largest the schema (and JSON readers) hold exactly: a
 * sum past it would be written as a number no reader takes back, or rounded.
 */
export function saturatingAdd(a: number, b: number): number {
	return Math.min(Number.MAX_SAFE_INTEGER, a + b);
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

export function sourceFilesOf(
	functions: readonly FunctionCoverage[],
	granularity: Granularity = "function",
): SourceFileCoverage[] {
	const byFile = new Map<string, FunctionCoverage[]>();
	const listOf = (file: string): FunctionCoverage[] => {
		let list = byFile.get(file);
		if (!list) {
			list = [];
			byFile.set(file, list);
		}
		return list;
	};
	for (const f of functions) if (f.file !== undefined) listOf(f.file).push(f);
	const lines = granularity === "line" ? linesByFile(functions) : undefined;
	// Code inlined from a header gives the header lines of its own, with no function placed there.
	if (lines) for (const file of lines.keys()) listOf(file);
	return [...byFile.keys()].sort(compareText).map((path) => {
		const out: SourceFileCoverage = { path, ...totalsOf(byFile.get(path) as FunctionCoverage[]) };
		if (lines) out.lines = totalsOfLines(lines.get(path));
		return out;
	});
}

/** Where a line of a function sits: its own file, else the function's. */
export function fileOfLine(f: Pick<FunctionCoverage, "file">, l: Pick<LineCoverage, "file">): string | undefined {
	return l.file ?? f.file;
}

/** What one source line sums to over every function holding code of it. */
export type LineState = "covered" | "uncovered" | "unprobeable";

/**
 * Per file, per line: covered when any function's code of it ran; unprobeable only when no
 * function could probe it. Lines of functions without a file are left out (they have no place).
 */
export function linesByFile(
	functions: readonly Pick<FunctionCoverage, "file" | "lines">[],
): Map<string, Map<number, LineState>> {
	const out = new Map<string, Map<number, LineState>>();
	for (const f of functions) {
		if (!f.lines) continue;
		for (const l of f.lines) {
			const file = fileOfLine(f, l);
			if (file === undefined) continue;
			let lines = out.get(file);
			if (!lines) {
				lines = new Map();
				out.set(file, lines);
			}
			const state: LineState = l.unprobeable ? "unprobeable" : l.hits > 0 ? "covered" : "uncovered";
			const seen = lines.get(l.line);
			if (seen === undefined || seen === "unprobeable" || (seen === "uncovered" && state === "covered")) {
				lines.set(l.line, state);
			}
		}
	}
	return out;
}

export function totalsOfLines(lines: ReadonlyMap<number, LineState> | undefined): LineTotals {
	let covered = 0;
	let unprobeable = 0;
	const total = lines?.size ?? 0;
	if (lines) {
		for (const state of lines.values()) {
			if (state === "covered") covered++;
			else if (state === "unprobeable") unprobeable++;
		}
	}
	const traced = total - unprobeable;
	return { lines: total, traced, covered, unprobeable, percent: percentOf(covered, traced) };
}

/** Line totals of any set of functions: each (file, line) counted once. */
export function lineTotalsOf(functions: readonly Pick<FunctionCoverage, "file" | "lines">[]): LineTotals {
	const sum: LineTotals = { lines: 0, traced: 0, covered: 0, unprobeable: 0, percent: 0 };
	for (const lines of linesByFile(functions).values()) {
		const t = totalsOfLines(lines);
		sum.lines += t.lines;
		sum.traced += t.traced;
		sum.covered += t.covered;
		sum.unprobeable += t.unprobeable;
	}
	sum.percent = percentOf(sum.covered, sum.traced);
	return sum;
}

/** Totals of a binary's functions, with line totals in line granularity. */
export function binaryTotalsOf(functions: readonly FunctionCoverage[], granularity: Granularity): Totals {
	const totals = totalsOf(functions);
	if (granularity === "line") totals.lines = lineTotalsOf(functions);
	return totals;
}

/** Code-point order, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The report-wide fields that follow from the binaries: totals and the original xcover's lists. */
export function assembleReport(
	head: Pick<CoverageReport, "mode" | "started_at" | "ended_at" | "command" | "source_root"> & {
		granularity?: Granularity;
	},
	binaries: BinaryCoverage[],
): CoverageReport {
	const granularity = head.granularity ?? "function";
	const all = binaries.flatMap((b) => b.functions);
	const totals = totalsOf(all);
	if (granularity === "line") {
		// Binaries never share source lines: each keeps its own copy of the code.
		const lines: LineTotals = { lines: 0, traced: 0, covered: 0, unprobeable: 0, percent: 0 };
		for (const b of binaries) {
			const t = b.totals.lines ?? lineTotalsOf(b.functions);
			lines.lines += t.lines;
			lines.traced += t.traced;
			lines.covered += t.covered;
			lines.unprobeable += t.unprobeable;
		}
		lines.percent = percentOf(lines.covered, lines.traced);
		totals.lines = lines;
	}
	const funcsTraced = all.filter((f) => !f.unprobeable).map((f) => f.names[0] as string);
	const funcsAck = all.filter((f) => f.covered && !f.unprobeable).map((f) => f.names[0] as string);
	const report: CoverageReport = {
		schema_version: SCHEMA_VERSION,
		tool: { name: "xcover", version: VERSION },
		mode: head.mode,
		granularity,
		started_at: head.started_at,
		ended_at: head.ended_at,
		exe_path: binaries[0]?.path ?? "",
		funcs_traced: funcsTraced,
		funcs_ack: funcsAck,
		cov_by_func: totals.percent,
		totals,
		binaries,
	};
	if (totals.lines) report.cov_by_line = totals.lines.percent;
	if (head.command) report.command = head.command;
	if (head.source_root) report.source_root = head.source_root;
	return report;
}

/** The granularity of a report; version 1 reports have none and measure functions. */
export function granularityOf(report: Pick<CoverageReport, "granularity">): Granularity {
	return report.granularity ?? "function";
}

/**
 * One line for terminals: "coverage 42.86% (3/7 functions)", or in line granularity
 * "coverage 61.20% of lines (153/250), 80.00% of functions (8/10)".
 */
export function summaryLine(report: CoverageReport): string {
	const t = report.totals;
	const extra = t.unprobeable > 0 ? `, ${t.unprobeable} unprobeable` : "";
	const lines = granularityOf(report) === "line" ? t.lines : undefined;
	if (!lines) return `coverage ${t.percent.toFixed(2)}% (${t.covered}/${t.traced} functions${extra})`;
	const unprobeable =
		lines.unprobeable > 0 || t.unprobeable > 0
			? `; unprobeable: ${lines.unprobeable} lines, ${t.unprobeable} functions`
			: "";
	return (
		`coverage ${lines.percent.toFixed(2)}% of lines (${lines.covered}/${lines.traced}), ` +
		`${t.percent.toFixed(2)}% of functions (${t.covered}/${t.traced})${unprobeable}`
	);
}

/** Per line of one file, over every function holding code of it: what the formats show. */
export interface FileLine {
	line: number;
	/** Count mode: the holders' hits summed; first-hit mode: 1 when any holder ran it, else 0. */
	hits: number;
	state: LineState;
}

/**
 * Every file's lines with their hits, sorted by line, for the writers that show hit counts
 * (LCOV, Cobertura). Agrees with linesByFile on each line's state.
 */
export function fileLinesOf(
	functions: readonly Pick<FunctionCoverage, "file" | "lines">[],
	mode: CoverageMode,
): Map<string, FileLine[]> {
	const states = linesByFile(functions);
	const hits = new Map<string, Map<number, number>>();
	for (const f of functions) {
		if (!f.lines) continue;
		for (const l of f.lines) {
			const file = fileOfLine(f, l);
			if (file === undefined || l.unprobeable) continue;
			let perLine = hits.get(file);
			if (!perLine) {
				perLine = new Map();
				hits.set(file, perLine);
			}
			const seen = perLine.get(l.line) ?? 0;
			perLine.set(l.line, mode === "count" ? saturatingAdd(seen, l.hits) : Math.max(seen, l.hits > 0 ? 1 : 0));
		}
	}
	const out = new Map<string, FileLine[]>();
	for (const [file, lines] of states) {
		const perLine = hits.get(file);
		const list: FileLine[] = [];
		for (const [line, state] of lines) list.push({ line, hits: perLine?.get(line) ?? 0, state });
		list.sort((a, b) => a.line - b.line);
		out.set(file, list);
	}
	return out;
}
