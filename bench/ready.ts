/**
 * Time from `xcover run --detach` to ready, the daemon's peak RSS, and `xcover stop` time, tracing
 * every function of a large binary (default /usr/bin/node). Each figure is the median of N runs.
 * When the binary is the Node.js running this script, the harness itself is traced too; run it
 * from a copy of node for clean figures (`cp /usr/bin/node /tmp/n && /tmp/n --import tsx …`).
 * Usage: node --import tsx bench/ready.ts [BINARY] [N]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { median, record } from "./results.js";

const binary = process.argv[2] ?? "/usr/bin/node";
const runs = Number(process.argv[3] ?? 5);
const cli = resolve(import.meta.dirname ?? ".", "..", "lib", "cli", "main.js");
const state = mkdtempSync(join(tmpdir(), "xcover-bench-"));
const env = { ...process.env, XCOVER_STATE_DIR: state };

/**
 * `run` starts on the Node.js a user would type it with. While every function of that same binary
 * is probed, any other process running it traps on every call, so the other commands use the
 * daemon's private copy of it (bench of the probe cost itself: bench/ of issue "near-native").
 */
function xcover(args: string[], runtime = process.execPath): number {
	const t = performance.now();
	const r = spawnSync(runtime, [cli, ...args], { env, encoding: "utf8" });
	if (r.status !== 0) throw new Error(`xcover ${args.join(" ")}: ${r.stderr}`);
	return performance.now() - t;
}

const ready: number[] = [];
const stop: number[] = [];
const rss: number[] = [];
// One untimed run makes the private runtime copy that tracing the running node needs.
xcover(["run", "--detach", "-p", binary, "-o", join(state, "warm.json")]);
const copyDir = join(state, "runtime");
const quiet = existsSync(copyDir) ? join(copyDir, readdirSync(copyDir)[0] ?? "") : process.execPath;
xcover(["stop"], quiet);
for (let i = 0; i < runs; i++) {
	ready.push(xcover(["run", "--detach", "-p", binary, "-o", join(state, "r.json")]));
	const pid = Number(readFileSync(join(state, "daemon.pid"), "utf8"));
	rss.push(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
	stop.push(xcover(["stop"], quiet));
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
