/**
 * The largest reports: a synthetic line report of FUNCTIONS functions with LINES lines each
 * (default 600,000 × 50 = 30 million lines, a JSON report past V8's 512 MiB string limit),
 * written in every format, then read back with schema validation, each step with its time,
 * output size and the process's peak RSS. Run it with the heap the figures are for, e.g.
 *
 *   node --import tsx bench/bigReport.ts [FUNCTIONS] [LINES]
 *   node --max-old-space-size=12000 --import tsx bench/bigReport.ts 1200000 50
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { writeFormats } from "../src/report/formats.js";
import { readReport } from "../src/report/readReport.js";
import {
	assembleReport,
	type BinaryCoverage,
	binaryTotalsOf,
	type FunctionCoverage,
	type LineCoverage,
	sourceFilesOf,
} from "../src/report/report.js";
import { record } from "./results.js";

const FUNCTIONS = Number(process.argv[2] ?? 600_000);
const LINES = Number(process.argv[3] ?? 50);
const FUNCTIONS_PER_FILE = 40;

function syntheticReport(): ReturnType<typeof assembleReport> {
	const functions: FunctionCoverage[] = [];
	for (let i = 0; i < FUNCTIONS; i++) {
		const fileIndex = Math.floor(i / FUNCTIONS_PER_FILE);
		const file = `/build/project/src/module${fileIndex % 97}/file_${fileIndex}.cc`;
		const first = 10 + (i % FUNCTIONS_PER_FILE) * (LINES + 5);
		const covered = i % 3 !== 0;
		const lines: LineCoverage[] = [];
		for (let l = 0; l < LINES; l++) lines.push({ line: first + l, hits: covered && l % 4 !== 3 ? 1 : 0 });
		const name = `_ZN6module${i % 97}9Component${i}6methodEv`;
		functions.push({
			names: [name],
			name: `module${i % 97}::Component${i}::method()`,
			raw_name: name,
			offset: 0x10000 + i * 256,
			size: 240,
			covered,
			unprobeable: false,
			file,
			line_start: first,
			line_end: first + LINES - 1,
			lines,
		});
	}
	const binary: BinaryCoverage = {
		path: "/build/project/out/server",
		build_id: "ab12cd34",
		arch: "x86_64",
		functions,
		totals: binaryTotalsOf(functions, "line"),
		source_files: sourceFilesOf(functions, "line"),
	};
	return assembleReport(
		{
			mode: "first-hit",
			granularity: "line",
			started_at: "2026-01-01T00:00:00.000Z",
			ended_at: "2026-01-01T00:10:00.000Z",
			command: ["./tests.sh"],
		},
		[binary],
	);
}

function timed<T>(fn: () => T): { ms: number; value: T } {
	const start = process.hrtime.bigint();
	const value = fn();
	return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

const rssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

const dir = mkdtempSync(join(tmpdir(), "xcover-bench-big-"));
try {
	const heap = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
	console.log(`${FUNCTIONS} functions × ${LINES} lines, heap limit ${heap} MiB (node ${process.version})`);
	const rows: Array<{ step: string; ms: number; bytes?: number; peakRssMiB: number }> = [];
	const made = timed(syntheticReport);
	rows.push({ step: "make the report", ms: made.ms, peakRssMiB: rssMiB() });
	const show = (r: (typeof rows)[number]) =>
		console.log(
			`${r.step.padEnd(28)} ${r.ms.toFixed(0).padStart(9)} ms ${r.bytes === undefined ? "".padStart(10) : `${(r.bytes / 2 ** 20).toFixed(0).padStart(6)} MiB`}  peak RSS ${r.peakRssMiB} MiB`,
		);
	show(rows[0] as (typeof rows)[number]);
	for (const format of ["json", "lcov", "cobertura", "markdown", "html"] as const) {
		const t = timed(() => writeFormats(made.value, [format], dir, { sourceRoot: dir }));
		const path = t.value[0]?.path;
		const row = { step: `write ${format}`, ms: t.ms, bytes: path ? statSync(path).size : 0, peakRssMiB: rssMiB() };
		rows.push(row);
		show(row);
	}
	const json = join(dir, "xcover-report.json");
	const back = timed(() => readReport(json));
	const read = { step: "read + validate JSON", ms: back.ms, bytes: statSync(json).size, peakRssMiB: rssMiB() };
	rows.push(read);
	show(read);
	const lines = back.value.totals.lines;
	console.log(`read back: ${back.value.totals.functions} functions, ${lines?.lines} lines (${lines?.percent}%)`);
	console.log(
		`results: ${record("big-report", { functions: FUNCTIONS, linesPerFunction: LINES, heapMiB: heap, rows })}`,
	);
} finally {
	if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
	else console.log(dir);
}
