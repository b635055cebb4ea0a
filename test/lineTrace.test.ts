// xcover-test: root
/**
 * Line granularity in the daemon, with real uprobes: a line's probes go away once it ran (a hot
 * loop's lines trap a handful of times, not once per iteration), a line the kernel would refuse
 * is reported as unprobeable rather than missed, and stop can write a function report of a line
 * trace but never the reverse.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { eventually, fixtures, linkIdsOf, must, needsBpf, readReport, sh, workDir, xcover } from "./helpers.js";

const dir = workDir("line-trace");
const source = join(fixtures, "hotlines.c");
const text = readFileSync(source, "utf8").split("\n");
/** 1-based line of the fixture that contains `needle`. */
const lineOf = (needle: string): number => {
	const at = text.findIndex((l) => l.includes(needle));
	assert.ok(at >= 0, needle);
	return at + 1;
};

interface LineReport {
	granularity?: string;
	totals: { lines?: { lines: number; traced: number; covered: number; unprobeable: number } };
	binaries: Array<{
		functions: Array<{
			name?: string;
			covered: boolean;
			unprobeable: boolean;
			lines?: Array<{ line: number; hits: number; unprobeable?: true }>;
		}>;
	}>;
}

function fn(report: LineReport, name: string) {
	const f = report.binaries[0]?.functions.find((x) => x.name === name);
	assert.ok(f, `function ${name} in the report`);
	return f;
}

function status(env: NodeJS.ProcessEnv) {
	const r = xcover(["status", "--json"], env);
	assert.equal(r.code, 0, r.stderr);
	return JSON.parse(r.stdout) as {
		granularity: string;
		attached: number;
		armed: number;
		hit: number;
		probeHits: number;
		lines?: { traced: number; hit: number };
	};
}

describe("line granularity", needsBpf, () => {
	const bin = join(dir, "hotlines");
	must("gcc", ["-O0", "-g", "-o", bin, source]);
	const env = { XCOVER_STATE_DIR: join(dir, "state") };
	after(() => xcover(["stop"], env));

	it("prunes each line after its first hit: a loop of 10^6 iterations traps a few times per line", async () => {
		const report = join(dir, "hot.json");
		const run = xcover(["run", "--detach", "--granularity", "line", "-p", bin, "-o", report], env);
		assert.equal(run.code, 0, run.stderr);
		assert.match(run.stderr + run.stdout, /xcover is ready: \d+ functions traced \(\d+ lines, \d+ probes\)/);
		const before = status(env);
		assert.equal(before.granularity, "line");
		assert.equal(before.armed, before.attached);
		const pid = Number(readFileSync(join(dir, "state", "daemon.pid"), "utf8"));

		must(bin, ["1000000"]);
		const ran = status(env);
		assert.ok(ran.lines && ran.lines.hit > 0 && ran.lines.hit < ran.lines.traced, JSON.stringify(ran.lines));
		// Each line traps until its link is gone: a few times at most, against 10^6 loop iterations.
		assert.ok(ran.probeHits < 2000, `${ran.probeHits} traps for ${ran.lines?.hit} lines`);
		await eventually(() => status(env).armed < before.armed);
		await eventually(() => linkIdsOf(pid).length < before.attached);

		// The same run again fires nothing: every probe on the lines it takes is gone.
		await eventually(() => {
			const s = status(env);
			return s.probeHits === status(env).probeHits;
		});
		const settled = status(env).probeHits;
		must(bin, ["1000000"]);
		assert.equal(status(env).probeHits, settled, "no probe fired on lines that already ran");

		const stop = xcover(["stop"], env);
		assert.equal(stop.code, 0, stop.stderr);
		assert.match(stop.stdout, /of lines/);
		const r = readReport(report) as unknown as LineReport;
		assert.equal(r.granularity, "line");
		const hot = fn(r, "hot");
		assert.ok(hot.covered);
		const loopBody = lineOf("sum += i & 7");
		assert.deepEqual(
			hot.lines?.find((l) => l.line === loopBody),
			{ line: loopBody, hits: 1 },
		);
		// main never took the branch: its return line is code and did not run.
		const branch = fn(r, "branch");
		assert.deepEqual(
			branch.lines?.find((l) => l.line === lineOf("return 10;")),
			{ line: lineOf("return 10;"), hits: 0 },
		);
		assert.equal(branch.lines?.find((l) => l.line === lineOf("return 20;"))?.hits, 1);
	});

	it("reports a line whose only instruction the kernel refuses as unprobeable, not as missed", () => {
		const report = join(dir, "locked.json");
		const run = xcover(["run", "--granularity", "line", "-p", bin, "-o", report, "--", bin, "3", "take"], env);
		assert.equal(run.code, 0, run.stderr);
		const r = readReport(report) as unknown as LineReport;
		const locked = fn(r, "locked");
		const lockLine = lineOf("lock incq");
		assert.deepEqual(
			locked.lines?.find((l) => l.line === lockLine),
			{ line: lockLine, hits: 0, unprobeable: true },
		);
		// The rest of the function is measured, and ran.
		assert.equal(locked.unprobeable, false);
		assert.ok(locked.covered);
		assert.equal(locked.lines?.find((l) => l.line === lockLine + 1)?.hits, 1);
		assert.ok((r.totals.lines?.unprobeable ?? 0) >= 1);
		assert.equal(fn(r, "branch").lines?.find((l) => l.line === lineOf("return 10;"))?.hits, 1);
	});

	it("stop --granularity function writes a function report of a line trace, and refuses the reverse", async () => {
		const lineReport = join(dir, "as-function.json");
		assert.equal(xcover(["run", "--detach", "--granularity", "line", "-p", bin, "-o", lineReport], env).code, 0);
		must(bin, ["5"]);
		const stop = xcover(["stop", "--granularity", "function"], env);
		assert.equal(stop.code, 0, stop.stderr);
		const r = readReport(lineReport) as unknown as LineReport;
		assert.equal(r.granularity, "function");
		assert.equal(r.totals.lines, undefined);
		assert.ok(fn(r, "hot").covered);
		assert.equal(fn(r, "hot").lines, undefined);
		await eventually(() => xcover(["status"], env).code !== 0);

		const fnReport = join(dir, "function.json");
		assert.equal(xcover(["run", "--detach", "-p", bin, "-o", fnReport], env).code, 0);
		const refused = xcover(["stop", "--granularity", "line"], env);
		assert.equal(refused.code, 1);
		assert.match(refused.stderr, /records functions only, so it cannot give a line report/);
		assert.equal(status(env).granularity, "function", "the daemon keeps tracing");
		assert.equal(xcover(["stop"], env).code, 0);
		await eventually(() => xcover(["status"], env).code !== 0);
	});

	it("leaves no uprobe_multi link behind after a line trace", async () => {
		const before = uprobeMultiLinks();
		const report = join(dir, "links.json");
		assert.equal(xcover(["run", "--granularity", "line", "-p", bin, "-o", report, "--", bin, "2"], env).code, 0);
		// `run -- CMD` exits once its links are closed.
		assert.deepEqual(
			[...uprobeMultiLinks()].filter((id) => !before.has(id)),
			[],
		);
	});
});

function uprobeMultiLinks(): Set<number> {
	const links = JSON.parse(sh("bpftool", ["link", "show", "-j"]).stdout || "[]") as Array<{
		id: number;
		type?: string;
	}>;
	return new Set(links.filter((l) => l.type === "uprobe_multi").map((l) => l.id));
}
