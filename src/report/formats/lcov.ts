/**
 * LCOV tracefile (lcov.info), read by lcov, genhtml, Codecov, Coveralls and editor plugins. One
 * record per source file: FN/FNDA per function (FNDA is the call count in count mode, 1 or 0
 * otherwise), FNF/FNH, and a DA line at each function's first line, since lcov 1.x rejects a
 * record without lines.
 *
 * Names are the readable ones, with each comma turned into a semicolon: lcov 1.x ends a function
 * name at the first comma, which would cut "f(int, long)" to "f(int" and merge its overloads.
 *
 * Functions without a source file are grouped under the binary's own path, numbered 1, 2, 3…
 * as their "lines": the totals stay whole, and genhtml (which reads the SF file) finds a file
 * where the report was made. Unprobeable functions were not measured and are left out.
 *
 * Line granularity: each source file with lines is a record with a real DA per line (hits summed
 * over the functions holding code of it in count mode, 1 or 0 otherwise; unprobeable lines are
 * left out), so LF/LH are the report's line totals, a header with inlined code included. FN/FNDA
 * are the measured functions placed in that file. Functions without a source file, and files
 * without lines, are left out: lcov drops a record without DA lines, and giving them lines at
 * their entries would put lines in LF that the report does not have.
 */
import { relativeUnder } from "../../paths.js";
import { oneLine } from "../escape.js";
import type { CoverageModel, ModelBinary, ModelFunction } from "../model.js";
import { type FileLine, saturatingAdd } from "../report.js";

interface LcovRecord {
	file: string;
	functions: ModelFunction[];
	synthetic: boolean;
	/** Line granularity: the file's lines. */
	lines?: FileLine[];
}

function lineRecordsOf(binary: ModelBinary): LcovRecord[] {
	const records: LcovRecord[] = [];
	for (const group of binary.groups) {
		if (group.kind !== "file" || !group.lines || group.totals.lines?.traced === 0) continue;
		const functions = group.functions.filter((f) => f.status !== "unprobeable");
		records.push({ file: group.name, functions, synthetic: false, lines: group.lines });
	}
	return records;
}

function recordsOf(binary: ModelBinary): LcovRecord[] {
	const records: LcovRecord[] = [];
	const fileless: ModelFunction[] = [];
	for (const group of binary.groups) {
		const functions = group.functions.filter((f) => f.status !== "unprobeable");
		if (functions.length === 0) continue;
		if (group.kind === "file") records.push({ file: group.name, functions, synthetic: false });
		else fileless.push(...functions);
	}
	if (fileless.length > 0) records.push({ file: binary.path, functions: fileless, synthetic: true });
	return records;
}

function functionName(text: string): string {
	return oneLine(text).replace(/,/g, ";");
}

function* recordLines(record: LcovRecord): Generator<string> {
	const out: string[] = ["TN:", `SF:${oneLine(record.file)}`];
	const lines = new Map<number, number>();
	/** Per name, the last number given to a copy of it; and every name taken, made or not. */
	const seen = new Map<string, number>();
	const taken = new Set<string>();
	const named: Array<{ name: string; line: number; hits: number; covered: boolean }> = [];
	for (const [i, f] of record.functions.entries()) {
		const line =
			!record.synthetic && f.lineStart !== undefined && f.lineStart >= 1
				? f.lineStart
				: record.lines
					? (f.lines?.find((l) => l.file === undefined)?.line ?? 1)
					: i + 1;
		const hits = f.calls ?? (f.status === "covered" ? 1 : 0);
		// lcov merges functions of one file by name; keep distinct functions apart, also from a
		// function whose own name looks like a numbered copy ("f [2]").
		const base = functionName(f.name);
		let name = base;
		if (taken.has(name)) {
			let n = seen.get(base) ?? 1;
			do name = `${base} [${++n}]`;
			while (taken.has(name));
			seen.set(base, n);
		}
		taken.add(name);
		named.push({ name, line, hits, covered: f.status === "covered" });
		// A covered function with a zero count cannot happen, but keep the line hit if it did.
		lines.set(line, saturatingAdd(lines.get(line) ?? 0, f.status === "covered" ? Math.max(hits, 1) : 0));
	}
	for (const f of named) out.push(`FN:${f.line},${f.name}`);
	for (const f of named) out.push(`FNDA:${f.covered ? Math.max(f.hits, 1) : 0},${f.name}`);
	out.push(`FNF:${named.length}`, `FNH:${named.filter((f) => f.covered).length}`);
	const sorted = record.lines
		? record.lines.filter((l) => l.state !== "unprobeable").map((l): [number, number] => [l.line, l.hits])
		: [...lines.entries()].sort((a, b) => a[0] - b[0]);
	for (const [line, hits] of sorted) out.push(`DA:${line},${hits}`);
	out.push(`LF:${sorted.length}`, `LH:${sorted.filter(([, h]) => h > 0).length}`, "end_of_record");
	yield `${out.join("\n")}\n`;
}

export interface LcovOptions {
	/** Files under this folder are named relative to it (what Codecov and GitHub's tools match); others keep their path. */
	sourceRoot?: string;
}

export function* lcovChunks(model: CoverageModel, options: LcovOptions = {}): Generator<string> {
	const records = model.granularity === "line" ? lineRecordsOf : recordsOf;
	const root = options.sourceRoot;
	for (const binary of model.binaries) {
		for (const record of records(binary)) {
			const file = root !== undefined && !record.synthetic ? relativeUnder(root, record.file) : record.file;
			yield* recordLines(file === record.file ? record : { ...record, file });
		}
	}
}

export function formatLcov(model: CoverageModel, options: LcovOptions = {}): string {
	return [...lcovChunks(model, options)].join("");
}
