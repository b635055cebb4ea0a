#!/usr/bin/env node
// Runs lint, the type check of tests, and every test/**/*.test.ts under node:test. The TAP copy
// of the results lets CI refuse a run in which any test skipped: tracer tests must trace for real.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
process.chdir(root);

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

const only = process.argv.slice(2);
const files = readdirSync("test", { recursive: true })
	.map(String)
	.filter((f) => f.endsWith(".test.ts") && !f.startsWith(".work"))
	.map((f) => join("test", f))
	.filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
	.sort();
mkdirSync("build", { recursive: true });
const tap = "build/test-results.tap";
process.stderr.write(`\n== tests (${files.length} files)\n`);
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
		console.log("CI: tests were skipped; every tracer test must run with real BPF here.");
		process.exit(1);
	}
}
process.exit(r.status ?? 1);
