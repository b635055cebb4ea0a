/**
 * Runs one fuzz target under Jazzer.js and reads back what libFuzzer said. Shared by
 * test/fuzz.test.ts (a few seconds per target) and `npm run fuzz` (minutes per target).
 *
 * How Jazzer.js 4 meets this ESM TypeScript project: `--import tsx` (through NODE_OPTIONS, so
 * that libFuzzer's -merge children get it too) compiles the targets and src/ on load, and Jazzer's
 * ESM loader hook (module.register, Node >= 20.6) instruments the JavaScript tsx hands on. `-i
 * <repo>/src/` limits instrumentation to the readers; without a match libFuzzer reports only
 * Jazzer's own 512 counters ("Loaded 1 modules") and fuzzing is blind, with it a few thousand.
 * `--sync` runs the target as a plain function, several times faster than the default async mode.
 * Bug detectors are off: they look for command injection and the like, not for reader bugs.
 *
 * Bounds per input: `--timeout` (ms; Jazzer passes it to libFuzzer as -timeout in seconds, after
 * our options, so it must be set here rather than as a libFuzzer flag), `-rss_limit_mb` for the
 * whole process and V8's --max-old-space-size below it, so a runaway allocation ends as a crash
 * (V8 aborts, libFuzzer catches SIGABRT and saves the input) instead of swapping. `-max_len`
 * caps generated inputs per target.
 */
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const fuzzDir = join(root, "test", "fuzz");

/** Every target, with the largest input libFuzzer may make for it. */
export const TARGETS: Readonly<Record<string, { maxLen: number }>> = {
	elf: { maxLen: 256 << 10 },
	debuglink: { maxLen: 64 << 10 },
	dwarf: { maxLen: 256 << 10 },
	"dwarf-lines": { maxLen: 64 << 10 },
	pclntab: { maxLen: 128 << 10 },
	golang: { maxLen: 256 << 10 },
	"demangle-itanium": { maxLen: 4096 },
	"demangle-rust": { maxLen: 4096 },
	"report-json": { maxLen: 64 << 10 },
	"baseline-zip": { maxLen: 64 << 10 },
};

export const corpusDir = (target: string) => join(fuzzDir, "corpus", target);
export const regressionDir = (target: string) => join(fuzzDir, "regressions", target);

export interface JazzerRun {
	target: string;
	seconds: number;
	/** Corpus folders; libFuzzer adds new inputs to the first. */
	corpora: readonly string[];
	/** Where crash-, timeout- and oom- inputs are written. */
	artifacts: string;
	timeoutMs?: number;
	rssLimitMb?: number;
	/** Extra libFuzzer flags (e.g. -merge=1). */
	libFuzzerFlags?: readonly string[];
	/** Echo Jazzer's output while it runs. */
	echo?: boolean;
}

export interface JazzerResult {
	target: string;
	code: number | null;
	signal: NodeJS.Signals | null;
	executions: number | undefined;
	execPerSec: number | undefined;
	/** Path of the input libFuzzer saved for a crash, timeout or OOM. */
	artifact: string | undefined;
	seconds: number;
	output: string;
}

export function runJazzer(run: JazzerRun): Promise<JazzerResult> {
	const spec = TARGETS[run.target];
	if (!spec) throw new Error(`no fuzz target ${run.target}`);
	mkdirSync(run.artifacts, { recursive: true });
	const rss = run.rssLimitMb ?? 2048;
	const args = [
		join(fuzzDir, "jazzer.mjs"),
		join(fuzzDir, "targets", run.target),
		...run.corpora,
		"--sync",
		"-i",
		`${join(root, "src")}/`,
		"-e",
		"node_modules",
		"--disable_bug_detectors=.*",
		`--timeout=${run.timeoutMs ?? 10_000}`,
		"--",
		`-max_total_time=${run.seconds}`,
		`-rss_limit_mb=${rss}`,
		`-max_len=${spec.maxLen}`,
		`-artifact_prefix=${run.artifacts}/`,
		"-print_final_stats=1",
		...(run.libFuzzerFlags ?? []),
	];
	const heapMb = Math.max(256, rss - 512);
	const env = {
		...process.env,
		NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import tsx --max-old-space-size=${heapMb}`.trim(),
	};
	const started = Date.now();
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
		let output = "";
		const take = (chunk: Buffer) => {
			const text = chunk.toString("utf8");
			if (run.echo) process.stderr.write(text);
			// Long runs print a status line every few seconds; the tail says what happened.
			output = (output + text).slice(-200_000);
		};
		child.stdout.on("data", take);
		child.stderr.on("data", take);
		child.on("error", fail);
		child.on("close", (code, signal) => {
			const executions =
				lastNumber(output, /stat::number_of_executed_units:\s*(\d+)/g) ?? lastNumber(output, /Done (\d+) runs/g);
			done({
				target: run.target,
				code,
				signal,
				executions,
				execPerSec: lastNumber(output, /stat::average_exec_per_sec:\s*(\d+)/g),
				artifact: /(?:Test unit written to|artifact_prefix.*; Test unit written to) (\S+)/.exec(output)?.[1],
				seconds: (Date.now() - started) / 1000,
				output,
			});
		});
	});
}

function lastNumber(text: string, pattern: RegExp): number | undefined {
	let last: number | undefined;
	for (const m of text.matchAll(pattern)) last = Number(m[1]);
	return last;
}

/** A one-line account of a run, for logs and failure messages. */
export function describeRun(r: JazzerResult): string {
	const rate = r.execPerSec === undefined ? "" : `, ${r.execPerSec} exec/s`;
	const end =
		r.code === 0 ? "no finding" : `exit ${r.code ?? r.signal}${r.artifact ? `, input saved at ${r.artifact}` : ""}`;
	return `${r.target}: ${r.executions ?? "?"} executions in ${r.seconds.toFixed(1)} s${rate}; ${end}`;
}
