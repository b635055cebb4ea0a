// xcover-test: rootless
/**
 * Line-granularity reports, checked by tools that did not come from here: the JSON Schema, lcov
 * and genhtml, xmllint against Cobertura's published DTD, and Chromium for the HTML source view;
 * plus merge, diff, the gates, and that version 1 reports and function-granularity output stay
 * as they were (the fixtures in test/fixtures/report/v1 were written by xcover before lines).
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import { decreaseFailure, thresholdFailure } from "../src/action/gates.js";
import { DiagnosticList } from "../src/diagnostics.js";
import { diffReports, formatDiffText, formatLineRanges } from "../src/report/diff.js";
import { formatCobertura } from "../src/report/formats/cobertura.js";
import { formatLcov } from "../src/report/formats/lcov.js";
import { formatMarkdown } from "../src/report/formats/markdown.js";
import { writeFormats } from "../src/report/formats.js";
import { formatJson } from "../src/report/json.js";
import { MergeConflictError, mergeReports } from "../src/report/merge.js";
import { buildModel } from "../src/report/model.js";
import { parseReport, ReportInputError } from "../src/report/readReport.js";
import {
	type CoverageReport,
	type FunctionCoverage,
	type LineTotals,
	lineTotalsOf,
	type SourceFileCoverage,
	summaryLine,
	totalsOf,
} from "../src/report/report.js";
import {
	geometryFile,
	HOSTILE_HEADER,
	lineReport,
	sampleReport,
	sampleSources,
	utilFile,
	utilHeader,
} from "./fixtures/report/sample.js";
import { fixtures, readReport as readWithSchema, root, sh, workDir } from "./helpers.js";

const dir = workDir("lines");
const dtd = join(root, "test", "cobertura", "coverage-04.dtd");
const v1 = join(fixtures, "report", "v1");
const BINARY = "/build/paths";

function write(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

const copy = (r: CoverageReport): CoverageReport => JSON.parse(formatJson(r));

const lt = (lines: number, covered: number, unprobeable: number): LineTotals => ({
	lines,
	traced: lines - unprobeable,
	covered,
	unprobeable,
	percent: (covered / (lines - unprobeable)) * 100,
});

function fn(r: CoverageReport, name: string): FunctionCoverage {
	const f = r.binaries[0]?.functions.find((x) => x.name === name);
	assert.ok(f, name);
	return f;
}

describe("line reports: the JSON", () => {
	it("validates against the schema in every mode, hostile names included", () => {
		for (const mode of ["count", "first-hit"] as const) {
			for (const hostile of [false, true]) {
				const r = lineReport(BINARY, { mode, hostile });
				const path = write(`line-${mode}-${hostile}.json`, formatJson(r));
				readWithSchema(path);
				assert.deepEqual(parseReport(readFileSync(path, "utf8"), path), JSON.parse(formatJson(r)));
				assert.equal(r.schema_version, 2);
				assert.equal(r.granularity, "line");
			}
		}
	});

	it("counts each (file, line) once: covered if any holder ran it, unprobeable only if none could probe it", () => {
		const r = lineReport(BINARY);
		// By hand from the fixture: geometry.c 4-6 ran, 8-10 did not, 12-14 unprobeable, 16-17 ran, 18 not;
		// util.c 3,4,6,7 ran, 5 unprobeable, 9-11 and 14 not; util.h 5 probed by area only (not run),
		// 6 run by area though not by scale, 7 unprobeable in its only holder.
		assert.deepEqual(
			r.binaries[0]?.source_files?.map((s) => [s.path, s.functions, s.lines]),
			[
				[geometryFile, 4, lt(12, 5, 3)],
				[utilFile, 4, lt(9, 4, 1)],
				[utilHeader, 0, lt(3, 1, 1)],
			],
		);
		assert.deepEqual(r.totals.lines, lt(24, 10, 5));
		assert.equal(r.cov_by_line, (10 / 19) * 100);
		assert.deepEqual(
			{ ...r.totals, lines: undefined },
			{ functions: 11, traced: 10, covered: 6, unprobeable: 1, percent: 60, lines: undefined },
		);
		assert.deepEqual(fn(r, "lerp(int, long)").lines, undefined, "a function without a line table has no lines");
		assert.equal(fn(r, "lerp(int, long)").covered, true, "it counts by its entry");
		const model = buildModel(r);
		assert.equal(model.granularity, "line");
		const header = model.binaries[0]?.groups.find((g) => g.name === utilHeader);
		assert.deepEqual(header?.functions, [], "a header with only inlined code gets a group of its own");
		assert.deepEqual(
			header?.lines?.map((l) => [l.line, l.state, l.hits]),
			[
				[5, "uncovered", 0],
				[6, "covered", 3],
				[7, "unprobeable", 0],
			],
		);
		const sourceFiles: SourceFileCoverage[] = r.binaries[0]?.source_files ?? [];
		for (const g of model.binaries[0]?.groups ?? []) {
			const listed = sourceFiles.find((s) => s.path === g.name);
			if (g.kind === "file") assert.deepEqual({ path: g.name, ...g.totals }, listed, g.name);
		}
		assert.deepEqual(
			model.binaries[0]?.groups.find((g) => g.name === geometryFile)?.functions[0]?.lineTotals,
			lt(5, 4, 0),
		);
	});

	it("reads back only line totals that are the lines counted, and no mix of granularities", () => {
		const good = lineReport(BINARY);
		const cases: Array<[string, (r: CoverageReport) => void, RegExp]> = [
			[
				"binary lines",
				(r) => {
					(r.binaries[0]?.totals.lines as LineTotals).covered++;
				},
				/\/binaries\/0\/totals\/lines do not add up to its lines \(24 lines, 10 covered, 5 unprobeable\)/,
			],
			[
				"report lines",
				(r) => {
					(r.totals.lines as LineTotals).lines = 30;
				},
				/\/totals\/lines do not add up/,
			],
			[
				"hit edited",
				(r) => {
					const l = fn(r, "perimeter").lines?.[0];
					if (l) l.hits = 1;
				},
				/\/binaries\/0\/totals\/lines do not add up/,
			],
			[
				"missing line totals",
				(r) => {
					delete r.binaries[0]?.totals.lines;
				},
				/\/binaries\/0\/totals lacks the line totals a line report has/,
			],
			[
				"lines in a function report",
				(r) => {
					r.granularity = "function";
					delete r.totals.lines;
					delete r.binaries[0]?.totals.lines;
				},
				/\/binaries\/0\/functions\/1 has lines, but the report's granularity is "function"/,
			],
			[
				"line granularity in version 1",
				(r) => {
					r.schema_version = 1;
				},
				/granularity "line" needs schema_version 2/,
			],
			[
				"a line at 0",
				(r) => {
					const l = fn(r, "area").lines?.[0];
					if (l) l.line = 0;
				},
				/\/lines\/0\/line must be >= 1/,
			],
		];
		for (const [name, edit, message] of cases) {
			const r = copy(good);
			edit(r);
			assert.throws(
				() => parseReport(JSON.stringify(r), `${name}.json`),
				(e: Error) => e instanceof ReportInputError && message.test(e.message) && e.message.includes(`${name}.json`),
				name,
			);
		}
	});

	it("summaryLine leads with lines in a line report, and stays as it was for functions", () => {
		assert.equal(
			summaryLine(lineReport(BINARY)),
			"coverage 52.63% of lines (10/19), 60.00% of functions (6/10); unprobeable: 5 lines, 1 functions",
		);
		assert.equal(summaryLine(sampleReport(BINARY)), "coverage 60.00% (6/10 functions, 1 unprobeable)");
	});
});

describe("version 1 reports and function granularity stay as they were", () => {
	const golden = (name: string) => readFileSync(join(v1, name));
	const SOURCES = "@SOURCES@";
	/**
	 * Writers order files by path, and the goldens were written with the sources in a directory
	 * that sorts after the hostile /nonexistent/ paths; a fixed one keeps that order on every checkout.
	 */
	const FIXED = "/xcover-sample/src";
	/** The fixtures name the sample sources' directory @SOURCES@, absolute and relative to /. */
	const placeholder = (text: string) => text.replaceAll(FIXED, SOURCES).replaceAll(FIXED.slice(1), SOURCES);

	it("a report xcover wrote before lines still reads, as a function report", () => {
		const path = join(v1, "v1-report.json");
		readWithSchema(path);
		const text = readFileSync(path, "utf8").replaceAll(SOURCES, FIXED);
		const r = parseReport(text, path);
		assert.equal(r.schema_version, 1);
		assert.equal(r.granularity, undefined);
		const model = buildModel(r);
		assert.equal(model.granularity, "function");
		// The same reports as the xcover that wrote it made, but for the complexity methods need.
		assert.deepEqual(Buffer.from(placeholder(formatLcov(model))), golden("v1-count-hostile.lcov.info"));
		const xml = placeholder(formatCobertura(model)).replaceAll(' complexity="0"><lines>', "><lines>");
		assert.deepEqual(Buffer.from(xml), golden("v1-count-hostile.cobertura.xml"));
		assert.equal(summaryLine(r), "coverage 50.00% (7/14 functions, 1 unprobeable)");
		const merged = mergeReports([
			{ report: r, source: "v1.json" },
			{ report: copy(r), source: "v1-again.json" },
		]);
		assert.equal(merged.schema_version, 2);
		assert.equal(merged.granularity, "function");
		assert.equal(merged.totals.covered, 7);
	});

	it("function-granularity LCOV and Cobertura are byte for byte what they were, complexity aside", () => {
		for (const mode of ["count", "first-hit"] as const) {
			for (const hostile of [false, true]) {
				const tag = `${mode}${hostile ? "-hostile" : ""}`;
				const model = buildModel(sampleReport(BINARY, { mode, hostile, sources: FIXED }));
				const lcov = placeholder(formatLcov(model));
				assert.deepEqual(Buffer.from(lcov), golden(`v1-${tag}.lcov.info`), tag);
				const xml = placeholder(formatCobertura(model));
				const methods = [...xml.matchAll(/<method [^>]*>/g)].map((m) => m[0]);
				assert.ok(methods.length > 0 && methods.every((m) => m.endsWith(' complexity="0">')), tag);
				assert.deepEqual(
					Buffer.from(xml.replaceAll(' complexity="0"><lines>', "><lines>")),
					golden(`v1-${tag}.cobertura.xml`),
					tag,
				);
			}
		}
	});
});

describe("line reports: LCOV", () => {
	const summaryOf = (text: string) => {
		const lines = /lines\.*: [\d.]+% \((\d+) of (\d+) lines?\)/.exec(text);
		const functions = /functions\.*: [\d.]+% \((\d+) of (\d+) functions?\)/.exec(text);
		return {
			lines: lines ? { hit: Number(lines[1]), found: Number(lines[2]) } : undefined,
			functions: functions ? { hit: Number(functions[1]), found: Number(functions[2]) } : undefined,
		};
	};

	it("lcov --summary and genhtml read it without warnings, with our line and function totals", () => {
		for (const mode of ["count", "first-hit"] as const) {
			const r = lineReport(BINARY, { mode });
			const path = write(`line-${mode}.info`, formatLcov(buildModel(r)));
			const lines = r.totals.lines as LineTotals;
			// LCOV has no place for functions without a source file: it holds those with one.
			const placed = totalsOf((r.binaries[0]?.functions ?? []).filter((f) => f.file !== undefined));
			const expected = {
				lines: { hit: lines.covered, found: lines.traced },
				functions: { hit: placed.covered, found: placed.traced },
			};
			assert.deepEqual(expected, { lines: { hit: 10, found: 19 }, functions: { hit: 4, found: 7 } });
			const summary = sh("lcov", ["--summary", path]);
			assert.equal(summary.code, 0, summary.stderr);
			assert.doesNotMatch(summary.stdout + summary.stderr, /warning|error/i);
			assert.deepEqual(summaryOf(summary.stdout + summary.stderr), expected, mode);
			const html = sh("genhtml", ["--output-directory", join(dir, `genhtml-${mode}`), path]);
			assert.equal(html.code, 0, html.stderr);
			assert.doesNotMatch(html.stdout + html.stderr, /warning|error/i);
			assert.deepEqual(summaryOf(html.stdout), expected, mode);
			// genhtml's page of the header shows the inlined lines under the header itself.
			const page = readFileSync(join(dir, `genhtml-${mode}`, "src", "lib", "util.h.gcov.html"), "utf8");
			const hits = mode === "count" ? "3" : "1";
			assert.match(page, /lineNum"> +5 <\/span><span class="lineNoCov"> +0 : static inline int twice/);
			assert.match(page, new RegExp(`lineNum"> +6 </span><span class="lineCov"> +${hits} : +return 2 \\* v;`));
			assert.match(page, /lineNum"> +7 <\/span> +: }/, "the unprobeable line is no line to lcov");
		}
	});

	it("has a DA per line with hits summed over its holders, no unprobeable line, and FN kept", () => {
		const text = formatLcov(buildModel(lineReport(BINARY, { hostile: true })));
		const record = (file: string) => {
			const at = text.indexOf(`SF:${file}\n`);
			assert.ok(at >= 0, file);
			return text.slice(at, text.indexOf("end_of_record", at));
		};
		const da = (file: string) => [...record(file).matchAll(/^DA:(\d+),(\d+)$/gm)].map((m) => `${m[1]}:${m[2]}`);
		assert.deepEqual(da(geometryFile), ["4:3", "5:3", "6:3", "8:0", "9:0", "10:0", "16:2", "17:2", "18:0"]);
		assert.deepEqual(da(utilFile), ["3:2", "4:2", "6:1", "7:2", "9:0", "10:0", "11:0", "14:0"]);
		assert.deepEqual(da(utilHeader), ["5:0", "6:3"]);
		assert.deepEqual(da(HOSTILE_HEADER), ["3:1"]);
		assert.match(record(geometryFile), /^FN:4,area\nFN:8,perimeter\nFN:16,scale\nFNDA:3,area\n/m);
		assert.match(record(geometryFile), /^FNF:3\nFNH:2\n(DA:.*\n)+LF:9\nLH:5\n$/m);
		assert.match(record(utilFile), /^FN:15,lerp\(int; long\)$/m);
		assert.match(record(utilFile), /^FNDA:1,lerp\(int; long\)$/m);
		assert.doesNotMatch(text, new RegExp(`SF:${BINARY}\n`), "functions without a source file have no record");
		assert.doesNotMatch(text, /diagonal_squared/);
		const firstHit = formatLcov(buildModel(lineReport(BINARY, { mode: "first-hit" })));
		assert.match(firstHit, /^DA:4,1\nDA:5,1\nDA:6,1\nDA:8,0$/m);
		assert.match(firstHit, /^DA:5,0\nDA:6,1\nLF:2\nLH:1$/m, "the header line run by one holder of two");
	});
});

describe("line reports: Cobertura", () => {
	it("is valid against the unmodified coverage-04.dtd in both granularities, hostile names included", () => {
		for (const make of [lineReport, sampleReport]) {
			for (const hostile of [false, true]) {
				const r = make(BINARY, { hostile });
				const path = write(`cobertura-${r.granularity}-${hostile}.xml`, formatCobertura(buildModel(r)));
				const check = sh("xmllint", ["--nonet", "--noout", "--dtdvalid", dtd, path]);
				assert.equal(check.code, 0, check.stderr);
				assert.equal(check.stderr, "");
			}
		}
		assert.match(readFileSync(dtd, "utf8"), /<!ATTLIST method complexity {2}CDATA #REQUIRED>/, "the published DTD");
	});

	it("carries real lines: line-rate and lines-valid are line coverage, methods hold their own lines", () => {
		const r = lineReport(BINARY);
		const xml = formatCobertura(buildModel(r));
		assert.match(xml, /<coverage line-rate="0\.5263" branch-rate="1" lines-covered="10" lines-valid="19" /);
		const classOf = (filename: string) => {
			const m = new RegExp(
				`<class name="[^"]*" filename="${filename}" line-rate="([^"]*)"[^>]*>([\\s\\S]*?)</class>`,
			).exec(xml);
			assert.ok(m, filename);
			const [methods, lines] = (m[2] as string).split("</methods>");
			const numbers = (s: string | undefined) =>
				[...(s ?? "").matchAll(/<line number="(\d+)" hits="(\d+)"/g)].map((x) => `${x[1]}:${x[2]}`);
			return { rate: m[1], methods, lines: numbers(lines), numbers };
		};
		const geometry = classOf("geometry.c");
		assert.equal(geometry.rate, "0.5556");
		assert.deepEqual(geometry.lines, ["4:3", "5:3", "6:3", "8:0", "9:0", "10:0", "16:2", "17:2", "18:0"]);
		const area =
			/<method name="area" signature="area" line-rate="([^"]*)" branch-rate="1" complexity="0"><lines>(.*?)<\/lines>/.exec(
				geometry.methods ?? "",
			);
		assert.equal(area?.[1], "1.0000");
		assert.deepEqual(
			geometry.numbers(area?.[2]),
			["4:3", "5:3", "6:3"],
			"the inlined header lines are not area's in geometry.c",
		);
		const scale = /<method name="scale"[^>]*line-rate="([^"]*)"/.exec(geometry.methods ?? "");
		assert.equal(scale?.[1], "0.6667");
		const header = classOf("lib/util.h");
		assert.deepEqual(header.lines, ["5:0", "6:3"]);
		assert.equal(header.rate, "0.5000");
		const util = classOf("lib/util.c");
		assert.match(
			util.methods ?? "",
			/<method name="lerp\(int, long\)" signature="lerp\(int, long\)" line-rate="1" branch-rate="1" complexity="0"><lines><\/lines><\/method>/,
		);
		const packages = [...xml.matchAll(/<package name="([^"]*)" line-rate="([^"]*)"/g)].map((m) => [m[1], m[2]]);
		assert.deepEqual(packages, [
			[".", "0.5556"],
			["lib", "0.5000"],
		]);
		assert.doesNotMatch(xml, /diagonal_squared|helper_without_source|_start/);
		// The same lines as LCOV's DA records, file by file.
		const lcov = formatLcov(buildModel(r));
		const lcovLines = [...lcov.matchAll(/^DA:/gm)].length;
		assert.equal(lcovLines, geometry.lines.length + util.lines.length + header.lines.length);
	});
});

describe("line reports: merge and diff", () => {
	/** A second run: perimeter ran, area did not; lerp's line 10 unprobeable in this build's view. */
	function secondRun(mode: "count" | "first-hit" = "count"): CoverageReport {
		const r = copy(lineReport(BINARY, { mode }));
		const perimeter = fn(r, "perimeter");
		perimeter.covered = true;
		if (mode === "count") perimeter.calls = 4;
		for (const l of perimeter.lines ?? []) l.hits = mode === "count" ? 4 : 1;
		const area = fn(r, "area");
		area.covered = false;
		if (mode === "count") area.calls = 0;
		for (const l of area.lines ?? []) l.hits = 0;
		const lerp = fn(r, "lerp");
		lerp.lines = (lerp.lines ?? []).map((l) => (l.line === 10 ? { line: 10, hits: 0, unprobeable: true } : l));
		return rebuilt(r);
	}

	/** The totals of a hand-edited report, recounted, as xcover would have written them. */
	function rebuilt(r: CoverageReport): CoverageReport {
		const b = r.binaries[0];
		assert.ok(b);
		const lines = lineTotalsOf(b.functions);
		b.totals = { ...totalsOf(b.functions), lines };
		delete b.source_files;
		r.totals = { ...totalsOf(b.functions), lines };
		r.cov_by_line = lines.percent;
		r.cov_by_func = r.totals.percent;
		return parseReport(JSON.stringify(r), "edited.json");
	}

	it("merges line by line: the union, hits summed when counting, unprobeable only if so in every run", () => {
		const a = lineReport(BINARY);
		const b = secondRun();
		const m = mergeReports([
			{ report: a, source: "a.json" },
			{ report: b, source: "b.json" },
		]);
		readWithSchema(write("merged-lines.json", formatJson(m)));
		assert.deepEqual(parseReport(formatJson(m), "merged.json"), JSON.parse(formatJson(m)));
		assert.equal(m.granularity, "line");
		assert.deepEqual(fn(m, "area").lines, [
			{ line: 4, hits: 3 },
			{ line: 5, hits: 3 },
			{ line: 6, hits: 3 },
			{ line: 5, hits: 0, file: utilHeader },
			{ line: 6, hits: 3, file: utilHeader },
		]);
		assert.deepEqual(
			fn(m, "perimeter").lines?.map((l) => l.hits),
			[4, 4, 4],
		);
		assert.deepEqual(fn(m, "lerp").lines?.[1], { line: 10, hits: 0 }, "probed in one run is measured");
		assert.deepEqual(fn(m, "diagonal_squared").lines?.[0], { line: 12, hits: 0, unprobeable: true });
		// geometry.c gains perimeter's 3 lines: 13 of 22 traced lines.
		assert.deepEqual(m.totals.lines, lt(24, 13, 5));
		assert.equal(fn(m, "clamp").lines?.find((l) => l.line === 3)?.hits, 4, "2 + 2");

		const firstHit = mergeReports([
			{ report: lineReport(BINARY, { mode: "first-hit" }), source: "a.json" },
			{ report: secondRun("first-hit"), source: "b.json" },
			{ report: lineReport(BINARY, { mode: "first-hit" }), source: "c.json" },
		]);
		assert.equal(firstHit.mode, "first-hit");
		assert.ok(firstHit.binaries[0]?.functions.every((f) => (f.lines ?? []).every((l) => l.hits <= 1)));
		assert.deepEqual(firstHit.totals.lines, lt(24, 13, 5));
		const mixed = mergeReports([
			{ report: lineReport(BINARY), source: "count.json" },
			{ report: secondRun("first-hit"), source: "first-hit.json" },
		]);
		assert.equal(mixed.mode, "first-hit");
		assert.equal(fn(mixed, "clamp").lines?.find((l) => l.line === 3)?.hits, 1, "counts become 1 or 0");
	});

	it("a line report merged with a function report is a function report, with a warning", () => {
		const diagnostics = new DiagnosticList();
		const m = mergeReports(
			[
				{ report: lineReport(BINARY), source: "lines.json" },
				{ report: sampleReport(BINARY), source: "functions.json" },
				{ report: lineReport(BINARY), source: "more-lines.json" },
			],
			{ diagnostics },
		);
		assert.equal(m.granularity, "function");
		assert.equal(m.totals.lines, undefined);
		assert.ok(m.binaries[0]?.functions.every((f) => f.lines === undefined));
		assert.deepEqual(parseReport(formatJson(m), "m.json").totals, m.totals);
		assert.deepEqual(diagnostics.kinds(), ["granularity-dropped"]);
		assert.match(
			diagnostics.items[0]?.message ?? "",
			/lines\.json measured lines but functions\.json measured functions only: the merged report measures functions/,
		);
		assert.throws(
			() =>
				mergeReports([
					{ report: lineReport(BINARY), source: "a.json" },
					{ report: lineReport(BINARY, { buildId: "beef" }), source: "b.json" },
				]),
			MergeConflictError,
		);
	});

	it("forced across builds, lines still merge by file and line", () => {
		const a = lineReport(BINARY);
		const b = copy(secondRun());
		for (const bin of b.binaries) {
			bin.build_id = "beef";
			for (const f of bin.functions) f.offset += 16;
		}
		const m = mergeReports(
			[
				{ report: a, source: "a.json" },
				{ report: b, source: "b.json" },
				{ report: copy(a), source: "c.json" },
			],
			{ force: true },
		);
		assert.equal(m.totals.functions, a.totals.functions);
		assert.deepEqual(m.totals.lines, lt(24, 13, 5));
		assert.equal(fn(m, "area").lines?.[0]?.hits, 6);
	});

	it("diff lists the lines newly covered and uncovered per file, and the line coverage change", () => {
		const base = lineReport(BINARY);
		const head = secondRun();
		const d = diffReports(base, head);
		assert.equal(d.granularity, "line");
		assert.deepEqual(d.lines?.newlyCovered, [{ binary: "paths", file: geometryFile, lines: [8, 9, 10] }]);
		assert.deepEqual(d.lines?.newlyUncovered, [
			{ binary: "paths", file: geometryFile, lines: [4, 5, 6] },
			{ binary: "paths", file: utilHeader, lines: [6] },
		]);
		assert.equal(d.lines?.delta, (9 / 18) * 100 - (10 / 19) * 100);
		const text = formatDiffText(d);
		assert.match(text, /^line coverage 52\.63% -> 50\.00% \(-2\.63 pp\), 10\/19 -> 9\/18 lines$/m);
		assert.match(text, /^lines newly covered \(3\):\n {2}paths {2}.*geometry\.c: 8–10$/m);
		assert.match(text, /^lines newly uncovered \(4\):\n {2}paths {2}.*geometry\.c: 4–6\n {2}paths {2}.*util\.h: 6$/m);
		const md = formatMarkdown(head, { diff: d });
		assert.match(md, /^## xcover line coverage$/m);
		assert.match(
			md,
			/\*\*50\.00%\*\* of lines ran \(9 of 18\), \*\*-2\.63 pp\*\* against the baseline \(52\.63%\); \*\*60\.00%\*\* of functions/,
		);
		assert.match(md, /Lines newly covered \(3\)[\s\S]*geometry\\\.c — lines 8–10/);
		assert.match(md, /Lines newly uncovered \(4\)/);
		assert.match(md, /\| paths \| 52\.63% \(10\/19\) \| 50\.00% \(9\/18\) \| -2\.63 pp \|/);
		assert.equal(formatLineRanges([1, 2, 3, 5, 7, 8]), "1–3, 5, 7–8");
		// Against a function baseline there are no lines to compare.
		const mixed = diffReports(sampleReport(BINARY), head);
		assert.equal(mixed.granularity, "function");
		assert.equal(mixed.lines, undefined);
		assert.match(formatMarkdown(head, { diff: mixed }), /The baseline measured functions only/);
	});

	it("Markdown without a baseline leads with lines, and its largest areas count uncovered lines", () => {
		const md = formatMarkdown(lineReport(BINARY));
		assert.match(md, /\*\*52\.63%\*\* of lines ran \(10 of 19\); \*\*60\.00%\*\* of functions \(6 of 10\)/);
		assert.match(md, /5 lines could not be probed and are not counted/);
		assert.match(md, /\| paths \| 52\.63% \(10\/19\) \| 60\.00% \(6\/10\) \|/);
		assert.match(md, /\| uncovered lines \| line coverage \|/);
		assert.match(md, /\| paths \| .*util\\\.c \| 4 \| 50\.00% \|/);
	});
});

describe("line reports: the gates", () => {
	it("threshold and fail-on-decrease apply to lines in a line report, and say so", () => {
		const totals = lineReport(BINARY).totals;
		assert.equal(
			thresholdFailure(totals, 70, "line"),
			"line coverage 52.63% is below the threshold of 70%: 17.37 percentage points short (4 more of 19 lines must run)",
		);
		assert.equal(thresholdFailure(totals, 52.63, "line"), undefined);
		assert.equal(thresholdFailure(totals, 60, "function"), undefined, "functions are at 60%");
		assert.match(thresholdFailure(totals, 61) ?? "", /^coverage 60\.00% .*\(1 more of 10 functions must run\)$/);
		const base = { ...totals, lines: lt(19, 12, 0) };
		assert.equal(
			decreaseFailure(base, totals, 0, "line"),
			"line coverage fell by 10.53 percentage points against the baseline (63.16% → 52.63%); no drop is allowed, so it missed by 10.53 percentage points",
		);
		assert.equal(decreaseFailure(base, totals, 11, "line"), undefined);
		const { lines: _, ...functionBase } = base;
		assert.equal(decreaseFailure(functionBase, totals, 0, "function"), undefined, "functions did not fall");
	});
});

const CHROMIUM = "/usr/bin/chromium";

describe("line reports: the HTML source view in Chromium", {
	skip: existsSync(CHROMIUM) ? false : `needs ${CHROMIUM}`,
}, () => {
	const artifacts = join(root, "build", "test-artifacts");
	const report = lineReport(BINARY, { hostile: true });
	const model = buildModel(report);
	const [written] = writeFormats(report, ["html"], join(dir, "html"), { sourceRoot: join(sampleSources, "..") });
	const url = `file://${written?.path}`;
	let browser: Browser;
	let page: Page;
	const problems: string[] = [];

	before(async () => {
		mkdirSync(artifacts, { recursive: true });
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
		});
		page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
		page.on("console", (m) => {
			if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
		});
		page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
		page.on("request", (r) => {
			if (!r.url().startsWith("file:")) problems.push(`network request: ${r.url()}`);
		});
		await page.goto(url);
	});

	after(async () => {
		await browser?.close();
	});

	/** Lines of the shown source by class: what a reader sees coloured. */
	const classes = () =>
		page.$$eval("#source-code > div", (divs) => {
			const out: Record<string, number[]> = { covered: [], uncovered: [], unprobeable: [], nocode: [] };
			for (const d of divs) {
				const n = Number(d.getAttribute("data-n"));
				for (const c of ["covered", "uncovered", "unprobeable", "nocode"]) if (d.classList.contains(c)) out[c]?.push(n);
			}
			return out;
		});

	const expected = (file: string, length: number) => {
		const lines = model.binaries[0]?.groups.find((g) => g.name === file)?.lines ?? [];
		const of = (state: string) => lines.filter((l) => l.state === state).map((l) => l.line);
		const code = new Set(lines.map((l) => l.line));
		return {
			covered: of("covered"),
			uncovered: of("uncovered"),
			unprobeable: of("unprobeable"),
			nocode: Array.from({ length }, (_, i) => i + 1).filter((n) => !code.has(n)),
		};
	};

	it("shows line and function totals side by side", async () => {
		const lines = report.totals.lines as LineTotals;
		assert.equal((await page.textContent("#line-percent"))?.trim(), `${lines.percent.toFixed(2)}%`);
		assert.equal((await page.textContent("#line-covered"))?.trim(), String(lines.covered));
		assert.equal((await page.textContent("#line-traced"))?.trim(), String(lines.traced));
		assert.equal((await page.textContent("#line-unprobeable"))?.trim(), String(lines.unprobeable));
		assert.equal((await page.textContent("#total-percent"))?.trim(), `${report.totals.percent.toFixed(2)}%`);
		const row = async (name: string) =>
			page.$$eval(
				"tr.file-row",
				(trs, n) => {
					const tr = trs.find((t) => t.children[0]?.textContent === n);
					return tr ? [tr.querySelector(".line-cov")?.textContent, tr.querySelector(".fn-cov")?.textContent] : null;
				},
				name,
			);
		assert.deepEqual(await row(geometryFile), ["55.56%", "66.67%"]);
		assert.deepEqual(await row(utilHeader), ["50.00%", "—"]);
		assert.deepEqual(await row(HOSTILE_HEADER), ["100.00%", "—"], "a hostile header path, as text");
	});

	it("colours each source line covered, not covered, unprobeable or no code, as the model has them", async () => {
		for (const [file, shot] of [
			[geometryFile, "html-lines-geometry.png"],
			[utilHeader, "html-lines-header.png"],
			[utilFile, "html-lines-util.png"],
		] as const) {
			await page.goto(url);
			await page.click(`tr.file-row a:text-is(${JSON.stringify(file)})`);
			await page.waitForSelector("#source.shown");
			const length = readFileSync(file, "utf8").split(/\r?\n/).length;
			const seen = await classes();
			assert.deepEqual(seen, expected(file, length), file);
			await page.screenshot({ path: join(artifacts, shot), fullPage: true });
		}
		// The page shows the header last: by hand, 5 probed but not run, 6 run by area, 7 unprobeable.
		await page.goto(url);
		await page.click(`tr.file-row a:text-is(${JSON.stringify(utilHeader)})`);
		await page.waitForSelector("#source.shown");
		assert.deepEqual(await classes(), { covered: [6], uncovered: [5], unprobeable: [7], nocode: [1, 2, 3, 4, 8] });
		assert.equal(await page.getAttribute("#L6", "title"), "line: 3 hits");
		assert.equal(await page.getAttribute("#L7", "class"), "unprobeable");
	});

	it("shows each function's lines in the table", async () => {
		await page.goto(url);
		await page.fill("#fn-filter", "geometry.c");
		const cells = await page.$$eval("#fn-table tbody tr", (trs) =>
			trs.map((tr) => [tr.children[0]?.textContent, tr.children[3]?.textContent]),
		);
		assert.deepEqual(cells, [
			["area", "4/5"],
			["perimeter", "0/3"],
			["diagonal_squared", "0/0"],
			["scale", "2/4"],
		]);
	});

	it("works at phone width", async () => {
		await page.goto(url);
		await page.setViewportSize({ width: 390, height: 844 });
		const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
		assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
		await page.screenshot({ path: join(artifacts, "html-lines-phone.png"), fullPage: true });
		await page.click(`tr.file-row a:text-is(${JSON.stringify(geometryFile)})`);
		await page.waitForSelector("#source.shown");
		const wide = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
		assert.ok(wide <= 0, `the source view is ${wide}px wider than the screen`);
		await page.setViewportSize({ width: 1200, height: 900 });
	});

	it("had no console errors or network requests", () => {
		assert.deepEqual(problems, []);
	});
});
