/**
 * How long the report formats take for a large program: a synthetic report of 100,000 functions
 * in 2,000 source files (plus functions without debug info), written in every format, read back
 * with schema validation, and ten such runs merged.
 *
 *   node --import tsx bench/reports.ts [FUNCTIONS]
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FunctionEntry, FunctionTable } from "../src/elf/functions.js";
import { functionPlan } from "../src/probes/plan.js";
import { buildReport } from "../src/report/build.js";
import { REPORT_FORMATS, writeFormats } from "../src/report/formats.js";
import { writeJsonReport } from "../src/report/json.js";
import { mergeReportFiles } from "../src/report/merge.js";
import { buildModel } from "../src/report/model.js";
import { parseReport, readReport, readText } from "../src/report/readReport.js";
import type { CoverageReport } from "../src/report/report.js";
import { record } from "./results.js";

const FUNCTIONS = Number(process.argv[2] ?? 100_000);
const FILES = Math.max(1, Math.round(FUNCTIONS / 50));
const RUNS = 10;

/** Deterministic pseudo-random numbers, so every run measures the same report. */
function random(seed: number): () => number {
	let x = seed >>> 0 || 1;
	return () => {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		return (x >>> 0) / 2 ** 32;
	};
}

function syntheticReport(seed: number): CoverageReport {
	const rand = random(seed);
	const functions: FunctionEntry[] = [];
	const lineOf = new Map<number, number>();
	for (let i = 0; i < FUNCTIONS; i++) {
		const file = i % FILES;
		const dir = `src/module${file % 40}/part${file % 7}`;
		const name = `_ZN6module${file % 40}9Component${file}6methodILi${i}EEEvv`;
		const entry: FunctionEntry = { names: [name], address: 0x10000 + i * 64, offset: 0x10000 + i * 64, size: 48 };
		// One function in ten has no debug info (libc start-up, assembly, stripped objects).
		if (i % 10 !== 0) {
			const line = (lineOf.get(file) ?? 10) + 3 + Math.floor(rand() * 30);
			lineOf.set(file, line);
			entry.source = { file: `/build/project/${dir}/component_${file}.cc`, lineStart: line, lineEnd: line + 2 };
			entry.package = `module${file % 40}`;
		}
		functions.push(entry);
	}
	const table: FunctionTable = { path: "/build/project/out/server", buildId: "ab12cd34", arch: "x86_64", functions };
	const refused = new Map<number, string>();
	const counts = new Float64Array(FUNCTIONS);
	for (let i = 0; i < FUNCTIONS; i++) {
		if (i % 997 === 0) refused.set(i, "ENOTSUPP: lock prefix");
		else counts[i] = rand() < 0.4 ? 1 : 0;
	}
	return buildReport({
		plan: functionPlan([{ table, functions }], refused),
		mode: "first-hit",
		counts,
		unprobeable: refused,
		startedAt: new Date("2026-01-01T00:00:00Z"),
		endedAt: new Date("2026-01-01T00:10:00Z"),
	});
}

function timed<T>(fn: () => T): { ms: number; value: T } {
	const start = process.hrtime.bigint();
	const value = fn();
	return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

const dir = mkdtempSync(join(tmpdir(), "xcover-bench-reports-"));
try {
	const rows: Array<{ step: string; ms: number; bytes?: number }> = [];
	const report = syntheticReport(1);
	const input = join(dir, "input.json");
	writeJsonReport(input, report);
	rows.push({ step: "read + validate JSON", ms: timed(() => readReport(input)).ms, bytes: statSync(input).size });
	// Where that time goes: reading the file, JSON.parse, and the schema check (in a function, so
	// that the text and reports are not held through the later steps).
	const breakdown = (): void => {
		const text = timed(() => readText(input));
		rows.push({ step: "  read file", ms: text.ms });
		rows.push({ step: "  JSON.parse", ms: timed(() => JSON.parse(text.value)).ms });
		rows.push({ step: "  JSON.parse + validate", ms: timed(() => parseReport(text.value, input)).ms });
	};
	breakdown();
	rows.push({ step: "build model", ms: timed(() => buildModel(report)).ms });
	for (const format of REPORT_FORMATS) {
		const t = timed(() => writeFormats(report, [format], join(dir, format)));
		rows.push({ step: `write ${format}`, ms: t.ms, bytes: statSync(t.value[0]?.path as string).size });
	}
	rows.push({ step: "write all five", ms: timed(() => writeFormats(report, REPORT_FORMATS, join(dir, "all"))).ms });

	const inputs = Array.from({ length: RUNS }, (_, i) => {
		const path = join(dir, `run${i}.json`);
		writeJsonReport(path, syntheticReport(i + 2));
		return path;
	});
	// As `xcover merge` does it: each file read, validated and merged, then dropped.
	const merge = timed(() => mergeReportFiles(inputs));
	rows.push({ step: `merge ${RUNS} reports (read + merge)`, ms: merge.ms });
	rows.push({
		step: `  merged coverage ${merge.value.totals.percent.toFixed(2)}%`,
		ms: timed(() => writeJsonReport(join(dir, "merged.json"), merge.value)).ms,
	});

	console.log(`${FUNCTIONS} functions in ${FILES} files (node ${process.version})`);
	console.log("step                                  time (ms)      size");
	for (const r of rows) {
		const size = r.bytes === undefined ? "" : `${(r.bytes / 1e6).toFixed(1)} MB`;
		console.log(`${r.step.padEnd(36)} ${r.ms.toFixed(0).padStart(10)} ${size.padStart(9)}`);
	}
	console.log(`results: ${record("reports", { functions: FUNCTIONS, files: FILES, rows })}`);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
