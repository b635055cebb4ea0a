/**
 * The one coverage model every writer renders: binary → source file (or package, or unknown
 * source) → function, with totals at each level. Made from the JSON report alone, so any format
 * can be produced later from a saved report, and writers never compute coverage themselves.
 */
import { basename } from "node:path";
import { readableName as readableSymbol } from "../demangle/demangle.js";
import {
	type CoverageMode,
	type CoverageReport,
	compareText,
	type FileLine,
	type FunctionCoverage,
	type FunctionStatus,
	fileLinesOf,
	type Granularity,
	granularityOf,
	type LineCoverage,
	type LineState,
	type LineTotals,
	percentOf,
	statusOf,
	type Totals,
	totalsOf,
} from "./report.js";

export interface ModelFunction {
	/** Readable (demangled) name. */
	name: string;
	/** The symbol as the binary spells it. */
	rawName: string;
	/** Aliases at the same entry point, after rawName. */
	aliases: string[];
	offset: number;
	size: number;
	status: FunctionStatus;
	/** Count mode only. */
	calls?: number;
	unprobeableReason?: string;
	file?: string;
	lineStart?: number;
	lineEnd?: number;
	package?: string;
	/**
	 * Line granularity, when the line tables describe the function: its lines as the report has
	 * them (`file` only where it is not the function's own), and their totals.
	 */
	lines?: readonly LineCoverage[];
	lineTotals?: LineTotals;
}

/**
 * "file": functions the debug info places in one source file. "package": functions without a file
 * but with a known package (Go without line tables, C++ namespaces). "unknown": neither.
 */
export type GroupKind = "file" | "package" | "unknown";

export const UNKNOWN_SOURCE = "(unknown source)";

export interface ModelGroup {
	kind: GroupKind;
	/** The file path, the package name, or UNKNOWN_SOURCE. */
	name: string;
	/** Sorted by line, then name. Empty for a file only code inlined from it has lines in (a header). */
	functions: ModelFunction[];
	/** Function totals; in line granularity with `lines`, the file's line totals (files only). */
	totals: Totals;
	/**
	 * Line granularity, file groups: every line of the file with code, over all functions holding
	 * it (inlined code included), sorted by line.
	 */
	lines?: FileLine[];
}

export interface ModelBinary {
	path: string;
	/** The file name, which is how diff and short tables name a binary. */
	name: string;
	buildId: string | null;
	arch: string;
	totals: Totals;
	/** Files by path, then packages, then the unknown-source group. */
	groups: ModelGroup[];
}

export interface CoverageModel {
	mode: CoverageMode;
	/** "line": groups and totals carry `lines`, functions their own lines. */
	granularity: Granularity;
	startedAt: string;
	endedAt: string;
	command?: string[];
	toolVersion: string;
	totals: Totals;
	binaries: ModelBinary[];
}

/** Readable name of a report function; reports written before `name` existed get it demangled here. */
export function readableName(f: Pick<FunctionCoverage, "names" | "name">): string {
	return f.name ?? readableSymbol(f.names[0] as string);
}

/** Line totals of one function's own lines, each (file, line) once. */
function functionLineTotals(lines: readonly LineCoverage[]): LineTotals {
	const seen = new Map<string, LineState>();
	for (const l of lines) {
		// The function's own file is not a file named "".
		const key = l.file === undefined ? String(l.line) : `${l.line}\0${l.file}`;
		const state: LineState = l.unprobeable ? "unprobeable" : l.hits > 0 ? "covered" : "uncovered";
		const before = seen.get(key);
		if (before === undefined || before === "unprobeable" || (before === "uncovered" && state === "covered"))
			seen.set(key, state);
	}
	let covered = 0;
	let unprobeable = 0;
	for (const state of seen.values()) {
		if (state === "covered") covered++;
		else if (state === "unprobeable") unprobeable++;
	}
	const traced = seen.size - unprobeable;
	return { lines: seen.size, traced, covered, unprobeable, percent: percentOf(covered, traced) };
}

function modelFunction(f: FunctionCoverage, granularity: Granularity): ModelFunction {
	const rawName = f.raw_name ?? (f.names[0] as string);
	const out: ModelFunction = {
		name: readableName(f),
		rawName,
		aliases: f.names.filter((n) => n !== rawName),
		offset: f.offset,
		size: f.size,
		status: statusOf(f),
	};
	if (f.calls !== undefined) out.calls = f.calls;
	if (f.unprobeable_reason !== undefined) out.unprobeableReason = f.unprobeable_reason;
	if (f.file !== undefined) out.file = f.file;
	if (f.line_start !== undefined) out.lineStart = f.line_start;
	if (f.line_end !== undefined) out.lineEnd = f.line_end;
	if (f.package !== undefined) out.package = f.package;
	if (granularity === "line" && f.lines) {
		out.lines = f.lines;
		out.lineTotals = functionLineTotals(f.lines);
	}
	return out;
}

const KIND_ORDER: Record<GroupKind, number> = { file: 0, package: 1, unknown: 2 };

function byLineThenName(a: ModelFunction, b: ModelFunction): number {
	return (a.lineStart ?? 0) - (b.lineStart ?? 0) || compareText(a.name, b.name) || a.offset - b.offset;
}

const EMPTY_TOTALS: Totals = { functions: 0, traced: 0, covered: 0, unprobeable: 0, percent: 0 };

function lineTotalsOfFile(lines: readonly FileLine[]): LineTotals {
	let covered = 0;
	let unprobeable = 0;
	for (const l of lines) {
		if (l.state === "covered") covered++;
		else if (l.state === "unprobeable") unprobeable++;
	}
	const traced = lines.length - unprobeable;
	return { lines: lines.length, traced, covered, unprobeable, percent: percentOf(covered, traced) };
}

export function buildModel(report: CoverageReport, onProgress?: (done: number, total: number) => void): CoverageModel {
	const granularity = granularityOf(report);
	const total = report.totals.functions;
	let done = 0;
	const binaries = report.binaries.map((b): ModelBinary => {
		const groups = new Map<string, ModelGroup>();
		const groupOf = (kind: GroupKind, name: string): ModelGroup => {
			const key = `${kind}\0${name}`;
			let group = groups.get(key);
			if (!group) {
				group = { kind, name, functions: [], totals: { ...EMPTY_TOTALS } };
				groups.set(key, group);
			}
			return group;
		};
		for (const f of b.functions) {
			const fn = modelFunction(f, granularity);
			const kind: GroupKind = fn.file !== undefined ? "file" : fn.package !== undefined ? "package" : "unknown";
			groupOf(kind, fn.file ?? fn.package ?? UNKNOWN_SOURCE).functions.push(fn);
			if (++done % 10000 === 0) onProgress?.(done, total);
		}
		// Every file with lines gets a group, also one that only inlined code has lines in.
		const fileLines = granularity === "line" ? fileLinesOf(b.functions, report.mode) : undefined;
		if (fileLines) for (const [file, lines] of fileLines) groupOf("file", file).lines = lines;
		const sorted = [...groups.values()].sort(
			(x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || compareText(x.name, y.name),
		);
		for (const g of sorted) {
			g.functions.sort(byLineThenName);
			g.totals = totalsOf(g.functions);
			if (fileLines && g.kind === "file") {
				g.lines ??= [];
				g.totals.lines = lineTotalsOfFile(g.lines);
			}
		}
		return {
			path: b.path,
			name: basename(b.path),
			buildId: b.build_id,
			arch: b.arch,
			totals: b.totals,
			groups: sorted,
		};
	});
	const model: CoverageModel = {
		mode: report.mode,
		granularity,
		startedAt: report.started_at,
		endedAt: report.ended_at,
		toolVersion: report.tool.version,
		totals: report.totals,
		binaries,
	};
	if (report.command) model.command = report.command;
	return model;
}

/** "71.43%": two decimals everywhere a person reads a percentage. */
export function formatPercent(percent: number): string {
	return `${percent.toFixed(2)}%`;
}
