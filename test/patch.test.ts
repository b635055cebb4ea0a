// xcover-test: root
/**
 * Patch coverage on a repository built here: a base commit, a head commit that changes add and
 * mul, adds divide and a branch of main, and edits the README; the head binary traced with real
 * uprobes while a test runs add and mul. gcov, on the same commands, is the oracle for which
 * changed lines are code and which ran.
 */
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { marked } from "marked";
import type { PatchCoverage } from "../src/patch/coverage.js";
import { cli, cliEnv, fixtures, must, needsBpf, sh, workDir, xcover } from "./helpers.js";

const dir = workDir("patch");
const repo = join(dir, "repo");
const git = (...args: string[]) =>
	must("git", ["-C", repo, "-c", "user.email=ci@example.invalid", "-c", "user.name=ci", ...args]);

function makeRepository(): void {
	must("git", ["init", "-q", "-b", "main", repo]);
	copyFileSync(join(fixtures, "patch", "base.c"), join(repo, "calc.c"));
	writeFileSync(join(repo, "README.md"), "# calc\n");
	git("add", ".");
	git("commit", "-qm", "base");
	git("checkout", "-qb", "feature");
	copyFileSync(join(fixtures, "patch", "head.c"), join(repo, "calc.c"));
	writeFileSync(join(repo, "README.md"), "# calc\n\nAdds, subtracts, multiplies, divides.\n");
	git("commit", "-qam", "head");
}

/** The test suite of the fixture: add and mul run, sub and divide do not. */
const TESTS = "./calc add 1 2 && ./calc mul 3 4";

/** gcov's view of the changed lines: which are code, which ran. */
function gcovLines(changed: number[]): { code: Set<number>; ran: Set<number> } {
	must("gcc", ["-O0", "--coverage", "-o", join(repo, "calc-gcov"), join(repo, "calc.c")]);
	must("sh", ["-c", `cd ${repo} && ./calc-gcov add 1 2 && ./calc-gcov mul 3 4`]);
	const text = must("sh", ["-c", `cd ${repo} && gcov -t calc-gcov-calc.gcda`]);
	const code = new Set<number>();
	const ran = new Set<number>();
	for (const row of text.split("\n")) {
		const m = /^\s*([^:]+):\s*(\d+):/.exec(row);
		if (!m || !changed.includes(Number(m[2]))) continue;
		const count = (m[1] as string).trim();
		if (count === "-") continue;
		code.add(Number(m[2]));
		if (!count.startsWith("#")) ran.add(Number(m[2]));
	}
	return { code, ran };
}

function patch(report: string, ...args: string[]): PatchCoverage {
	const r = xcover(["patch", report, "--source-root", repo, "--format", "json", ...args]);
	assert.equal(r.code, 0, r.stderr);
	return JSON.parse(r.stdout) as PatchCoverage;
}

const headLines = readFileSync(join(fixtures, "patch", "head.c"), "utf8").split("\n");
const lineOf = (needle: string) => headLines.findIndex((l) => l.includes(needle)) + 1;

describe("patch coverage", needsBpf, () => {
	makeRepository();
	const bin = join(repo, "calc");
	must("gcc", ["-O0", "-g", "-o", bin, join(repo, "calc.c")]);
	const reports = { line: join(dir, "line.json"), function: join(dir, "function.json") };
	for (const [granularity, out] of Object.entries(reports)) {
		const r = xcover([
			"run",
			"--path",
			bin,
			"--granularity",
			granularity,
			"-o",
			out,
			"--",
			"sh",
			"-c",
			`cd ${repo} && ${TESTS}`,
		]);
		assert.equal(r.code, 0, r.stderr);
	}
	const changed = git("diff", "-U0", "main...HEAD", "--", "calc.c")
		.split("\n")
		.flatMap((l) => {
			const m = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(l);
			if (!m) return [];
			const start = Number(m[1]);
			return Array.from({ length: m[2] === undefined ? 1 : Number(m[2]) }, (_, i) => start + i);
		});

	it("in line granularity: the changed lines that are code, and which of them ran, as gcov says", () => {
		const p = patch(reports.line, "--base", "main");
		const oracle = gcovLines(changed);
		const file = p.files.find((f) => f.path === "calc.c");
		assert.ok(file);
		const uncovered = new Set(
			file.uncovered.flatMap((g) => Array.from({ length: g.to - g.from + 1 }, (_, i) => g.from + i)),
		);
		// gcov gives a function's closing brace no count; its epilogue has a line-table row, so
		// xcover measures it: divide's never ran. Every other line agrees.
		const divideEnd = lineOf("return a / b;") + 1;
		assert.equal(headLines[divideEnd - 1], "}");
		assert.deepEqual(
			[...uncovered].sort((a, b) => a - b),
			[...oracle.code]
				.filter((l) => !oracle.ran.has(l))
				.concat(divideEnd)
				.sort((a, b) => a - b),
		);
		assert.equal(file.covered, oracle.ran.size);
		assert.equal(file.measurable, oracle.code.size + 1);
		assert.deepEqual(
			{ measurable: p.totals.measurable, covered: p.totals.covered, percent: p.totals.percent },
			{ measurable: 13, covered: 4, percent: (4 / 13) * 100 },
		);
		assert.deepEqual(
			file.uncovered.map((g) => [g.from, g.to, g.function]),
			[
				[lineOf("return 1000000;"), lineOf("return 1000000;"), "add"],
				[lineOf("return mul(-a, -b);"), lineOf("return mul(-a, -b);"), "mul"],
				[lineOf("int divide("), divideEnd, "divide"],
				[lineOf('"div") == 0'), lineOf("divide(a, b));"), "main"],
			],
		);
		assert.deepEqual(p.unmeasured, ["README.md"]);
	});

	it("in function granularity: the functions the change touches", () => {
		const p = patch(reports.function, "--base", "main");
		assert.deepEqual(
			{ measurable: p.totals.measurable, covered: p.totals.covered, percent: p.totals.percent },
			{ measurable: 4, covered: 3, percent: 75 },
		);
		assert.deepEqual(
			p.files[0]?.uncovered.map((g) => g.function),
			["divide"],
		);
	});

	it("takes the diff from standard input or a file, with the same result as --base", () => {
		const text = git("diff", "main...HEAD");
		const viaStdin = sh(
			process.execPath,
			[cli, "patch", reports.line, "--diff", "-", "--source-root", repo, "--format", "json"],
			{ input: text, env: cliEnv() },
		);
		assert.equal(viaStdin.code, 0, viaStdin.stderr);
		const file = join(dir, "change.diff");
		writeFileSync(file, text);
		assert.deepEqual(JSON.parse(viaStdin.stdout), patch(reports.line, "--base", "main"));
		assert.deepEqual(patch(reports.line, "--diff", file), patch(reports.line, "--base", "main"));
	});

	it("matches a report whose build folder is not the checkout by the path's end", () => {
		// The binary was built in the repository; the same report read from another checkout.
		const moved = JSON.parse(readFileSync(reports.line, "utf8").replaceAll(repo, "/build/elsewhere/calc-1.0"));
		const path = join(dir, "moved.json");
		writeFileSync(path, JSON.stringify(moved));
		const p = patch(path, "--base", "main");
		assert.equal(p.totals.measurable, 13);
		assert.equal(p.totals.covered, 4);
	});

	it("text and markdown name every line that did not run; the gate fails below the threshold", () => {
		const text = xcover(["patch", reports.line, "--base", "main", "--source-root", repo]);
		assert.equal(text.code, 0, text.stderr);
		assert.match(text.stdout, /^patch coverage 30\.77% \(4\/13 changed lines\)\n/);
		assert.match(text.stdout, new RegExp(`calc\\.c:${lineOf("int divide(")}-${lineOf("return a / b;") + 1} in divide`));
		assert.match(text.stdout, /1 changed file has no code in the report: README\.md/);
		const md = xcover(["patch", reports.line, "--base", "main", "--source-root", repo, "--format", "markdown"]);
		const html = marked.parse(md.stdout, { async: false, gfm: true });
		assert.match(html, /<h3>Patch coverage: 30\.77%<\/h3>/);
		assert.equal((html.match(/<tr>/g) ?? []).length, 2, "a header row and one changed file");
		assert.match(html, /<td>calc\.c<\/td>/);
		const gate = xcover(["patch", reports.line, "--base", "main", "--source-root", repo, "--threshold", "50"]);
		assert.equal(gate.code, 1);
		assert.match(gate.stderr, /patch coverage 30\.77% is below the threshold of 50%/);
		assert.equal(
			xcover(["patch", reports.function, "--base", "main", "--source-root", repo, "--threshold", "75"]).code,
			0,
		);
	});

	it("a base that is not there says to fetch the history; a bad diff or option is one line", () => {
		const missing = xcover(["patch", reports.line, "--base", "origin/nowhere", "--source-root", repo]);
		assert.equal(missing.code, 1);
		assert.match(missing.stderr, /fetch-depth: 0/);
		assert.equal(missing.stderr.trim().split("\n").length, 2, missing.stderr);
		const both = xcover(["patch", reports.line, "--base", "main", "--diff", "-"]);
		assert.equal(both.code, 2);
		assert.match(both.stderr, /one of them/);
		const threshold = xcover(["patch", reports.line, "--base", "main", "--threshold", "lots"]);
		assert.equal(threshold.code, 2);
	});
});
