// xcover-test: rootless
/**
 * The report formats, checked by the tools that read them: xmllint against Cobertura's DTD,
 * lcov and genhtml, and the JSON Schema; plus the `xcover report` command and its errors.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { marked } from "marked";
import { UsageError } from "../src/errors.js";
import { diffReports } from "../src/report/diff.js";
import { formatCobertura } from "../src/report/formats/cobertura.js";
import { formatLcov } from "../src/report/formats/lcov.js";
import { formatMarkdown } from "../src/report/formats/markdown.js";
import { parseFormats, REPORT_FILES, writeFormats } from "../src/report/formats.js";
import { formatJson } from "../src/report/json.js";
import * as modelModule from "../src/report/model.js";
import { buildModel, UNKNOWN_SOURCE } from "../src/report/model.js";
import { parseReport, ReportInputError, readReport } from "../src/report/readReport.js";
import { totalsOf } from "../src/report/report.js";
import { sampleReport, sampleSources } from "./fixtures/report/sample.js";
import { compile, readReport as readWithSchema, root, sh, workDir, xcover } from "./helpers.js";

const dir = workDir("report");
const binary = compile(join(dir, "paths"), ["report/paths.c"]);
const dtd = join(root, "test", "cobertura", "coverage-04.dtd");

function write(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

describe("the JSON report", () => {
	it("a function report has readable names, source positions and per-file totals", () => {
		const report = sampleReport(binary);
		const path = write("sample.json", formatJson(report));
		readWithSchema(path);
		const fns = report.binaries[0]?.functions ?? [];
		const area = fns.find((f) => f.raw_name === "area");
		assert.deepEqual(
			{ ...area },
			{
				names: ["area"],
				name: "area",
				raw_name: "area",
				offset: 0x1020,
				size: 0x20,
				covered: true,
				unprobeable: false,
				calls: 3,
				file: join(sampleSources, "geometry.c"),
				line_start: 4,
				line_end: 6,
			},
		);
		assert.equal(fns.find((f) => f.name === "main.(*Server).handle")?.package, "main");
		assert.deepEqual(report.binaries[0]?.source_files, [
			{
				path: join(sampleSources, "geometry.c"),
				functions: 4,
				traced: 3,
				covered: 2,
				unprobeable: 1,
				percent: (2 / 3) * 100,
			},
			{ path: join(sampleSources, "lib", "util.c"), functions: 4, traced: 4, covered: 2, unprobeable: 0, percent: 50 },
		]);
		assert.deepEqual(report.totals, { functions: 11, traced: 10, covered: 6, unprobeable: 1, percent: 60 });
	});

	it("one totalsOf counts report functions and model functions alike", () => {
		const report = sampleReport(binary);
		const model = buildModel(report);
		const modelFunctions = model.binaries[0]?.groups.flatMap((g) => g.functions) ?? [];
		assert.deepEqual(totalsOf(modelFunctions), report.binaries[0]?.totals);
		assert.deepEqual(totalsOf(report.binaries[0]?.functions ?? []), report.binaries[0]?.totals);
		for (const g of model.binaries[0]?.groups ?? []) assert.deepEqual(g.totals, totalsOf(g.functions));
		const exported = Object.keys(modelModule);
		for (const gone of ["allFunctions", "totalsOfModel"]) assert.ok(!exported.includes(gone), `${gone} is gone`);
	});

	it("the model groups functions by file, then package, then unknown source", () => {
		const model = buildModel(sampleReport(binary));
		const groups = model.binaries[0]?.groups.map((g) => [g.kind, g.name, g.totals.traced, g.totals.covered]);
		assert.deepEqual(groups, [
			["file", join(sampleSources, "geometry.c"), 3, 2],
			["file", join(sampleSources, "lib", "util.c"), 4, 2],
			["package", "main", 1, 1],
			["unknown", UNKNOWN_SOURCE, 2, 1],
		]);
	});
});

describe("reading reports", () => {
	it("accepts what xcover writes", () => {
		const report = sampleReport(binary, { hostile: true });
		assert.deepEqual(parseReport(formatJson(report), "x.json"), JSON.parse(formatJson(report)));
	});

	it("reads ASCII and UTF-8 files alike", () => {
		const report = JSON.parse(formatJson(sampleReport(binary)));
		const ascii = write("ascii.json", formatJson(report));
		assert.deepEqual(readReport(ascii), report);
		report.binaries[0].functions[0].name = "größe_名前_🙂";
		report.binaries[0].functions[0].file = "/src/ünïcode/ファイル.c";
		const utf8 = write("utf8.json", formatJson(report));
		assert.deepEqual(readReport(utf8), report);
	});

	it("names the file and what is wrong", () => {
		const good = JSON.parse(formatJson(sampleReport(binary)));
		const cases: Array<[string, string, RegExp]> = [
			[
				"truncated",
				formatJson(sampleReport(binary)).slice(0, 200),
				/truncated\.json is not a valid xcover report: not JSON/,
			],
			["array", "[]", /not a JSON object/],
			["type", JSON.stringify({ ...good, mode: "fast" }), /\/mode must be equal to one of the allowed values/],
			[
				"field",
				JSON.stringify({ ...good, binaries: [{ ...good.binaries[0], functions: [{ names: ["x"] }] }] }),
				/\/binaries\/0\/functions\/0 lacks the field "offset"/,
			],
			["newer", JSON.stringify({ ...good, schema_version: 7 }), /schema_version 7, newer than this xcover reads/],
			[
				"totals",
				JSON.stringify({ ...good, binaries: [{ ...good.binaries[0], functions: [] }] }),
				/totals do not add up/,
			],
		];
		for (const [name, text, message] of cases) {
			const path = write(`${name}.json`, text);
			assert.throws(
				() => readReport(path),
				(err: Error) => err instanceof ReportInputError && message.test(err.message) && err.message.includes(path),
				name,
			);
		}
		assert.throws(() => readReport(join(dir, "missing.json")), /cannot read the report .*missing\.json: no such file/);
	});

	it("xcover report on a malformed file: one line naming it, nothing written", () => {
		const bad = write("bad.json", '{"schema_version": 1, "mode": 3}');
		const out = join(dir, "bad-out");
		const r = xcover(["report", bad, "--format", "html,lcov", "--output-dir", out]);
		assert.equal(r.code, 1, r.stderr);
		const lines = r.stderr.trimEnd().split("\n");
		assert.match(lines[0] ?? "", /^xcover: error: .*bad\.json is not a valid xcover report: /);
		assert.equal(lines.length, 2, r.stderr);
		assert.equal(existsSync(out), false);
	});
});

describe("format names", () => {
	it("takes repeated flags and comma lists, each format once", () => {
		assert.deepEqual(parseFormats(["html,lcov", "cobertura", " html ", "LCOV,,markdown"]), [
			"html",
			"lcov",
			"cobertura",
			"markdown",
		]);
		assert.throws(
			() => parseFormats(["html,pdf"]),
			(e: Error) => e instanceof UsageError && /"pdf"/.test(e.message),
		);
	});
});

describe("Cobertura", () => {
	it("is valid against coverage-04.dtd, also with hostile names", () => {
		for (const hostile of [false, true]) {
			const path = write(`cobertura-${hostile}.xml`, formatCobertura(buildModel(sampleReport(binary, { hostile }))));
			const r = sh("xmllint", ["--nonet", "--noout", "--dtdvalid", dtd, path]);
			assert.equal(r.code, 0, r.stderr);
			assert.doesNotMatch(r.stderr, /error/i);
		}
	});

	it("encodes function coverage as line coverage, one package per source directory", () => {
		const report = sampleReport(binary);
		const xml = formatCobertura(buildModel(report));
		assert.match(xml, /<coverage line-rate="0\.6000" branch-rate="1" lines-covered="6" lines-valid="10" /);
		assert.match(xml, new RegExp(`<source>${sampleSources}</source>`));
		const packages = [...xml.matchAll(/<package name="([^"]*)" line-rate="([^"]*)"/g)].map((m) => [m[1], m[2]]);
		assert.deepEqual(packages, [
			[".", "0.6667"],
			["lib", "0.5000"],
			[binary, "0.6667"],
		]);
		assert.match(
			xml,
			/<method name="area" signature="area" line-rate="1" branch-rate="1" complexity="0"><lines><line number="4" hits="3" branch="false"\/><\/lines><\/method>/,
		);
		assert.doesNotMatch(xml, /diagonal_squared/, "unprobeable functions are not measured");
		const hostile = formatCobertura(buildModel(sampleReport(binary, { hostile: true })));
		assert.match(hostile, /name="&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
		assert.match(hostile, /name="ctl\ufffdchar &amp; \ufffd &quot;quoted&quot; &apos;single&apos;"/);
	});
});

describe("LCOV", () => {
	const parseTotals = (text: string) => {
		const m = /functions\.*: [\d.]+% \((\d+) of (\d+) functions\)/.exec(text);
		return m ? { hit: Number(m[1]), found: Number(m[2]) } : undefined;
	};

	it("lcov --summary and genhtml read it without warnings, with our function totals", () => {
		const report = sampleReport(binary);
		const path = write("sample.info", formatLcov(buildModel(report)));
		const summary = sh("lcov", ["--summary", path]);
		assert.equal(summary.code, 0, summary.stderr);
		assert.doesNotMatch(summary.stdout + summary.stderr, /warning|error/i);
		assert.deepEqual(parseTotals(summary.stdout + summary.stderr), { hit: 6, found: 10 });
		const html = sh("genhtml", ["--output-directory", join(dir, "genhtml"), path]);
		assert.equal(html.code, 0, html.stderr);
		assert.doesNotMatch(html.stdout + html.stderr, /warning|error/i);
		assert.deepEqual(parseTotals(html.stdout), { hit: 6, found: 10 });
	});

	it("has FN/FNDA with counts, DA at function entries, and the binary for functions without a file", () => {
		const text = formatLcov(buildModel(sampleReport(binary)));
		const geometry = text.split("end_of_record")[0] ?? "";
		assert.match(geometry, new RegExp(`^TN:\nSF:${join(sampleSources, "geometry.c")}\n`));
		assert.match(geometry, /^FN:4,area$/m);
		assert.match(geometry, /^FNDA:3,area$/m);
		assert.match(geometry, /^FNDA:0,perimeter$/m);
		assert.match(geometry, /^FNF:3\nFNH:2$/m);
		assert.match(geometry, /^DA:4,3\nDA:8,0\nDA:16,2\nLF:3\nLH:2$/m);
		assert.match(
			text,
			new RegExp(`SF:${binary}\nFN:1,main\\.\\(\\*Server\\)\\.handle\nFN:2,_start\nFN:3,helper_without_source\n`),
		);
		assert.match(text, /^FN:14,lerp\(int; int\)\nFN:15,lerp\(int; long\)$/m);
		const firstHit = formatLcov(buildModel(sampleReport(binary, { mode: "first-hit" })));
		assert.match(firstHit, /^FNDA:1,area$/m);
	});
});

describe("line breaks in names cannot forge records", () => {
	// Every character some line-based reader splits on, each followed by a forged record.
	const breaks = ["\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"];
	const forged = (b: string) => `x${b}end_of_record${b}SF:/etc/passwd${b}DA:1,1`;
	const hostile = () => {
		const report = sampleReport(binary);
		const fns = report.binaries[0]?.functions ?? [];
		breaks.forEach((b, i) => {
			const f = fns[i];
			assert.ok(f);
			f.name = forged(b);
			if (f.file !== undefined) f.file = `${f.file}${forged(b)}`;
		});
		return report;
	};
	// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters under test
	const splitAll = (text: string) => text.split(/[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/);

	it("LCOV: split on any of them, every line is one record field of ours", () => {
		const text = formatLcov(buildModel(hostile()));
		const lines = splitAll(text).filter((l) => l !== "");
		for (const line of lines) assert.match(line, /^(TN:|SF:|FN:|FNDA:|FNF:|FNH:|DA:|LF:|LH:|end_of_record$)/, line);
		assert.ok(!lines.includes("SF:/etc/passwd"));
		assert.equal(lines.filter((l) => l === "end_of_record").length, text.split("\nend_of_record").length - 1);
	});

	it("Markdown: none of them is left in the text", () => {
		const text = formatMarkdown(hostile());
		for (const b of breaks.slice(2)) assert.ok(!text.includes(b), `U+${b.codePointAt(0)?.toString(16)}`);
		assert.ok(!splitAll(text).some((l) => l.startsWith("SF:/etc/passwd")));
	});
});

describe("Markdown", () => {
	it("shows the totals, a table per binary and the largest uncovered areas", () => {
		const md = formatMarkdown(sampleReport(binary));
		assert.match(md, /\*\*60\.00%\*\* of functions ran \(6 of 10\)/);
		assert.match(md, /1 functions could not be probed/);
		assert.match(md, /\| paths \| 60\.00% \| 6\/10 \|/);
		assert.match(md, /### Largest uncovered areas/);
	});

	it("escapes names, so nothing renders as HTML, a link, a mention or a table cell", () => {
		const md = formatMarkdown(sampleReport(binary, { hostile: true }));
		assert.doesNotMatch(md, /<script>/);
		assert.match(md, /&lt;script&gt;alert\\\(1\\\)&lt;\/script&gt;/);
		assert.match(md, /a\\\|b\\\*c\\_\\\[x\\\]\\\(y\\\) \\`tick\\` \\@\u2060here/);
		assert.match(md, /ctl\ufffdchar &amp; \ufffd "quoted" 'single'/);
	});

	it("through a GFM renderer, no name becomes a link, an image, a mention, a reference or math", () => {
		const names = [
			"x <a@b.example>",
			"a\\@b\\.example",
			"ping @octocat",
			"fixes #123 and owner/repo#1 and GH-1",
			"$x^2$ math",
			"\u202eevil\u2066",
			"see http://evil.example/x and www.evil.example",
			"![img](http://x.example/y.png) [link](http://x.example)",
		];
		const report = sampleReport(binary);
		const fns = (report.binaries[0]?.functions ?? []).filter((f) => !f.covered && !f.unprobeable);
		assert.ok(fns.length >= 2);
		// Uncovered functions are listed by name; give each the hostile names in turn.
		for (let i = 0; i < names.length; i += fns.length) {
			fns.forEach((f, k) => {
				f.name = names[(i + k) % names.length] as string;
			});
			const md = formatMarkdown(report);
			const html = marked.parse(md, { gfm: true, async: false }) as string;
			assert.doesNotMatch(html, /<a |<img /, html);
			for (const ch of ["\u202e", "\u2066"]) assert.ok(!html.includes(ch));
			const text = html.replace(/<[^>]+>/g, "");
			// What GitHub reads as a mention, reference or autolink has a word joiner in it.
			assert.doesNotMatch(text, /@[A-Za-z0-9]|#\d|GH-\d|:\/\/|www\./);
			// Math starts at an unescaped `$`: every `$` in the source has its backslash.
			assert.doesNotMatch(md, /(^|[^\\])\$/m);
		}
	});

	it("reports the change against a baseline and stays within the length limit", () => {
		const base = sampleReport(binary, { mode: "first-hit" });
		const head = JSON.parse(formatJson(base));
		for (const f of head.binaries[0].functions) if (f.name === "lerp") f.covered = true;
		for (const t of [head.binaries[0].totals, head.totals]) {
			t.covered++;
			t.percent = (t.covered / t.traced) * 100;
		}
		const diff = diffReports(base, head);
		const md = formatMarkdown(head, { diff });
		assert.match(md, /\*\*\+10\.00 pp\*\* against the baseline \(60\.00%\)/);
		assert.match(md, /Newly covered \(1\)[\s\S]*\*\*lerp\*\*/);
		for (const maxLength of [300, md.length - 1]) {
			const cut = formatMarkdown(head, { diff, maxLength });
			assert.ok(cut.length <= maxLength, `${cut.length} > ${maxLength}`);
			assert.match(cut, /cut to fit/);
		}
	});

	it("is the same from the model writeFormats already built", () => {
		const report = sampleReport(binary, { hostile: true });
		const model = buildModel(report);
		assert.equal(formatMarkdown(model), formatMarkdown(report));
		const diff = diffReports(sampleReport(binary), report);
		assert.equal(formatMarkdown(model, { diff, maxLength: 2000 }), formatMarkdown(report, { diff, maxLength: 2000 }));
		const out = join(dir, "md");
		writeFormats(report, ["markdown"], out);
		assert.equal(readFileSync(join(out, REPORT_FILES.markdown), "utf8"), formatMarkdown(report));
	});

	it("cuts a huge report to 65,536 characters", () => {
		const report = JSON.parse(formatJson(sampleReport(binary)));
		const b = report.binaries[0];
		for (let i = 0; i < 3000; i++) {
			b.functions.push({
				names: [`f${i}`],
				offset: 0x100000 + i,
				size: 1,
				covered: false,
				unprobeable: false,
				file: `/src/dir${i}/${"long_name_".repeat(5)}${i}.c`,
			});
		}
		const md = formatMarkdown(report);
		assert.ok(md.length <= 65536);
		const base = JSON.parse(formatJson(sampleReport(binary)));
		const diff = diffReports(base, report);
		assert.equal(diff.added.length, 3000);
		const withDiff = formatMarkdown(report, { diff });
		assert.ok(withDiff.length <= 65536);
		assert.match(withDiff, /…and 2950 more/);
	});
});

describe("writeFormats and xcover report", () => {
	it("writes every format atomically into the output directory", () => {
		const report = sampleReport(binary);
		const out = join(dir, "all");
		const written = writeFormats(report, parseFormats(["json,cobertura,lcov,html,markdown,badge"]), out);
		assert.deepEqual(
			written.map((w) => w.path),
			Object.values(REPORT_FILES).map((f) => join(out, f)),
		);
		assert.deepEqual(readdirSync(out).sort(), Object.values(REPORT_FILES).sort(), "no temp files left");
		assert.deepEqual(JSON.parse(readFileSync(join(out, REPORT_FILES.json), "utf8")), JSON.parse(formatJson(report)));
	});

	it("xcover report writes the chosen formats and prints their paths", () => {
		const input = write("input.json", formatJson(sampleReport(binary)));
		const out = join(dir, "cli-out");
		const r = xcover(["report", input, "-f", "cobertura", "--format", "lcov,markdown", "--output-dir", out]);
		assert.equal(r.code, 0, r.stderr);
		assert.deepEqual(r.stdout.trim().split("\n"), [
			join(out, "cobertura.xml"),
			join(out, "lcov.info"),
			join(out, "xcover-summary.md"),
		]);
		assert.equal(r.stderr, "");
		const defaults = join(dir, "defaults");
		mkdirSync(defaults);
		const copy = join(defaults, "r.json");
		writeFileSync(copy, readFileSync(input));
		const short = join(dir, "cli-short");
		assert.equal(xcover(["report", input, "-f", "lcov", "-o", short]).code, 0);
		assert.deepEqual(readdirSync(short), ["lcov.info"]);
		const old = join(dir, "cli-old");
		assert.equal(xcover(["report", input, "-f", "lcov", "--output", old]).code, 0, "--output is still accepted");
		assert.deepEqual(readdirSync(old), ["lcov.info"]);
		assert.equal(xcover(["report", copy]).code, 0);
		assert.deepEqual(readdirSync(defaults).sort(), [
			"cobertura.xml",
			"lcov.info",
			"r.json",
			"xcover-report.html",
			"xcover-summary.md",
		]);
	});

	it("usage errors are one line with a hint", () => {
		const r = xcover(["report", join(dir, "input.json"), "--format", "pdf"]);
		assert.equal(r.code, 2);
		assert.match(r.stderr, /^xcover: error: unknown report format "pdf"\n {2}Choose from json, cobertura/);
		assert.equal(xcover(["report"]).code, 2);
		for (const c of ["report", "merge", "diff"]) {
			const help = xcover([c, "--help"]);
			assert.equal(help.code, 0);
			assert.match(help.stdout, new RegExp(`^Usage: xcover ${c} `));
		}
		assert.match(xcover(["--help"]).stdout, /^ {2}report /m);
		assert.match(xcover(["report", "--help"]).stdout, /^ {2}-o, --output-dir DIR /m);
	});

	it("usage errors of report, merge and diff point to the command's own help", () => {
		const input = join(dir, "input.json");
		const wrong: string[][] = [
			["diff", input, input, "--format=html"],
			["diff", input, input, "--format", "pdf"],
			["diff", input, input, "--bogus"],
			["merge", input, "-o", join(dir, "m.json"), "--bogus"],
			["report", input, "--bogus"],
			["report", input, "--output-dir"],
		];
		for (const args of wrong) {
			const r = xcover(args);
			assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
			assert.match(r.stderr, new RegExp(`Run \`xcover ${args[0]} --help\``), args.join(" "));
		}
		assert.match(xcover(["diff", input, input, "--format=html"]).stderr, /--format must be text, markdown or json/);
	});
});
