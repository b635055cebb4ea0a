/**
 * What changed between two reports, e.g. a pull request's run against its base branch. Offsets
 * move between builds, so a function is known by its binary's file name and its readable name.
 * Functions sharing both (static functions of one name in two files) count as one: covered when
 * any of them is. An unprobeable function is neither covered nor uncovered, so changes to or from
 * unprobeable are no coverage change.
 */
import { basename } from "node:path";
import { readableName } from "./model.js";
import {
	type CoverageReport,
	compareText,
	type FunctionCoverage,
	type FunctionStatus,
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
}

export interface CoverageDiff {
	base: Totals;
	head: Totals;
	/** head.percent - base.percent, percentage points. */
	delta: number;
	binaries: BinaryDelta[];
	newlyCovered: FunctionRef[];
	newlyUncovered: FunctionRef[];
	added: FunctionRef[];
	removed: FunctionRef[];
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
	}
	return out;
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
		return d;
	});
	return {
		base: base.totals,
		head: head.totals,
		delta: head.totals.percent - base.totals.percent,
		binaries,
		newlyCovered: newlyCovered.sort(byPlace),
		newlyUncovered: newlyUncovered.sort(byPlace),
		added: added.sort(byPlace),
		removed: removed.sort(byPlace),
	};
}

/** "+3.57 pp", "-0.50 pp", "±0.00 pp". */
export function formatDelta(points: number): string {
	const rounded = Math.round(points * 100) / 100;
	if (rounded === 0) return "±0.00 pp";
	return `${rounded > 0 ? "+" : "-"}${Math.abs(rounded).toFixed(2)} pp`;
}

/** Names are bytes from a binary: keep escape sequences and line breaks off the terminal. */
function printable(text: string): string {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to replace
	return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}

function place(ref: FunctionRef): string {
	if (ref.file === undefined) return "";
	return printable(ref.line === undefined ? `  ${ref.file}` : `  ${ref.file}:${ref.line}`);
}

/** The diff for a terminal. */
export function formatDiffText(diff: CoverageDiff): string {
	const pct = (t?: Totals) => (t ? `${t.percent.toFixed(2)}%` : "-");
	const lines = [
		`coverage ${pct(diff.base)} -> ${pct(diff.head)} (${formatDelta(diff.delta)}), ${diff.base.covered}/${diff.base.traced} -> ${diff.head.covered}/${diff.head.traced} functions`,
	];
	for (const b of diff.binaries) {
		const change = b.delta === undefined ? (b.base ? "removed" : "added") : formatDelta(b.delta);
		lines.push(`  ${printable(b.binary)}: ${pct(b.base)} -> ${pct(b.head)} (${change})`);
	}
	const section = (title: string, refs: readonly FunctionRef[]) => {
		lines.push(`${title} (${refs.length})${refs.length > 0 ? ":" : ""}`);
		for (const r of refs) lines.push(`  ${printable(r.binary)}  ${printable(r.name)}${place(r)}`);
	};
	section("newly covered", diff.newlyCovered);
	section("newly uncovered", diff.newlyUncovered);
	section("added", diff.added);
	section("removed", diff.removed);
	return `${lines.join("\n")}\n`;
}
