/**
 * What changed between two reports, e.g. a pull request's run against its base branch. Offsets
 * move between builds, so a function is known by its binary's file name and its readable name.
 * Functions sharing both (static functions of one name in two files) count as one: covered when
 * any of them is. An unprobeable function is neither covered nor uncovered, so changes to or from
 * unprobeable are no coverage change.
 *
 * When both reports measure lines, lines are compared too, known by binary file name, source file
 * and line number: those newly covered and newly uncovered per file, and the line coverage change.
 * Lines that are in only one of the reports (code added or removed) change the totals only.
 */
import { basename } from "node:path";
import { printable } from "../printable.js";
import { readableName } from "./model.js";
import {
	type CoverageReport,
	compareText,
	type FunctionCoverage,
	type FunctionStatus,
	type Granularity,
	granularityOf,
	type LineState,
	type LineTotals,
	linesByFile,
	percentOf,
	statusOf,
	type Totals,
} from "./report.js";

export interface FunctionRef {
	binary: string;
	name: string;
	file?: string;
	line?: number;
}

export interface BinaryDelta {
	binary: string;
	base?: Totals;
	head?: Totals;
	/** head.percent - base.percent in percentage points, when the binary is in both. */
	delta?: number;
	/** Line reports: the same for lines (base and head totals' `lines`). */
	lineDelta?: number;
}

/** Lines of one source file of one binary, sorted. */
export interface FileLines {
	binary: string;
	file: string;
	lines: number[];
}

export interface LineDiff {
	base: LineTotals;
	head: LineTotals;
	/** head.percent - base.percent, percentage points. */
	delta: number;
	newlyCovered: FileLines[];
	newlyUncovered: FileLines[];
}

export interface CoverageDiff {
	/** "line" when both reports measure lines; then `lines` is there. */
	granularity: Granularity;
	base: Totals;
	head: Totals;
	/** head.percent - base.percent, percentage points. */
	delta: number;
	binaries: BinaryDelta[];
	newlyCovered: FunctionRef[];
	newlyUncovered: FunctionRef[];
	added: FunctionRef[];
	removed: FunctionRef[];
	lines?: LineDiff;
}

interface Entry {
	ref: FunctionRef;
	state: FunctionStatus;
}

function merged(a: FunctionStatus, b: FunctionStatus): FunctionStatus {
	if (a === "covered" || b === "covered") return "covered";
	if (a === "uncovered" || b === "uncovered") return "uncovered";
	return "unprobeable";
}

function refOf(binary: string, f: FunctionCoverage): FunctionRef {
	const ref: FunctionRef = { binary, name: readableName(f) };
	if (f.file !== undefined) ref.file = f.file;
	if (f.line_start !== undefined) ref.line = f.line_start;
	return ref;
}

function entriesOf(report: CoverageReport): Map<string, Entry> {
	const entries = new Map<string, Entry>();
	for (const b of report.binaries) {
		const binary = basename(b.path);
		for (const f of b.functions) {
			const ref = refOf(binary, f);
			const key = `${binary}\0${ref.name}`;
			const state = statusOf(f);
			const seen = entries.get(key);
			if (seen) seen.state = merged(seen.state, state);
			else entries.set(key, { ref, state });
		}
	}
	return entries;
}

function totalsByBinary(report: CoverageReport): Map<string, Totals> {
	const out = new Map<string, Totals>();
	for (const b of report.binaries) {
		const name = basename(b.path);
		const seen = out.get(name);
		if (!seen) {
			out.set(name, { ...b.totals });
			continue;
		}
		seen.functions += b.totals.functions;
		seen.traced += b.totals.traced;
		seen.covered += b.totals.covered;
		seen.unprobeable += b.totals.unprobeable;
		seen.percent = percentOf(seen.covered, seen.traced);
		if (seen.lines && b.totals.lines) {
			const l = { ...seen.lines };
			l.lines += b.totals.lines.lines;
			l.traced += b.totals.lines.traced;
			l.covered += b.totals.lines.covered;
			l.unprobeable += b.totals.lines.unprobeable;
			l.percent = percentOf(l.covered, l.traced);
			seen.lines = l;
		}
	}
	return out;
}

/** binary file name → source file → line → state; binaries of one name merged as functions are. */
function lineStatesOf(report: CoverageReport): Map<string, Map<string, Map<number, LineState>>> {
	const out = new Map<string, Map<string, Map<number, LineState>>>();
	for (const b of report.binaries) {
		const name = basename(b.path);
		let files = out.get(name);
		if (!files) {
			files = new Map();
			out.set(name, files);
		}
		for (const [file, lines] of linesByFile(b.functions)) {
			const seen = files.get(file);
			if (!seen) {
				files.set(file, lines);
				continue;
			}
			for (const [line, state] of lines) {
				const before = seen.get(line);
				seen.set(line, before === undefined ? state : merged(before, state));
			}
		}
	}
	return out;
}

function diffLines(base: CoverageReport, head: CoverageReport): LineDiff | undefined {
	const baseTotals = base.totals.lines;
	const headTotals = head.totals.lines;
	if (!baseTotals || !headTotals) return undefined;
	const before = lineStatesOf(base);
	const after = lineStatesOf(head);
	const newlyCovered: FileLines[] = [];
	const newlyUncovered: FileLines[] = [];
	for (const [binary, files] of after) {
		const thenFiles = before.get(binary);
		if (!thenFiles) continue;
		for (const [file, lines] of files) {
			const then = thenFiles.get(file);
			if (!then) continue;
			const covered: number[] = [];
			const uncovered: number[] = [];
			for (const [line, now] of lines) {
				const was = then.get(line);
				if (was === "uncovered" && now === "covered") covered.push(line);
				else if (was === "covered" && now === "uncovered") uncovered.push(line);
			}
			const sort = (a: number, b: number) => a - b;
			if (covered.length > 0) newlyCovered.push({ binary, file, lines: covered.sort(sort) });
			if (uncovered.length > 0) newlyUncovered.push({ binary, file, lines: uncovered.sort(sort) });
		}
	}
	const byFile = (a: FileLines, b: FileLines) => compareText(a.binary, b.binary) || compareText(a.file, b.file);
	return {
		base: baseTotals,
		head: headTotals,
		delta: headTotals.percent - baseTotals.percent,
		newlyCovered: newlyCovered.sort(byFile),
		newlyUncovered: newlyUncovered.sort(byFile),
	};
}

/** "4–6, 9, 12–13": sorted line numbers as ranges. */
export function formatLineRanges(lines: readonly number[]): string {
	const parts: string[] = [];
	let i = 0;
	while (i < lines.length) {
		const start = lines[i] as number;
		let end = start;
		while (i + 1 < lines.length && lines[i + 1] === end + 1) end = lines[++i] as number;
		parts.push(end === start ? String(start) : `${start}–${end}`);
		i++;
	}
	return parts.join(", ");
}

function byPlace(a: FunctionRef, b: FunctionRef): number {
	return (
		compareText(a.binary, b.binary) ||
		compareText(a.file ?? "\uffff", b.file ?? "\uffff") ||
		(a.line ?? 0) - (b.line ?? 0) ||
		compareText(a.name, b.name)
	);
}

export function diffReports(base: CoverageReport, head: CoverageReport): CoverageDiff {
	const before = entriesOf(base);
	const after = entriesOf(head);
	const newlyCovered: FunctionRef[] = [];
	const newlyUncovered: FunctionRef[] = [];
	const added: FunctionRef[] = [];
	const removed: FunctionRef[] = [];
	for (const [key, now] of after) {
		const then = before.get(key);
		if (!then) added.push(now.ref);
		else if (then.state === "uncovered" && now.state === "covered") newlyCovered.push(now.ref);
		else if (then.state === "covered" && now.state === "uncovered") newlyUncovered.push(now.ref);
	}
	for (const [key, then] of before) if (!after.has(key)) removed.push(then.ref);

	const baseTotals = totalsByBinary(base);
	const headTotals = totalsByBinary(head);
	const names = [...new Set([...baseTotals.keys(), ...headTotals.keys()])].sort(compareText);
	const binaries = names.map((binary): BinaryDelta => {
		const d: BinaryDelta = { binary };
		const b = baseTotals.get(binary);
		const h = headTotals.get(binary);
		if (b) d.base = b;
		if (h) d.head = h;
		if (b && h) d.delta = h.percent - b.percent;
		if (b?.lines && h?.lines) d.lineDelta = h.lines.percent - b.lines.percent;
		return d;
	});
	const lines = granularityOf(base) === "line" && granularityOf(head) === "line" ? diffLines(base, head) : undefined;
	const diff: CoverageDiff = {
		granularity: lines ? "line" : "function",
		base: base.totals,
		head: head.totals,
		delta: head.totals.percent - base.totals.percent,
		binaries,
		newlyCovered: newlyCovered.sort(byPlace),
		newlyUncovered: newlyUncovered.sort(byPlace),
		added: added.sort(byPlace),
		removed: removed.sort(byPlace),
	};
	if (lines) diff.lines = lines;
	return diff;
}

/** "+3.57 pp", "-0.50 pp", "±0.00 pp". */
export function formatDelta(points: number): string {
	const rounded = Math.round(points * 100) / 100;
	if (rounded === 0) return "±0.00 pp";
	return `${rounded > 0 ? "+" : "-"}${Math.abs(rounded).toFixed(2)} pp`;
}

function place(ref: FunctionRef): string {
	if (ref.file === undefined) return "";
	return printable(ref.line === undefined ? `  ${ref.file}` : `  ${ref.file}:${ref.line}`);
}

/** The diff for a terminal. */
export function formatDiffText(diff: CoverageDiff): string {
	const pct = (t?: Totals) => (t ? `${t.percent.toFixed(2)}%` : "-");
	const lines: string[] = [];
	const ld = diff.lines;
	if (ld) {
		lines.push(
			`line coverage ${ld.base.percent.toFixed(2)}% -> ${ld.head.percent.toFixed(2)}% (${formatDelta(ld.delta)}), ${ld.base.covered}/${ld.base.traced} -> ${ld.head.covered}/${ld.head.traced} lines`,
		);
	}
	lines.push(
		`${ld ? "function coverage" : "coverage"} ${pct(diff.base)} -> ${pct(diff.head)} (${formatDelta(diff.delta)}), ${diff.base.covered}/${diff.base.traced} -> ${diff.head.covered}/${diff.head.traced} functions`,
	);
	for (const b of diff.binaries) {
		const change = b.delta === undefined ? (b.base ? "removed" : "added") : formatDelta(b.delta);
		const lineChange =
			b.lineDelta !== undefined && b.base?.lines && b.head?.lines
				? `; lines ${b.base.lines.percent.toFixed(2)}% -> ${b.head.lines.percent.toFixed(2)}% (${formatDelta(b.lineDelta)})`
				: "";
		lines.push(`  ${printable(b.binary)}: ${pct(b.base)} -> ${pct(b.head)} (${change})${lineChange}`);
	}
	const section = (title: string, refs: readonly FunctionRef[]) => {
		lines.push(`${title} (${refs.length})${refs.length > 0 ? ":" : ""}`);
		for (const r of refs) lines.push(`  ${printable(r.binary)}  ${printable(r.name)}${place(r)}`);
	};
	section("newly covered", diff.newlyCovered);
	section("newly uncovered", diff.newlyUncovered);
	section("added", diff.added);
	section("removed", diff.removed);
	if (ld) {
		const fileSection = (title: string, files: readonly FileLines[]) => {
			const count = files.reduce((n, f) => n + f.lines.length, 0);
			lines.push(`${title} (${count})${count > 0 ? ":" : ""}`);
			for (const f of files) {
				lines.push(`  ${printable(f.binary)}  ${printable(f.file)}: ${formatLineRanges(f.lines)}`);
			}
		};
		fileSection("lines newly covered", ld.newlyCovered);
		fileSection("lines newly uncovered", ld.newlyUncovered);
	}
	return `${lines.join("\n")}\n`;
}
