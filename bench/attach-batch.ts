/**
 * How many functions to put in one uprobe_multi link: attaches every function of a large binary
 * (default: a byte-identical copy of /usr/bin/node, so that this harness is never traced) in groups
 * of several sizes, and times attaching and removing them all (removal closes every link on
 * CLOSE_THREADS threads, as xcover does).
 * Usage: node --import tsx bench/attach-batch.ts [BINARY] [GROUP_SIZE...]
 * BENCH_CLOSE_THREADS=64,256,1024 repeats each group size with those numbers of closing threads,
 * which is how CLOSE_THREADS was chosen.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFunctionTable } from "../src/elf/functions.js";
import { planProbes } from "../src/probes/plan.js";
import { ProbeLinks } from "../src/tracer/attach.js";
import { linkBudget } from "../src/tracer/fdBudget.js";
import { loadTracerProgram, selfIdentity } from "../src/tracer/loader.js";
import { CLOSE_THREADS } from "../src/tracer/session.js";
import { nodeCopy, record } from "./results.js";

const binary = process.argv[2] ?? nodeCopy(mkdtempSync(join(tmpdir(), "xcover-batch-")));
const sizes = process.argv.slice(3).map(Number);
const plan = planProbes([readFunctionTable(binary)], { include: [], exclude: [] });
const b = plan.binaries[0];
if (!b) throw new Error("no binary");
const cookies = b.functions.map((_, i) => i).filter((c) => !plan.refused.has(c));
const target = { path: binary, cookies, offsets: cookies.map((c) => b.functions[c]?.offset ?? 0) };
const budget = linkBudget(cookies.length);

const threadCounts = (process.env.BENCH_CLOSE_THREADS ?? String(CLOSE_THREADS)).split(",").map(Number);
const rows: Array<Record<string, number>> = [];
for (const groupSize of sizes.length > 0 ? sizes : [1, 4, 16, 64, 1024, 16384])
	for (const closeThreads of threadCounts) await measure(groupSize, closeThreads);

async function measure(groupSize: number, closeThreads: number): Promise<void> {
	if (Math.ceil(cookies.length / groupSize) > budget) {
		console.log(`group ${groupSize}: needs more descriptors than the limit allows (${budget})`);
		return;
	}
	const program = loadTracerProgram({
		functionCount: plan.functionCount,
		mode: "first-hit",
		ringBytes: 1 << 16,
		self: selfIdentity(),
	});
	const t0 = performance.now();
	const links = ProbeLinks.attach(program.progFd, [target], { groupSize, prune: false, closeThreads });
	const t1 = performance.now();
	const count = links.linkCount;
	await links.closeAll();
	const t2 = performance.now();
	program.close();
	const row = {
		groupSize,
		closeThreads,
		links: count,
		attach_ms: Math.round(t1 - t0),
		detach_ms: Math.round(t2 - t1),
	};
	rows.push(row);
	console.log(
		`group ${String(groupSize).padStart(6)}  links ${String(count).padStart(6)}  attach ${String(row.attach_ms).padStart(6)} ms  detach ${String(row.detach_ms).padStart(6)} ms with ${closeThreads} threads`,
	);
}
record("attach-batch", { binary, functions: cookies.length, rows });
