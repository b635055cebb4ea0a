// xcover-test: root
/**
 * `xcover merge` and `xcover diff` on reports of real traced runs: a small C program whose
 * arguments choose which functions run, traced twice, and a second build of it.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { type CoverageDiff, diffReports } from "../src/report/diff.js";
import { formatJson } from "../src/report/json.js";
import { MergeConflictError, mergeReportFiles, mergeReports } from "../src/report/merge.js";
import { parseReport } from "../src/report/readReport.js";
import type { CoverageReport } from "../src/report/report.js";
import { sampleReport } from "./fixtures/report/sample.js";
import { compile, coveredNames, needsBpf, type Report, readReport, sh, workDir, xcover } from "./helpers.js";

const dir = workDir("merge");
const state = join(dir, "state");
const bin = join(dir, "paths");
const ours = /^(main|path_\w+)$/;

function traced(out: string, args: string[], mode = "first-hit", extra: string[] = []): Report {
	const r = xcover([
		"run",
		"--state-dir",
		state,
		"--mode",
		mode,
		"--path",
		bin,
		"-o",
		out,
		...extra,
		"--",
		bin,
		...args,
	]);
	assert.equal(r.code, 0, r.stderr);
	return readReport(out);
}

function names(refs: CoverageDiff["added"]): string[] {
	return refs.map((r) => r.name).filter((n) => ours.test(n));
}

describe("merge and diff of real runs", needsBpf, () => {
	const a = join(dir, "a.json");
	const b = join(dir, "b.json");
	const c = join(dir, "c.json");
	let firstBuildId: string | null = null;

	it("merges two runs: the union of covered functions, calls summed", () => {
		compile(bin, ["report/paths.c"]);
		const ra = traced(a, ["add", "add"], "count", ["--format", "lcov,markdown", "--output-dir", join(dir, "a-out")]);
		assert.match(readFileSync(join(dir, "a-out", "lcov.info"), "utf8"), /^FNDA:2,path_add$/m);
		assert.ok(existsSync(join(dir, "a-out", "xcover-summary.md")));
		const summary = sh("lcov", ["--summary", join(dir, "a-out", "lcov.info")]);
		assert.equal(summary.code, 0, summary.stderr);
		assert.doesNotMatch(summary.stdout + summary.stderr, /warning|error/i);
		assert.match(
			summary.stderr + summary.stdout,
			new RegExp(`\\(${ra.totals.covered} of ${ra.totals.traced} functions\\)`),
		);
		const rb = traced(b, ["mul", "neg"], "count");
		firstBuildId = ra.binaries[0]?.build_id ?? null;
		assert.deepEqual(coveredNames(ra, ours), ["main", "path_add", "path_common"]);
		assert.deepEqual(coveredNames(rb, ours), ["main", "path_common", "path_mul", "path_neg"]);
		const merged = join(dir, "merged.json");
		const r = xcover(["merge", a, b, "-o", merged]);
		assert.equal(r.code, 0, r.stderr);
		assert.match(r.stderr, /merged 2 reports: coverage/);
		const m = readReport(merged);
		assert.deepEqual(coveredNames(m, ours), ["main", "path_add", "path_common", "path_mul", "path_neg"]);
		const calls = Object.fromEntries(
			(m.binaries[0]?.functions ?? []).filter((f) => ours.test(f.names[0] ?? "")).map((f) => [f.names[0], f.calls]),
		);
		assert.deepEqual(calls, { main: 2, path_add: 2, path_common: 2, path_mul: 1, path_neg: 1, path_never: 0 });
		assert.equal(m.mode, "count");
		assert.equal(m.funcs_ack.length, m.totals.covered);
	});

	it("diffs two runs of one build: newly covered and uncovered", () => {
		const r = xcover(["diff", a, b, "--format", "json"]);
		assert.equal(r.code, 0, r.stderr);
		const diff = JSON.parse(r.stdout) as CoverageDiff;
		assert.deepEqual(names(diff.newlyCovered), ["path_mul", "path_neg"]);
		assert.deepEqual(names(diff.newlyUncovered), ["path_add"]);
		assert.deepEqual([diff.added, diff.removed], [[], []]);
		const text = xcover(["diff", a, b]);
		assert.equal(text.code, 0, text.stderr);
		assert.match(text.stdout, /^coverage [\d.]+% -> [\d.]+% \([+-]?[\d.±]+ pp\)/);
		assert.match(
			text.stdout,
			/^newly covered \(2\):\n {2}paths {2}path_mul( .*paths\.c:\d+)?\n {2}paths {2}path_neg( .*paths\.c:\d+)?$/m,
		);
		const md = xcover(["diff", a, b, "--format", "markdown"]);
		assert.match(md.stdout, /Newly uncovered \(1\)[\s\S]*\*\*path\\_add\*\*/);
	});

	it("refuses to merge different builds of one path unless forced, and diffs them by name", () => {
		compile(bin, ["report/paths.c"], ["-DSECOND_BUILD", "-Wl,--build-id=sha1"]);
		const rc = traced(c, ["add"]);
		const secondBuildId = rc.binaries[0]?.build_id ?? null;
		assert.notEqual(secondBuildId, firstBuildId);
		const out = join(dir, "refused.json");
		const r = xcover(["merge", a, c, "-o", out]);
		assert.equal(r.code, 1);
		assert.equal(
			r.stderr.split("\n")[0],
			`xcover: error: ${bin} is a different build in ${a} (build-id ${firstBuildId}) and in ${c} (build-id ${secondBuildId})`,
		);
		assert.match(r.stderr, /--force/);
		assert.equal(existsSync(out), false);
		const forced = xcover(["merge", a, c, "-o", out, "--force"]);
		assert.equal(forced.code, 0, forced.stderr);
		const m = readReport(out);
		assert.equal(m.mode, "first-hit", "count and first-hit runs merge as first-hit");
		assert.ok(coveredNames(m, ours).includes("path_add"));
		const ourNames = (m.binaries[0]?.functions ?? []).map((f) => f.names[0] ?? "").filter((n) => ours.test(n));
		assert.deepEqual(
			[...ourNames].sort(),
			[...new Set(ourNames)].sort(),
			"each function once, though offsets moved between the builds",
		);
		assert.ok(ourNames.includes("path_extra") && ourNames.includes("path_never"));

		const diff = JSON.parse(xcover(["diff", a, c, "--format", "json"]).stdout) as CoverageDiff;
		assert.deepEqual(names(diff.added), ["path_extra"]);
		assert.deepEqual(names(diff.removed), ["path_never"]);
		assert.deepEqual(names(diff.newlyCovered), []);
		assert.deepEqual(names(diff.newlyUncovered), []);
	});

	it("xcover stop --format writes the formats next to the report", async () => {
		const report = join(dir, "daemon", "d.json");
		mkdirSync(join(dir, "daemon"));
		const start = xcover(["run", "--detach", "--state-dir", state, "--path", bin, "-o", report]);
		assert.equal(start.code, 0, start.stderr);
		assert.equal(sh(bin, ["neg"]).code, 0);
		const stop = xcover(["stop", "--state-dir", state, "--format", "cobertura", "-f", "json"]);
		assert.equal(stop.code, 0, stop.stderr);
		assert.deepEqual(readdirSync(join(dir, "daemon")).sort(), ["cobertura.xml", "d.json", "xcover-report.json"]);
		assert.match(stop.stderr, /wrote cobertura report .*cobertura\.xml/);
		const detached = xcover(["run", "--detach", "--state-dir", state, "--path", bin, "--format", "html"]);
		assert.equal(detached.code, 2);
		assert.match(detached.stderr, /--format is for `xcover stop`/);
	});

	it("errors name the file", () => {
		const r = xcover(["merge", a, join(dir, "nope.json"), "-o", join(dir, "x.json")]);
		assert.equal(r.code, 1);
		assert.match(r.stderr, /^xcover: error: cannot read the report .*nope\.json: no such file\n/);
		assert.equal(xcover(["merge", a]).code, 2, "-o is required");
		assert.equal(xcover(["diff", a]).code, 2);
		assert.match(xcover(["diff", a, b, "--format", "pdf"]).stderr, /--format must be text, markdown or json/);
	});
});

describe("merge and diff rules", () => {
	const copy = (r: CoverageReport): CoverageReport => JSON.parse(formatJson(r));

	it("a function unprobeable in one report is neither newly covered nor uncovered", () => {
		const base = sampleReport("/bin/app", { mode: "first-hit" });
		const head = copy(base);
		const perimeter = head.binaries[0]?.functions.find((f) => f.name === "perimeter");
		assert.ok(perimeter);
		perimeter.unprobeable = true;
		perimeter.unprobeable_reason = "ENOTSUPP";
		const diamond = head.binaries[0]?.functions.find((f) => f.name === "diagonal_squared");
		assert.ok(diamond);
		diamond.unprobeable = false;
		diamond.covered = true;
		delete diamond.unprobeable_reason;
		const diff = diffReports(base, head);
		assert.deepEqual([diff.newlyCovered, diff.newlyUncovered, diff.added, diff.removed], [[], [], [], []]);
	});

	it("counts saturate at 2^53 − 1: a merge never writes a number its reader refuses", () => {
		const a = sampleReport("/bin/app", { mode: "count" });
		const b = copy(a);
		for (const r of [a, b])
			for (const f of r.binaries[0]?.functions ?? []) if (f.calls) f.calls = Number.MAX_SAFE_INTEGER - 1;
		const merged = mergeReports([
			{ report: a, source: "a.json" },
			{ report: b, source: "b.json" },
		]);
		const calls = (merged.binaries[0]?.functions ?? []).map((f) => f.calls ?? 0).filter((c) => c > 0);
		assert.ok(calls.length > 0);
		for (const c of calls) assert.equal(c, Number.MAX_SAFE_INTEGER);
		// What merge writes reads back; a count past 2^53 − 1 (calls: 1e308) is refused with one line.
		const text = formatJson(merged);
		assert.doesNotThrow(() => parseReport(text, "merged.json"));
		const huge = JSON.parse(text) as CoverageReport;
		const first = huge.binaries[0]?.functions.find((f) => (f.calls ?? 0) > 0);
		assert.ok(first);
		first.calls = 1e308;
		assert.throws(
			() => parseReport(JSON.stringify(huge), "huge.json"),
			/huge\.json is not a valid xcover report: .*calls must be <= 9007199254740991/,
		);
	});

	it("merging is a union over functions, and covered wins over unprobeable", () => {
		const a = sampleReport("/bin/app", { mode: "first-hit" });
		const b = copy(a);
		for (const f of b.binaries[0]?.functions ?? []) {
			if (f.name === "lerp") f.covered = true;
			if (f.name === "diagonal_squared") Object.assign(f, { unprobeable: false, covered: true });
		}
		const m = mergeReports([
			{ report: a, source: "a.json" },
			{ report: b, source: "b.json" },
		]);
		assert.deepEqual(m.totals, { functions: 11, traced: 11, covered: 8, unprobeable: 0, percent: (8 / 11) * 100 });
		assert.deepEqual(
			m.binaries[0]?.source_files?.map((s) => [s.covered, s.traced]),
			[
				[3, 4],
				[3, 4],
			],
		);
		assert.throws(
			() =>
				mergeReports([
					{ report: a, source: "a.json" },
					{ report: sampleReport("/bin/app", { buildId: "beef" }), source: "c.json" },
				]),
			(e: Error) =>
				e instanceof MergeConflictError && /build-id c0ffee\) and in c\.json \(build-id beef\)/.test(e.message),
		);
	});

	const shifted = (r: CoverageReport, by: number, buildId: string): CoverageReport => {
		const out = copy(r);
		for (const b of out.binaries) {
			b.build_id = buildId;
			for (const f of b.functions) f.offset += by;
		}
		return out;
	};
	const coveredOf = (r: CoverageReport) =>
		(r.binaries[0]?.functions ?? [])
			.filter((f) => f.covered)
			.map((f) => f.name)
			.sort();

	it("forced across builds, functions are matched by name: moved offsets do not count twice", () => {
		const a = sampleReport("/bin/app");
		const b = shifted(a, 16, "beef");
		for (const f of b.binaries[0]?.functions ?? []) {
			if (f.name === "lerp") Object.assign(f, { covered: true, calls: 4 });
			if (f.name === "area") Object.assign(f, { covered: false, calls: 0 });
		}
		const inputs = [
			{ report: a, source: "a.json" },
			{ report: b, source: "b.json" },
		];
		assert.throws(() => mergeReports(inputs), MergeConflictError);
		const m = mergeReports(inputs, { force: true });
		assert.equal(m.totals.functions, a.totals.functions);
		assert.equal(m.totals.unprobeable, a.totals.unprobeable);
		assert.deepEqual(coveredOf(m), [...new Set([...coveredOf(a), ...coveredOf(b)])].sort());
		assert.equal(m.totals.covered, coveredOf(m).length);
		const calls = Object.fromEntries((m.binaries[0]?.functions ?? []).map((f) => [f.name, f.calls]));
		assert.equal(calls.lerp, 4);
		assert.equal(calls.area, 3);
		assert.equal(m.binaries[0]?.build_id, "c0ffee", "the first report's build-id");
		// A third run, of the first build again, still matches by name.
		const again = mergeReports([...inputs, { report: copy(a), source: "c.json" }], { force: true });
		assert.equal(again.totals.functions, a.totals.functions);
		assert.equal(again.binaries[0]?.functions.find((f) => f.name === "area")?.calls, 6);
	});

	it("one build keeps matching by offset and symbol, also when forced", () => {
		const a = sampleReport("/bin/app", { mode: "first-hit" });
		const b = shifted(a, 16, "c0ffee");
		const m = mergeReports(
			[
				{ report: a, source: "a.json" },
				{ report: b, source: "b.json" },
			],
			{ force: true },
		);
		assert.equal(m.totals.functions, 2 * a.totals.functions, "same build-id: offsets are taken as they are");
		assert.equal(m.mode, "first-hit");
		assert.ok(m.binaries[0]?.functions.every((f) => f.calls === undefined));
		const mixed = mergeReports([
			{ report: sampleReport("/bin/app"), source: "count.json" },
			{ report: a, source: "first-hit.json" },
		]);
		assert.equal(mixed.mode, "first-hit");
		assert.ok(
			mixed.binaries[0]?.functions.every((f) => !("calls" in f)),
			"calls only when every run counted",
		);
	});

	it("merges report files one at a time, as `xcover merge` does", () => {
		const a = sampleReport("/bin/app");
		const paths = [0, 1, 2].map((i) => {
			const path = join(dir, `files-${i}.json`);
			writeFileSync(path, formatJson(i === 1 ? shifted(a, 32, "beef") : a));
			return path;
		});
		const seen: string[] = [];
		const m = mergeReportFiles(paths, { force: true, onRead: (_done, _total, path) => seen.push(path) });
		assert.deepEqual(seen, paths);
		assert.equal(m.totals.functions, a.totals.functions);
		assert.equal(m.binaries[0]?.functions.find((f) => f.name === "area")?.calls, 9);
		assert.throws(() => mergeReportFiles(paths), MergeConflictError);
	});
});
