/**
 * Several runs of the same binaries as one report: a function is covered when any run covered it,
 * and call counts add up when every run counted. Within one build a function is known by its
 * offset and preferred symbol. Runs of different builds of one binary path are refused unless
 * forced, since offsets move between builds; forced, that binary's functions are matched by
 * readable name instead, as diff matches them (so same-named static functions count as one).
 * Reports are added one at a time, so a caller can drop each report once it has been added.
 *
 * Line reports merge line by line: a function's lines are the union of its lines in every run,
 * hits summed when every run counted (else 1 or 0), and a line is unprobeable only when no run
 * could probe it. A line report merged with a function report gives a function report (the
 * function run measured no lines, so line totals over both would count its code as never run),
 * and the merger warns about it once.
 */
import type { DiagnosticSink } from "../diagnostics.js";
import { XcoverError } from "../errors.js";
import { readableName } from "./model.js";
import { readReport } from "./readReport.js";
import {
	assembleReport,
	type BinaryCoverage,
	binaryTotalsOf,
	type CoverageMode,
	type CoverageReport,
	compareText,
	type FunctionCoverage,
	fileOfLine,
	type Granularity,
	granularityOf,
	type LineCoverage,
	saturatingAdd,
	sourceFilesOf,
} from "./report.js";

export class MergeConflictError extends XcoverError {}

export interface MergeInput {
	report: CoverageReport;
	/** Where it came from, for messages (usually the file path). */
	source: string;
}

export interface MergeOptions {
	/** Merge even when one binary path has different build ids in different reports. */
	force?: boolean;
	onProgress?: (done: number, total: number) => void;
	/** Told once when line and function reports are merged, and the lines are dropped. */
	diagnostics?: DiagnosticSink;
}

/** One line of one merged function, as the runs so far saw it. */
interface LineAccumulator {
	line: number;
	/** The line's file when it is not the function's own. */
	file: string | undefined;
	/** Hits summed over the runs, for count mode. */
	sum: number;
	ran: boolean;
	/** Probed in some run: not unprobeable. */
	probed: boolean;
}

/** Merged lines, kept beside each merged function until the result is made. */
type LineMap = Map<string, LineAccumulator>;

interface BinaryAccumulator {
	path: string;
	buildId: string | null;
	buildIdSource: string;
	arch: string;
	/** One build so far: functions by offset, and those sharing an offset by offset and symbol. */
	byOffset: Map<number, FunctionCoverage>;
	sharedOffset: Map<string, FunctionCoverage>;
	/** Set once a second build of this path was merged (forced): functions by readable name. */
	byName?: Map<string, FunctionCoverage>;
}

const mergedLines = new WeakMap<FunctionCoverage, LineMap>();

function addLines(into: FunctionCoverage, f: FunctionCoverage): void {
	const merged = mergedLines.get(f);
	if (!f.lines && !merged) return;
	let lines = mergedLines.get(into);
	if (!lines) {
		lines = new Map();
		mergedLines.set(into, lines);
	}
	if (merged) {
		// f is itself a merged copy (matching switched to names): its runs' lines are here.
		for (const [key, other] of merged) {
			const acc = lines.get(key);
			if (!acc) lines.set(key, { ...other });
			else {
				acc.sum = saturatingAdd(acc.sum, other.sum);
				acc.ran ||= other.ran;
				acc.probed ||= other.probed;
			}
		}
		return;
	}
	if (!f.lines) return;
	for (const l of f.lines) {
		// Keyed by the line's real file, so that runs placing the function in different files agree;
		// a line without a file is not one of a file named "".
		const file = fileOfLine(f, l);
		const key = file === undefined ? String(l.line) : `${l.line}\0${file}`;
		let acc = lines.get(key);
		if (!acc) {
			acc = { line: l.line, file, sum: 0, ran: false, probed: false };
			lines.set(key, acc);
		}
		if (l.unprobeable) continue;
		acc.probed = true;
		acc.sum = saturatingAdd(acc.sum, l.hits);
		if (l.hits > 0) acc.ran = true;
	}
}

/** The merged lines of `f` in report order: its own file first, then by file and line. */
function linesOf(f: FunctionCoverage, counting: boolean): LineCoverage[] | undefined {
	const lines = mergedLines.get(f);
	if (!lines) return undefined;
	const own = f.file;
	const list = [...lines.values()].sort(
		(a, b) =>
			Number(b.file === own) - Number(a.file === own) || compareText(a.file ?? "", b.file ?? "") || a.line - b.line,
	);
	return list.map((acc) => {
		const out: LineCoverage = acc.probed
			? { line: acc.line, hits: counting ? acc.sum : acc.ran ? 1 : 0 }
			: { line: acc.line, hits: 0, unprobeable: true };
		if (acc.file !== undefined && acc.file !== own) out.file = acc.file;
		return out;
	});
}

/**
 * The earlier (-1) or later (1) of two timestamps, the same whichever report came first: a time
 * Date.parse reads wins over one it cannot (the reader takes any string), and equal times go by
 * spelling.
 */
function pickTime(a: string, b: string, direction: -1 | 1): string {
	const [x, y] = [Date.parse(a), Date.parse(b)];
	if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? b : a;
	const order = (Number.isNaN(x) ? 0 : x - y) || compareText(a, b);
	return order * direction >= 0 ? a : b;
}

/** Merges `f` into `into`, the merged copy. Deletes no field but a reason that no longer holds. */
function mergeFunction(into: FunctionCoverage, f: FunctionCoverage): void {
	addLines(into, f);
	for (const n of f.names) if (!into.names.includes(n)) into.names.push(n);
	if (f.size > into.size) into.size = f.size;
	if (f.covered) into.covered = true;
	// Probed in any run is measured; only "unprobeable everywhere" stays out of the totals.
	if (into.unprobeable && (into.covered || !f.unprobeable)) {
		into.unprobeable = false;
		delete into.unprobeable_reason;
	}
	if (f.calls !== undefined) into.calls = saturatingAdd(into.calls ?? 0, f.calls);
	if (into.name === undefined && f.name !== undefined) into.name = f.name;
	if (into.raw_name === undefined && f.raw_name !== undefined) into.raw_name = f.raw_name;
	if (into.file === undefined && f.file !== undefined) into.file = f.file;
	if (into.line_start === undefined && f.line_start !== undefined) into.line_start = f.line_start;
	if (into.line_end === undefined && f.line_end !== undefined) into.line_end = f.line_end;
	if (into.package === undefined && f.package !== undefined) into.package = f.package;
}

/** A merged copy; its lines live in mergedLines until the result is made. */
function copyFunction(f: FunctionCoverage): FunctionCoverage {
	const { lines: _, ...rest } = f;
	const copy: FunctionCoverage = { ...rest, names: [...f.names] };
	addLines(copy, f);
	return copy;
}

function functionsOf(acc: BinaryAccumulator): FunctionCoverage[] {
	return acc.byName ? [...acc.byName.values()] : [...acc.byOffset.values(), ...acc.sharedOffset.values()];
}

function addByName(byName: Map<string, FunctionCoverage>, f: FunctionCoverage, copy: boolean): void {
	const key = readableName(f);
	const seen = byName.get(key);
	if (seen) mergeFunction(seen, f);
	else byName.set(key, copy ? copyFunction(f) : f);
}

function addByOffset(acc: BinaryAccumulator, f: FunctionCoverage): void {
	const seen = acc.byOffset.get(f.offset);
	if (seen === undefined) acc.byOffset.set(f.offset, copyFunction(f));
	else if (seen.names[0] === f.names[0]) mergeFunction(seen, f);
	else {
		const key = `${f.offset}\0${f.names[0]}`;
		const shared = acc.sharedOffset.get(key);
		if (shared) mergeFunction(shared, f);
		else acc.sharedOffset.set(key, copyFunction(f));
	}
}

/**
 * Merges reports added one by one. Calls are summed as they come, and dropped at the end unless
 * every report counted.
 */
export class ReportMerger {
	private readonly binaries = new Map<string, BinaryAccumulator>();
	private counting = true;
	/** Every report so far measured lines; set by the first. */
	private byLine: boolean | undefined;
	/** The first report of each granularity, for the warning. */
	private readonly firstOf = new Map<Granularity, string>();
	private startedAt: string | undefined;
	private endedAt: string | undefined;
	private added = 0;
	private sourceRoot: string | undefined;

	constructor(private readonly options: Pick<MergeOptions, "force" | "diagnostics"> = {}) {}

	add(report: CoverageReport, source: string): void {
		if (report.mode !== "count") this.counting = false;
		const granularity = granularityOf(report);
		if (!this.firstOf.has(granularity)) {
			this.firstOf.set(granularity, source);
			if (this.firstOf.size === 2) {
				this.options.diagnostics?.report({
					kind: "granularity-dropped",
					message:
						`${this.firstOf.get("line")} measured lines but ${this.firstOf.get("function")} measured functions only: ` +
						"the merged report measures functions, without lines (merge line reports with line reports for line coverage)",
				});
			}
		}
		this.byLine = (this.byLine ?? true) && granularity === "line";
		// One folder kept only when every run names the same: a merge of two checkouts has none.
		this.sourceRoot =
			this.added === 0 ? report.source_root : this.sourceRoot === report.source_root ? this.sourceRoot : undefined;
		this.startedAt = this.startedAt === undefined ? report.started_at : pickTime(report.started_at, this.startedAt, -1);
		this.endedAt = this.endedAt === undefined ? report.ended_at : pickTime(report.ended_at, this.endedAt, 1);
		for (const b of report.binaries) {
			let acc = this.binaries.get(b.path);
			if (!acc) {
				acc = {
					path: b.path,
					buildId: b.build_id,
					buildIdSource: source,
					arch: b.arch,
					byOffset: new Map(),
					sharedOffset: new Map(),
				};
				this.binaries.set(b.path, acc);
			} else if (acc.buildId !== b.build_id) {
				if (!this.options.force) {
					throw new MergeConflictError(
						`${b.path} is a different build in ${acc.buildIdSource} (build-id ${acc.buildId ?? "none"}) and in ${source} (build-id ${b.build_id ?? "none"})`,
						"Merge only runs of the same build, or pass --force to match its functions by name anyway.",
					);
				}
				if (!acc.byName) {
					// Offsets moved: from here on this binary's functions are matched by name.
					const byName = new Map<string, FunctionCoverage>();
					for (const f of functionsOf(acc)) addByName(byName, f, false);
					acc.byName = byName;
					acc.byOffset.clear();
					acc.sharedOffset.clear();
				}
			}
			const { byName } = acc;
			if (byName) for (const f of b.functions) addByName(byName, f, true);
			else for (const f of b.functions) addByOffset(acc, f);
		}
		this.added++;
	}

	/** The merged report; call once, after the last add. */
	result(): CoverageReport {
		if (this.added === 0 || this.startedAt === undefined || this.endedAt === undefined)
			throw new XcoverError("nothing to merge", "Give at least one report.");
		const mode: CoverageMode = this.counting ? "count" : "first-hit";
		const granularity: Granularity = this.byLine ? "line" : "function";
		const merged: BinaryCoverage[] = [...this.binaries.values()].map((acc) => {
			const functions = functionsOf(acc).sort(
				(a, b) => a.offset - b.offset || compareText(a.names[0] as string, b.names[0] as string),
			);
			for (const [i, f] of functions.entries()) {
				if (this.counting) f.calls ??= 0;
				// A copy without calls, as deleting would turn the object into a slow dictionary.
				else if (f.calls !== undefined) {
					const { calls: _, ...rest } = f;
					functions[i] = rest;
				}
				if (granularity === "line") {
					const lines = linesOf(f, this.counting);
					if (lines) (functions[i] as FunctionCoverage).lines = lines;
				}
				// The result's functions are plain report functions: merged again, their lines are read as written.
				mergedLines.delete(f);
			}
			return {
				path: acc.path,
				build_id: acc.buildId,
				arch: acc.arch,
				functions,
				totals: binaryTotalsOf(functions, granularity),
				source_files: sourceFilesOf(functions, granularity),
			};
		});
		return assembleReport(
			{
				mode,
				granularity,
				started_at: this.startedAt,
				ended_at: this.endedAt,
				...(this.sourceRoot === undefined ? {} : { source_root: this.sourceRoot }),
			},
			merged,
		);
	}
}

export function mergeReports(inputs: readonly MergeInput[], options: MergeOptions = {}): CoverageReport {
	if (inputs.length === 0) throw new XcoverError("nothing to merge", "Give at least one report.");
	const merger = new ReportMerger(options);
	for (const [i, { report, source }] of inputs.entries()) {
		merger.add(report, source);
		options.onProgress?.(i + 1, inputs.length);
	}
	return merger.result();
}

/**
 * Reads and merges report files one at a time, so only one parsed report (tens of MB for a large
 * program) is held at once besides the merged functions.
 */
export function mergeReportFiles(
	paths: readonly string[],
	options: MergeOptions & { onRead?: (done: number, total: number, path: string) => void } = {},
): CoverageReport {
	if (paths.length === 0) throw new XcoverError("nothing to merge", "Give at least one report.");
	const merger = new ReportMerger(options);
	for (const [i, path] of paths.entries()) {
		options.onRead?.(i + 1, paths.length, path);
		merger.add(readReport(path), path);
		options.onProgress?.(i + 1, paths.length);
	}
	return merger.result();
}
