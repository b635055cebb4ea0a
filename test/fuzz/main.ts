/**
 * `npm run fuzz [target...]`: fuzzes each target (all by default) for FUZZ_SECONDS (300), FUZZ_JOBS
 * targets at a time (1). New inputs go into test/fuzz/corpus/<target>/, which is then minimised
 * with libFuzzer's -merge=1 so the committed corpus keeps only inputs that add coverage (set
 * FUZZ_MERGE=0 to keep everything). Crashes, timeouts and OOMs land in
 * test/fuzz/regressions/<target>/, where test/fuzz.test.ts replays them until the reader is fixed.
 */
import { mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusDir, describeRun, type JazzerResult, regressionDir, runJazzer, TARGETS } from "./run.js";

const seconds = Number(process.env.FUZZ_SECONDS ?? 300);
const jobs = Math.max(1, Number(process.env.FUZZ_JOBS ?? 1));
const merge = process.env.FUZZ_MERGE !== "0";
const wanted = process.argv.slice(2);
const targets = Object.keys(TARGETS).filter((t) => wanted.length === 0 || wanted.some((w) => t.includes(w)));
if (targets.length === 0) {
	console.error(`no target matches ${wanted.join(" ")}; targets: ${Object.keys(TARGETS).join(", ")}`);
	process.exit(2);
}

/** Keeps the inputs of `dir` that add coverage, as libFuzzer's -merge=1 judges it. */
async function minimise(target: string): Promise<void> {
	const dir = corpusDir(target);
	const kept = mkdtempSync(join(tmpdir(), `xcover-fuzz-merge-${target}-`));
	const r = await runJazzer({
		target,
		seconds: 600,
		corpora: [kept, dir],
		artifacts: mkdtempSync(join(tmpdir(), "xcover-fuzz-merge-artifacts-")),
		libFuzzerFlags: ["-merge=1"],
	});
	const before = readdirSync(dir).length;
	if (r.code !== 0 || readdirSync(kept).length === 0) {
		console.log(`${target}: corpus not minimised (merge exited ${r.code ?? r.signal})`);
		return;
	}
	for (const f of readdirSync(dir)) rmSync(join(dir, f));
	for (const f of readdirSync(kept)) renameSync(join(kept, f), join(dir, f));
	rmSync(kept, { recursive: true, force: true });
	console.log(`${target}: corpus minimised from ${before} to ${readdirSync(dir).length} inputs`);
}

const results: JazzerResult[] = [];
const queue = [...targets];
async function worker(): Promise<void> {
	for (let target = queue.shift(); target !== undefined; target = queue.shift()) {
		console.log(`${target}: fuzzing for ${seconds} s`);
		const r = await runJazzer({ target, seconds, corpora: [corpusDir(target)], artifacts: regressionDir(target) });
		results.push(r);
		console.log(describeRun(r));
		if (r.code !== 0) console.log(r.output.split("\n").slice(-40).join("\n"));
		if (merge) await minimise(target);
	}
}
await Promise.all(Array.from({ length: Math.min(jobs, targets.length) }, worker));
const failed = results.filter((r) => r.code !== 0);
console.log(`\n${results.length - failed.length} of ${results.length} targets ran without a finding`);
process.exit(failed.length > 0 ? 1 : 0);
