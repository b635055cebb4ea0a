/**
 * Patch coverage: of the code a change adds or modifies, how much the traced tests ran. In a
 * line report that is the changed lines that are code; in a function report, the functions
 * whose source lines the change touches. A line or function compiled into several binaries is
 * covered when any of them ran it, since the question is whether the tests exercised the change.
 */
import { pathUnder } from "../paths.js";
import {
	type CoverageReport,
	type FunctionCoverage,
	fileOfLine,
	type Granularity,
	granularityOf,
	type LineState,
	percentOf,
} from "../report/report.js";
import type { ChangedFile } from "./changes.js";

/** A run of changed code the tests did not run: lines from–to, in a function when known. */
export interface PatchGap {
	from: number;
	to: number;
	function?: string;
}

export interface PatchFile {
	/** As the diff names it: relative to the repository. */
	path: string;
	/** Lines the diff adds or modifies. */
	changed: number;
	/** Changed lines that are code a probe could sit on, or changed functions that were traced. */
	measurable: number;
	covered: number;
	/** Changed code that is not measured: lines or functions the kernel refused a probe. */
	unprobeable: number;
	uncovered: PatchGap[];
}

export interface PatchCoverage {
	granularity: Granularity;
	/** The changed files the report has code of, by path. */
	files: PatchFile[];
	/** Changed files the report has no code of (documentation, tests, code of other binaries). */
	unmeasured: string[];
	totals: {
		changed: number;
		measurable: number;
		covered: number;
		/** covered / measurable × 100; null when the change holds no measurable code. */
		percent: number | null;
	};
}

export interface PatchOptions {
	/**
	 * The repository's folder: a report path under it is matched by its relative path. Paths
	 * outside it (a build in /build checked out elsewhere) match a changed path they end with.
	 */
	root?: string;
}

/** Which changed file a report's file name is, if any. */
function matcher(changed: readonly ChangedFile[], root: string | undefined): (file: string) => ChangedFile | undefined {
	const byPath = new Map(changed.map((c) => [c.path, c]));
	const memo = new Map<string, ChangedFile | undefined>();
	return (file) => {
		if (memo.has(file)) return memo.get(file);
		let found: ChangedFile | undefined;
		const rel = root === undefined ? undefined : pathUnder(root, file);
		if (rel !== undefined) found = byPath.get(rel);
		if (found === undefined) {
			found = byPath.get(file.replace(/^\.\//, ""));
			// The longest changed path the name ends with, whole components only.
			if (found === undefined) {
				for (const c of changed) {
					if (file.endsWith(`/${c.path}`) && (found === undefined || c.path.length > found.path.length)) found = c;
				}
			}
		}
		memo.set(file, found);
		return found;
	};
}

const RANK: Record<LineState, number> = { unprobeable: 0, uncovered: 1, covered: 2 };

interface LineSeen {
	state: LineState;
	function: string;
}

function nameOf(f: FunctionCoverage): string {
	return f.name ?? f.names[0] ?? `0x${f.offset.toString(16)}`;
}

function linePatch(report: CoverageReport, match: ReturnType<typeof matcher>): Map<string, Map<number, LineSeen>> {
	const seen = new Map<string, Map<number, LineSeen>>();
	for (const binary of report.binaries) {
		for (const f of binary.functions) {
			if (!f.lines) continue;
			for (const l of f.lines) {
				const file = fileOfLine(f, l);
				const changed = file === undefined ? undefined : match(file);
				if (!changed || !isChanged(changed, l.line)) continue;
				let lines = seen.get(changed.path);
				if (!lines) {
					lines = new Map();
					seen.set(changed.path, lines);
				}
				const state: LineState = l.unprobeable ? "unprobeable" : l.hits > 0 ? "covered" : "uncovered";
				const before = lines.get(l.line);
				if (!before || RANK[state] > RANK[before.state]) lines.set(l.line, { state, function: nameOf(f) });
			}
		}
	}
	return seen;
}

function isChanged(file: ChangedFile, line: number): boolean {
	const lines = file.lines;
	let lo = 0;
	let hi = lines.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const v = lines[mid];
		if (v === undefined || v === line) return v === line;
		if (v < line) lo = mid + 1;
		else hi = mid - 1;
	}
	return false;
}

function anyChangedIn(file: ChangedFile, from: number, to: number): boolean {
	return file.lines.some((l) => l >= from && l <= to);
}

/** Uncovered changed lines as runs: a run ends at a covered line or at another function. */
function gapsOf(lines: Map<number, LineSeen>): PatchGap[] {
	const gaps: PatchGap[] = [];
	let open: PatchGap | undefined;
	for (const [line, seen] of [...lines].sort((a, b) => a[0] - b[0])) {
		if (seen.state === "unprobeable") continue;
		if (seen.state === "covered") {
			open = undefined;
			continue;
		}
		if (open && open.function === seen.function) open.to = line;
		else {
			open = { from: line, to: line, function: seen.function };
			gaps.push(open);
		}
	}
	return gaps;
}

export function patchCoverage(
	report: CoverageReport,
	changed: readonly ChangedFile[],
	options: PatchOptions = {},
): PatchCoverage {
	const granularity = granularityOf(report);
	const match = matcher(changed, options.root);
	const files = new Map<string, PatchFile>();
	const fileFor = (c: ChangedFile): PatchFile => {
		let out = files.get(c.path);
		if (!out) {
			out = { path: c.path, changed: c.lines.length, measurable: 0, covered: 0, unprobeable: 0, uncovered: [] };
			files.set(c.path, out);
		}
		return out;
	};
	if (granularity === "line") {
		const byPath = new Map(changed.map((c) => [c.path, c]));
		for (const [path, lines] of linePatch(report, match)) {
			const c = byPath.get(path);
			if (c === undefined) continue;
			const out = fileFor(c);
			for (const seen of lines.values()) {
				if (seen.state === "unprobeable") out.unprobeable++;
				else {
					out.measurable++;
					if (seen.state === "covered") out.covered++;
				}
			}
			out.uncovered = gapsOf(lines);
		}
	} else {
		// One function compiled into several binaries is one changed function.
		const functions = new Map<string, { file: ChangedFile; f: FunctionCoverage; covered: boolean; probed: boolean }>();
		for (const binary of report.binaries) {
			for (const f of binary.functions) {
				if (f.file === undefined || f.line_start === undefined) continue;
				const c = match(f.file);
				if (!c || !anyChangedIn(c, f.line_start, f.line_end ?? f.line_start)) continue;
				const key = `${c.path}\0${f.line_start}\0${nameOf(f)}`;
				const seen = functions.get(key) ?? { file: c, f, covered: false, probed: false };
				seen.covered ||= f.covered && !f.unprobeable;
				seen.probed ||= !f.unprobeable;
				functions.set(key, seen);
			}
		}
		for (const { file, f, covered, probed } of functions.values()) {
			const out = fileFor(file);
			if (!probed) {
				out.unprobeable++;
				continue;
			}
			out.measurable++;
			if (covered) out.covered++;
			else out.uncovered.push({ from: f.line_start ?? 0, to: f.line_end ?? f.line_start ?? 0, function: nameOf(f) });
		}
		for (const out of files.values()) out.uncovered.sort((a, b) => a.from - b.from || a.to - b.to);
	}
	const list = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const measurable = list.reduce((n, f) => n + f.measurable, 0);
	const covered = list.reduce((n, f) => n + f.covered, 0);
	return {
		granularity,
		files: list,
		unmeasured: changed.filter((c) => !files.has(c.path)).map((c) => c.path),
		totals: {
			changed: changed.reduce((n, c) => n + c.lines.length, 0),
			measurable,
			covered,
			percent: measurable === 0 ? null : percentOf(covered, measurable),
		},
	};
}
