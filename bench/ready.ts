/**
 * Time from `xcover run --detach` to ready, the daemon's peak RSS, and `xcover stop` time, tracing
 * every function of a large binary (default: a byte-identical copy of /usr/bin/node, so that the
 * probes never touch this harness). Each figure is the median of N runs.
 * Usage: node --import tsx bench/ready.ts [BINARY] [N]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { median, nodeCopy, record } from "./results.js";

const state = mkdtempSync(join(tmpdir(), "xcover-bench-"));
const binary = process.argv[2] ?? nodeCopy(state);
const runs = Number(process.argv[3] ?? 5);
const cli = resolve(import.meta.dirname ?? ".", "..", "lib", "cli", "main.js");
const env = { ...process.env, XCOVER_STATE_DIR: state };

function xcover(args: string[]): number {
	const t = performance.now();
	const r = spawnSync(process.execPath, [cli, ...args], { env, encoding: "utf8" });
	if (r.status !== 0) throw new Error(`xcover ${args.join(" ")}: ${r.stderr}`);
	return performance.now() - t;
}

const ready: number[] = [];
const stop: number[] = [];
const rss: number[] = [];
// One untimed run brings the binary and xcover's own code into the page cache.
xcover(["run", "--detach", "-p", binary, "-o", join(state, "warm.json")]);
xcover(["stop"]);
for (let i = 0; i < runs; i++) {
	ready.push(xcover(["run", "--detach", "-p", binary, "-o", join(state, "r.json")]));
	const pid = Number(readFileSync(join(state, "daemon.pid"), "utf8"));
	rss.push(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
	stop.push(xcover(["stop"]));
	// The daemon removes its probes after answering; let it finish before the next run.
	while (existsSync(`/proc/${pid}`)) spawnSync("sleep", ["0.1"]);
}
const result = {
	binary,
	functions: JSON.parse(readFileSync(join(state, "r.json"), "utf8")).totals.functions,
	ready_ms: Math.round(median(ready)),
	stop_ms: Math.round(median(stop)),
	peak_rss_mb: Math.round(median(rss)),
	runs,
};
console.log(
	`${binary}: ${result.functions} functions; run --detach → ready ${result.ready_ms} ms, ` +
		`daemon peak RSS ${result.peak_rss_mb} MB, stop ${result.stop_ms} ms (median of ${runs})`,
);
record("ready", result);
