/**
 * Attaching and removing 1,000,000 probes: generates a program of N one-instruction functions
 * (assembly, so that it builds in seconds), then times `run --detach` to ready, the daemon's peak
 * RSS, `stop`, and the removal of every probe after stop, in count and first-hit modes.
 * With `line`, the program has N/10 functions of 10 source lines each (`.loc` directives give
 * them a DWARF line table), traced with --granularity line: N line probes.
 * Usage: node --import tsx bench/scale.ts [N] [line]
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { record } from "./results.js";

const count = Number(process.argv[2] ?? 1_000_000);
const granularity = process.argv.includes("line") ? "line" : "function";
const LINES_PER_FUNCTION = 10;
const cli = resolve(import.meta.dirname ?? ".", "..", "lib", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "xcover-scale-"));
const env = { ...process.env, XCOVER_STATE_DIR: join(work, "state") };

const asm = join(work, "big.s");
const out = createWriteStream(asm);
out.write('.file 1 "big.c"\n.text\n');
if (granularity === "function") {
	for (let i = 0; i < count; i++) out.write(`.globl f${i}\n.type f${i},@function\nf${i}:\nret\n.size f${i},1\n`);
} else {
	let line = 1;
	for (let i = 0; i < count / LINES_PER_FUNCTION; i++) {
		let body = `.globl f${i}\n.type f${i},@function\nf${i}:\n`;
		for (let l = 1; l < LINES_PER_FUNCTION; l++) body += `.loc 1 ${line++}\nnop\n`;
		body += `.loc 1 ${line++}\nret\n.size f${i},.-f${i}\n`;
		out.write(body);
	}
}
out.write(".globl main\n.type main,@function\nmain:\nxor %eax,%eax\nret\n.size main,.-main\n");
await new Promise((done) => out.end(done));
const bin = join(work, "big");
const built = spawnSync("gcc", ["-g", "-no-pie", "-Wl,-z,noexecstack", "-o", bin, asm], { encoding: "utf8" });
if (built.status !== 0) throw new Error(built.stderr);

function xcover(args: string[]): number {
	const t = performance.now();
	const r = spawnSync(process.execPath, [cli, ...args], { env, encoding: "utf8" });
	if (r.status !== 0) throw new Error(`xcover ${args.join(" ")}: ${r.stderr}`);
	return performance.now() - t;
}

const rows: Array<Record<string, string | number>> = [];
for (const mode of ["count", "first-hit"]) {
	const ready = xcover([
		"run",
		"--detach",
		"--mode",
		mode,
		"--granularity",
		granularity,
		"-p",
		bin,
		"-o",
		join(work, `${mode}.json`),
	]);
	const pid = Number(readFileSync(join(work, "state", "daemon.pid"), "utf8"));
	const rss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
	spawnSync(bin);
	const stop = xcover(["stop"]);
	const t = performance.now();
	while (existsSync(`/proc/${pid}`)) spawnSync("sleep", ["0.1"]);
	const removal = performance.now() - t;
	const report = JSON.parse(readFileSync(join(work, `${mode}.json`), "utf8"));
	const covered = report.totals.covered;
	const linkLeft = spawnSync("bpftool", ["link", "show", "-j"], { encoding: "utf8" }).stdout;
	const row = {
		mode,
		granularity,
		functions: report.totals.functions,
		lines: report.totals.lines?.traced ?? 0,
		uprobe_multi_links_left: (JSON.parse(linkLeft || "[]") as Array<{ type?: string }>).filter(
			(l) => l.type === "uprobe_multi",
		).length,
		ready_ms: Math.round(ready),
		peak_rss_mb: Math.round(rss),
		stop_ms: Math.round(stop),
		removal_after_stop_ms: Math.round(removal),
		covered,
	};
	rows.push(row);
	console.log(
		`${mode.padEnd(9)} ${row.functions} functions, ${row.lines} lines: ready ${row.ready_ms} ms, peak RSS ${row.peak_rss_mb} MB, stop ${row.stop_ms} ms, every probe removed ${row.removal_after_stop_ms} ms later (${covered} covered), ${row.uprobe_multi_links_left} uprobe_multi links left`,
	);
}
record(granularity === "line" ? "scale-line" : "scale", { rows });
