#!/usr/bin/env node
// Runs lint, the type check of tests, and every test/**/*.test.ts under node:test. The TAP copy
// of the results lets CI refuse a run in which any test skipped: tracer tests must trace for real.
//
// `--rootless` runs only the files that need neither root nor BPF, for machines that cannot trace
// (a contributor's laptop, a container, a pull request's CI). Each file says which it is on its
// first line, and a file that does not is refused, so the subset cannot drift as files come and go.
// Other arguments keep only the files whose path contains one of them.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
process.chdir(root);

const ROOTLESS = "// xcover-test: rootless";
const ROOT = "// xcover-test: root";
const args = process.argv.slice(2);
const rootless = args.includes("--rootless");
const only = args.filter((a) => a !== "--rootless");

const all = readdirSync("test", { recursive: true })
	.map(String)
	.filter((f) => f.endsWith(".test.ts") && !f.startsWith(".work"))
	.map((f) => join("test", f))
	.sort();

/** What each test file declares it needs. Every file that declares nothing, or contradicts its declaration, is listed and the run stops. */
function declarations(files) {
	const problems = [];
	const needs = new Map();
	for (const f of files) {
		const text = readFileSync(f, "utf8");
		const first = (text.split("\n", 1)[0] ?? "").trimEnd();
		if (first !== ROOTLESS && first !== ROOT) {
			problems.push(
				`${f}: its first line must declare whether it needs root. Add one of these as line 1:\n` +
					`    ${ROOTLESS}   (needs neither root nor BPF: runs in npm run test:rootless)\n` +
					`    ${ROOT}       (some test traces with BPF or needs root)`,
			);
			continue;
		}
		// needsBpf is how a test asks for BPF; a file that uses it would only skip in the rootless run.
		if (first === ROOTLESS && /\bneedsBpf\b/.test(text)) {
			problems.push(
				`${f}: declared rootless but uses needsBpf. Make line 1 \`${ROOT}\`, or move its BPF tests to a file of their own.`,
			);
			continue;
		}
		needs.set(f, first === ROOTLESS ? "rootless" : "root");
	}
	if (problems.length > 0) {
		process.stderr.write(`${problems.join("\n")}\n`);
		process.exit(1);
	}
	return needs;
}
const needs = declarations(all);

function step(name, cmd, args) {
	process.stderr.write(`\n== ${name}\n`);
	const r = spawnSync(cmd, args, { stdio: "inherit" });
	if (r.status !== 0) {
		process.stderr.write(`${name} failed\n`);
		process.exit(r.status ?? 1);
	}
}

step("lint and format (biome)", "node_modules/.bin/biome", ["check", "."]);
step("type check (tsc)", "node_modules/.bin/tsc", ["-p", "tsconfig.test.json"]);

// Each run compiles its fixtures (and copies node) afresh; drop what earlier runs left.
rmSync("test/.work", { recursive: true, force: true });

const TEST_TIMEOUT_MS = 5 * 60 * 1000;
const RUN_TIMEOUT_MS = 25 * 60 * 1000;

const files = all
	.filter((f) => !rootless || needs.get(f) === "rootless")
	.filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
// node --test given no files would look for tests on its own, root's among them.
if (files.length === 0) {
	process.stderr.write(`no test file matches ${only.join(", ")}${rootless ? " among the rootless ones" : ""}\n`);
	process.exit(1);
}
mkdirSync("build", { recursive: true });
const tap = "build/test-results.tap";
process.stderr.write(
	rootless
		? `\n== rootless tests (${files.length} of ${all.length} files; the rest need root and BPF)\n`
		: `\n== tests (${files.length} files)\n`,
);
const r = spawnSync(
	process.execPath,
	[
		"--import",
		"tsx",
		"--test",
		"--test-concurrency=1",
		// A test that hangs (a kernel call that never returns, a browser that never answers) fails
		// on its own instead of holding the whole run until CI's limit.
		`--test-timeout=${TEST_TIMEOUT_MS}`,
		"--test-reporter=spec",
		"--test-reporter-destination=stdout",
		"--test-reporter=tap",
		`--test-reporter-destination=${tap}`,
		...files,
	],
	{ stdio: "inherit", timeout: RUN_TIMEOUT_MS, killSignal: "SIGKILL" },
);
if (r.error?.code === "ETIMEDOUT") {
	console.log(`\nThe test run exceeded ${RUN_TIMEOUT_MS / 60000} minutes and was stopped; see the last test above.`);
	process.exit(1);
}

const results = readFileSync(tap, "utf8");
const skipped = results.split("\n").filter((l) => /^\s*ok \d+ .*# SKIP/.test(l));
const count = (key) => Number(new RegExp(`^# ${key} (\\d+)`, "m").exec(results)?.[1] ?? 0);
const passed = count("pass");
const failed = count("fail") + count("cancelled");
console.log(`\n${passed} passed, ${failed} failed, ${skipped.length} skipped`);
if (skipped.length > 0) {
	console.log(skipped.map((l) => `  skipped: ${l.trim()}`).join("\n"));
	if (process.env.CI) {
		console.log(
			rootless
				? "CI: tests were skipped; install what their reasons name, so that the rootless files run whole."
				: "CI: tests were skipped; every tracer test must run with real BPF here.",
		);
		process.exit(1);
	}
}
process.exit(r.status ?? 1);
