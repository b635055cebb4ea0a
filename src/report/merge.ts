/**
 * Several runs of the same binaries as one report: a function is covered when any run covered it,
 * and call counts add up when every run counted. Runs of different builds of one binary path
 * cannot be merged meaningfully (offsets differ), so that is refused unless forced; forced, a
 * function is matched by offset and name, and functions that moved appear once per position.
 */
import { XcoverError } from "../errors.js";
import {
	assembleReport,
	type BinaryCoverage,
	type CoverageMode,
	type CoverageReport,
	compareText,
	type FunctionCoverage,
	sourceFilesOf,
	totalsOf,
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
}

interface BinaryAccumulator {
	path: string;
	buildId: string | null;
	buildIdSource: string;
	arch: string;
	functions: Map<string, FunctionCoverage>;
}

const OPTIONAL_FIELDS = ["name", "raw_name", "file", "line_start", "line_end", "package"] as const;

function mergeFunction(into: FunctionCoverage, f: FunctionCoverage, counting: boolean): void {
	for (const n of f.names) if (!into.names.includes(n)) into.names.push(n);
	into.size = Math.max(into.size, f.size);
	if (f.covered) into.covered = true;
	// Probed in any run is measured; only "unprobeable everywhere" stays out of the totals.
	if (!f.unprobeable && into.unprobeable) {
		into.unprobeable = false;
		delete into.unprobeable_reason;
	}
	if (into.covered) {
		into.unprobeable = false;
		delete into.unprobeable_reason;
	}
	if (counting) into.calls = (into.calls ?? 0) + (f.calls ?? 0);
	for (const field of OPTIONAL_FIELDS) {
		if (into[field] === undefined && f[field] !== undefined)
			(into as unknown as Record<string, unknown>)[field] = f[field];
	}
}

function copyFunction(f: FunctionCoverage, counting: boolean): FunctionCoverage {
	const copy: FunctionCoverage = { ...f, names: [...f.names] };
	if (!counting) delete copy.calls;
	else copy.calls = f.calls ?? 0;
	return copy;
}

export function mergeReports(inputs: readonly MergeInput[], options: MergeOptions = {}): CoverageReport {
	if (inputs.length === 0) throw new XcoverError("nothing to merge", "Give at least one report.");
	const counting = inputs.every((i) => i.report.mode === "count");
	const mode: CoverageMode = counting ? "count" : "first-hit";
	const binaries = new Map<string, BinaryAccumulator>();
	let startedAt = inputs[0]?.report.started_at as string;
	let endedAt = inputs[0]?.report.ended_at as string;
	for (const [i, { report, source }] of inputs.entries()) {
		if (Date.parse(report.started_at) < Date.parse(startedAt)) startedAt = report.started_at;
		if (Date.parse(report.ended_at) > Date.parse(endedAt)) endedAt = report.ended_at;
		for (const b of report.binaries) {
			let acc = binaries.get(b.path);
			if (!acc) {
				acc = { path: b.path, buildId: b.build_id, buildIdSource: source, arch: b.arch, functions: new Map() };
				binaries.set(b.path, acc);
			} else if (acc.buildId !== b.build_id && !options.force) {
				throw new MergeConflictError(
					`${b.path} is a different build in ${acc.buildIdSource} (build-id ${acc.buildId ?? "none"}) and in ${source} (build-id ${b.build_id ?? "none"})`,
					"Merge only runs of the same build, or pass --force to merge functions by offset and name anyway.",
				);
			}
			for (const f of b.functions) {
				const key = `${f.offset}\0${f.names[0]}`;
				const seen = acc.functions.get(key);
				if (seen) mergeFunction(seen, f, counting);
				else acc.functions.set(key, copyFunction(f, counting));
			}
		}
		options.onProgress?.(i + 1, inputs.length);
	}
	const merged: BinaryCoverage[] = [...binaries.values()].map((acc) => {
		const functions = [...acc.functions.values()].sort(
			(a, b) => a.offset - b.offset || compareText(a.names[0] as string, b.names[0] as string),
		);
		return {
			path: acc.path,
			build_id: acc.buildId,
			arch: acc.arch,
			functions,
			totals: totalsOf(functions),
			source_files: sourceFilesOf(functions),
		};
	});
	return assembleReport({ mode, started_at: startedAt, ended_at: endedAt }, merged);
}
