// xcover-test: rootless
/**
 * The fuzz targets of every reader of outside bytes (test/fuzz/targets). First every committed
 * corpus and regression input is replayed in this process, without Jazzer, so a regression fails
 * fast and the same way every time. Then each target fuzzes for a few seconds on its corpus
 * (FUZZ_TEST_SECONDS, default 6; two targets at a time), failing on any crash, timeout or OOM with
 * the input libFuzzer saved. Longer runs that grow the corpus: `npm run fuzz`.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { corpusDir, describeRun, type JazzerResult, regressionDir, runJazzer, TARGETS } from "./fuzz/run.js";

const targets = Object.keys(TARGETS);
const seconds = Number(process.env.FUZZ_TEST_SECONDS ?? 6);
/** Far above what any committed input takes (the slowest take tens of milliseconds). */
const REPLAY_LIMIT_MS = 5000;

function inputs(dir: string): string[] {
	return existsSync(dir)
		? readdirSync(dir)
				.filter((f) => !f.startsWith("."))
				.map((f) => join(dir, f))
		: [];
}

describe("fuzz targets: committed inputs replayed", () => {
	for (const target of targets) {
		it(`${target}: every corpus and regression input is handled`, async () => {
			const { fuzz } = (await import(`./fuzz/targets/${target}.js`)) as { fuzz: (data: Buffer) => void };
			const files = [...inputs(corpusDir(target)), ...inputs(regressionDir(target))];
			assert.ok(inputs(corpusDir(target)).length > 0, `${target} has no corpus`);
			for (const file of files) {
				const started = Date.now();
				try {
					fuzz(readFileSync(file));
				} catch (err) {
					assert.fail(`${target} fails on ${file}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
				}
				const took = Date.now() - started;
				assert.ok(took < REPLAY_LIMIT_MS, `${target} took ${took} ms on ${file}`);
			}
		});
	}
});

describe("fuzz targets: a short run of each under Jazzer.js", { skip: seconds <= 0 && "FUZZ_TEST_SECONDS=0" }, () => {
	const results = new Map<string, Promise<JazzerResult>>();
	const queue = [...targets];
	const start = (target: string) =>
		runJazzer({
			target,
			seconds,
			// New inputs go to a scratch folder: a test run must not change the committed corpus.
			corpora: [mkdtempSync(join(tmpdir(), `xcover-fuzz-${target}-`)), corpusDir(target)],
			artifacts: mkdtempSync(join(tmpdir(), `xcover-fuzz-artifacts-${target}-`)),
			timeoutMs: 5000,
			rssLimitMb: 2048,
		});
	// Two at a time: enough to keep a 2-core machine busy without making the runs starve each other.
	const slot = async (): Promise<void> => {
		for (let t = queue.shift(); t !== undefined; t = queue.shift()) {
			const run = start(t);
			results.set(t, run);
			await run;
		}
	};
	const all = Promise.all([slot(), slot()]);

	for (const target of targets) {
		it(`${target}: no crash, timeout or OOM in ${seconds} s`, { timeout: (seconds + 120) * 1000 * 3 }, async () => {
			while (!results.has(target)) await Promise.race([all, new Promise((r) => setTimeout(r, 100))]);
			const r = await (results.get(target) as Promise<JazzerResult>);
			const detail = r.code === 0 ? "" : `\n${r.output.split("\n").slice(-30).join("\n")}`;
			assert.equal(r.code, 0, `${describeRun(r)}${detail}`);
			assert.ok((r.executions ?? 0) > 0, `${describeRun(r)}: Jazzer ran no input`);
			console.log(`# ${describeRun(r)}`);
		});
	}
});
