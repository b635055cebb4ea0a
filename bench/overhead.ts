/**
 * What tracing costs a workload: each workload's wall time under xcover, as a ratio to the same
 * workload run natively in the same run. Modes: first-hit (probes removed after their first hit),
 * count (every call counted), armed (first-hit with pruning disabled, what tools that keep every
 * probe pay). The daemon attaches before the timed run and stops after it, so start-up and
 * teardown are timed apart: time to ready and the daemon's peak RSS are reported per workload.
 * Usage: node --import tsx bench/overhead.ts [WORKLOAD...]   (hot, churn, node-js, node-start)
 * The node workloads trace and run a byte-identical copy of /usr/bin/node (its own inode), so
 * the probes never touch this harness or any other Node.js process on the machine.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { calledSet, manyFunctionsSource } from "../test/fixtures/many.js";
import { median, nodeCopy, record } from "./results.js";

const root = resolve(import.meta.dirname ?? ".", "..");
const cli = join(root, "lib", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "xcover-overhead-"));
const state = join(work, "state");
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 120);

interface Workload {
	name: string;
	describe: string;
	/** Binaries to trace. */
	paths: string[];
	/** The command timed. */
	command: string[];
	runs: number;
	/** bpftrace's uprobe for "the same functions". */
	bpftraceProbe: string;
	/** The same workload built with gcc --coverage, for the C workloads. */
	gcovCommand?: string[];
}

function must(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
	const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}`);
	return r.stdout;
}

/** Wall time of one run in ms, or Infinity past the timeout. */
function timed(command: string[]): number {
	const t = performance.now();
	const r = spawnSync(command[0] as string, command.slice(1), { stdio: "ignore", timeout: TIMEOUT_S * 1000 });
	const ms = performance.now() - t;
	if (r.error || r.signal) return Number.POSITIVE_INFINITY;
	if (r.status !== 0) throw new Error(`${command.join(" ")} exited ${r.status}`);
	return ms;
}

function workloads(): Workload[] {
	const hot = join(work, "hot.c");
	writeFileSync(
		hot,
		`#include <stdio.h>
__attribute__((noinline)) long step_a(long x) { __asm__ volatile(""); return x * 3 + 1; }
__attribute__((noinline)) long step_b(long x) { __asm__ volatile(""); return x ^ (x >> 3); }
__attribute__((noinline)) long step_c(long x) { __asm__ volatile(""); return x + 7; }
int main(void) {
	long x = 1;
	for (long i = 0; i < 10000000 / 3; i++) x = step_c(step_b(step_a(x)));
	printf("%ld\\n", x);
	return 0;
}
`,
	);
	must("gcc", ["-O2", "-o", join(work, "hot"), hot]);
	must("gcc", ["-O2", "--coverage", "-o", join(work, "hot-gcov"), hot]);

	const churnSrc = join(work, "churn.c");
	writeFileSync(churnSrc, manyFunctionsSource(20000));
	must("gcc", ["-O1", "-o", join(work, "churn"), churnSrc, "-pthread"]);
	must("gcc", ["-O1", "--coverage", "-o", join(work, "churn-gcov"), churnSrc, "-pthread"]);
	const churnScript = join(work, "churn.sh");
	writeFileSync(churnScript, `for i in $(seq 500); do "$1" 1 1 >/dev/null; done\n`);

	const node = nodeCopy(work);
	const nodeJs = join(work, "workload.mjs");
	writeFileSync(nodeJs, NODE_WORKLOAD);

	return [
		{
			name: "hot",
			describe: "10^7 calls to 3 functions",
			paths: [join(work, "hot")],
			command: [join(work, "hot")],
			runs: 5,
			bpftraceProbe: `uprobe:${join(work, "hot")}:step_*`,
			gcovCommand: [join(work, "hot-gcov")],
		},
		{
			name: "churn",
			describe: `500 processes of a 20,000-function program (${calledSet(20000).length} called)`,
			paths: [join(work, "churn")],
			command: ["sh", churnScript, join(work, "churn")],
			runs: 3,
			bpftraceProbe: `uprobe:${join(work, "churn")}:g*`,
			gcovCommand: ["sh", churnScript, join(work, "churn-gcov")],
		},
		{
			name: "node-js",
			describe: "node running JSON, regex, zlib, crypto and URL work, every function of node traced",
			paths: [node],
			command: [node, nodeJs],
			runs: 3,
			bpftraceProbe: `uprobe:${node}:*`,
		},
		{
			name: "node-start",
			describe: "node -e 0, every function of node traced",
			paths: [node],
			command: [node, "-e", "0"],
			runs: 5,
			bpftraceProbe: `uprobe:${node}:*`,
		},
	];
}

/**
 * Fixed work, not a fixed duration, so that a slower run shows as a longer one: about 3–4 s
 * natively here. It enters the parts of node a JavaScript test suite uses: the parser and
 * compilers, JSON, the regex engine, zlib, crypto, URL parsing and a few builtin modules.
 */
const NODE_WORKLOAD = `import { createHash } from "node:crypto";
import { deflateSync, inflateSync } from "node:zlib";
import { format } from "node:util";
import { join } from "node:path";
const rows = Array.from({ length: 2000 }, (_, i) => ({ id: i, name: "item-" + i, tags: ["a", "b", String(i % 7)], nested: { x: i * 1.5, y: [i, i + 1] } }));
let check = 0;
for (let round = 0; round < 500; round++) {
	const text = JSON.stringify(rows);
	const back = JSON.parse(text);
	check += back.length;
	const words = text.match(/"name":"item-(\\d+)"/g) ?? [];
	check += words.length;
	check += text.replace(/[aeiou]/g, "_").length;
	const packed = deflateSync(Buffer.from(text));
	check += inflateSync(packed).length;
	check += createHash("sha256").update(text).digest("hex").length;
	for (let i = 0; i < 2000; i++) check += new URL("https://example.invalid/a/" + i + "?q=" + round).pathname.length;
	check += format("%s-%d", join("a", "b"), round).length;
}
console.log(check);
`;

type Mode = "first-hit" | "count" | "armed";

interface XcoverRun {
	ms: number;
	covered: number;
	probeHits: number;
	readyMs: number;
	rssMb: number;
}

function underXcover(w: Workload, mode: Mode): XcoverRun {
	const report = join(work, `${w.name}-${mode}.json`);
	const env = { XCOVER_STATE_DIR: state, ...(mode === "armed" ? { XCOVER_NO_PRUNE: "1" } : {}) };
	const args = ["run", "--detach", "--mode", mode === "count" ? "count" : "first-hit", "-o", report];
	for (const p of w.paths) args.push("-p", p);
	const started = performance.now();
	must(process.execPath, [cli, ...args], env);
	const readyMs = performance.now() - started;
	// The first run pays every first hit; later runs of the same workload find most probes gone.
	const ms = timed(w.command);
	const probeHits = JSON.parse(must(process.execPath, [cli, "status", "--json"], env)).probeHits as number;
	const pid = Number(readFileSync(join(state, "daemon.pid"), "utf8"));
	const rssMb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
	must(process.execPath, [cli, "stop"], env);
	// Wait for the daemon to finish removing probes before the next measurement.
	for (let i = 0; i < 600; i++) {
		if (spawnSync("pgrep", ["-f", "__daemon"]).status !== 0) break;
		spawnSync("sleep", ["0.1"]);
	}
	const covered = JSON.parse(readFileSync(report, "utf8")).totals.covered as number;
	return { ms, covered, probeHits, readyMs, rssMb };
}

/**
 * bpftrace with a counting uprobe on the same functions, probes left armed: started first, the
 * workload timed once bpftrace reports it attached.
 */
function underBpftrace(w: Workload): number | string {
	if (spawnSync("bpftrace", ["--version"]).error) return "not installed";
	const script = join(work, `${w.name}.bt`);
	writeFileSync(script, `${w.bpftraceProbe} { @[func] = count(); }\n`);
	const ready = join(work, `${w.name}.bpftrace.out`);
	const bt = spawn("bpftrace", ["-o", ready, script], { stdio: "ignore", detached: true });
	const start = Date.now();
	// bpftrace writes "Attaching N probes..." when it starts, and the map when it exits.
	while (!(existsSync(ready) && readFileSync(ready, "utf8").includes("Attaching"))) {
		if (Date.now() - start > TIMEOUT_S * 1000 || bt.exitCode !== null) {
			process.kill(-(bt.pid as number), "SIGKILL");
			return `attach >${TIMEOUT_S} s`;
		}
		spawnSync("sleep", ["0.2"]);
	}
	spawnSync("sleep", ["1"]);
	const ms = timed(w.command);
	process.kill(-(bt.pid as number), "SIGINT");
	// Its probes stay in place until it has exited: the next peer must not run under them.
	const pid = bt.pid as number;
	for (let i = 0; i < 600 && isRunning(pid); i++) spawnSync("sleep", ["0.1"]);
	if (isRunning(pid)) process.kill(-pid, "SIGKILL");
	return ms;
}

/** Alive and not a zombie: the harness never waits on bpftrace, so it stays a zombie once done. */
function isRunning(pid: number): boolean {
	try {
		return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
	} catch {
		return false;
	}
}

function peers(w: Workload, native: number, row: Record<string, string | number>): void {
	const ratio = (ms: number | string) =>
		typeof ms === "string"
			? ms
			: Number.isFinite(ms)
				? Number((ms / native).toFixed(2))
				: `>${((TIMEOUT_S * 1000) / native).toFixed(0)}`;
	row.bpftrace_x = ratio(underBpftrace(w));
	row.callgrind_x = ratio(
		timed([
			"valgrind",
			"--tool=callgrind",
			"--trace-children=yes",
			"--callgrind-out-file=/dev/null",
			"-q",
			...w.command,
		]),
	);
	if (w.gcovCommand) {
		const gcov = w.gcovCommand;
		row.gcov_x = ratio(median(Array.from({ length: w.runs }, () => timed(gcov))));
	}
}

const only = process.argv.slice(2);
const rows: Array<Record<string, string | number>> = [];
for (const w of workloads().filter((x) => only.length === 0 || only.includes(x.name))) {
	const native = median(Array.from({ length: w.runs }, () => timed(w.command)));
	const row: Record<string, string | number> = {
		workload: w.name,
		describe: w.describe,
		native_ms: Math.round(native),
	};
	for (const mode of ["first-hit", "count", "armed"] as const) {
		const runs = Array.from({ length: mode === "first-hit" ? w.runs : 1 }, () => underXcover(w, mode));
		const ms = median(runs.map((r) => r.ms));
		row[`${mode}_ms`] = Number.isFinite(ms) ? Math.round(ms) : `>${TIMEOUT_S * 1000}`;
		row[`${mode}_x`] = Number.isFinite(ms)
			? Number((ms / native).toFixed(2))
			: `>${((TIMEOUT_S * 1000) / native).toFixed(0)}`;
		if (mode === "first-hit") {
			const covered = runs[0]?.covered ?? 0;
			row.covered = covered;
			row.first_hit_us_per_covered = covered > 0 ? Math.round(((ms - native) * 1000) / covered) : 0;
			// How often probes fired per covered function before pruning took them away.
			row.first_hit_traps_per_covered = covered > 0 ? Number(((runs[0]?.probeHits ?? 0) / covered).toFixed(1)) : 0;
			row.ready_ms = Math.round(median(runs.map((r) => r.readyMs)));
			row.daemon_rss_mb = Math.round(Math.max(...runs.map((r) => r.rssMb)));
		}
	}
	peers(w, native, row);
	rows.push(row);
	console.log(
		`${w.name.padEnd(11)} native ${String(row.native_ms).padStart(6)} ms | first-hit ${String(row["first-hit_x"]).padStart(6)}× | count ${String(row.count_x).padStart(7)}× | armed ${String(row.armed_x).padStart(7)}× | ${row.covered} covered, +${row.first_hit_us_per_covered} µs and ${row.first_hit_traps_per_covered} traps each (first-hit) | bpftrace ${row.bpftrace_x}× | callgrind ${row.callgrind_x}× | gcov ${row.gcov_x ?? "n/a"}× | ready ${row.ready_ms} ms, daemon RSS ${row.daemon_rss_mb} MB`,
	);
}
record("overhead", { rows, timeout_s: TIMEOUT_S });
