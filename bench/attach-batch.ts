/**
 * How many functions to put in one uprobe_multi link: attaches every function of a large binary
 * (default /usr/bin/node) in groups of several sizes, and times attaching and removing them all
 * (removal closes every link on CLOSE_THREADS threads, as xcover does).
 * Usage: node --import tsx bench/attach-batch.ts [BINARY] [GROUP_SIZE...]
 * Run it on a copy of node when BINARY is the node that runs it, or it traces itself.
 */
import { readFunctionTable } from "../src/elf/functions.js";
import { planProbes } from "../src/probes/plan.js";
import { ProbeLinks } from "../src/tracer/attach.js";
import { linkBudget } from "../src/tracer/fdBudget.js";
import { loadTracerProgram, selfIdentity } from "../src/tracer/loader.js";
import { CLOSE_THREADS } from "../src/tracer/session.js";
import { record } from "./results.js";

const binary = process.argv[2] ?? "/usr/bin/node";
const sizes = process.argv.slice(3).map(Number);
const plan = planProbes([readFunctionTable(binary)], { include: [], exclude: [] });
const b = plan.binaries[0];
if (!b) throw new Error("no binary");
const cookies = b.functions.map((_, i) => i).filter((c) => !plan.refused.has(c));
const target = { path: binary, cookies, offsets: cookies.map((c) => b.functions[c]?.offset ?? 0) };
const budget = linkBudget(cookies.length);

const rows: Array<Record<string, number>> = [];
for (const groupSize of sizes.length > 0 ? sizes : [1, 4, 16, 64, 1024, 16384]) {
	if (Math.ceil(cookies.length / groupSize) > budget) {
		console.log(`group ${groupSize}: needs more descriptors than the limit allows (${budget})`);
		continue;
	}
	const program = loadTracerProgram({
		functionCount: plan.functionCount,
		mode: "first-hit",
		ringBytes: 1 << 16,
		self: selfIdentity(),
	});
	const t0 = performance.now();
	const links = ProbeLinks.attach(program.progFd, [target], { groupSize, prune: false, closeThreads: CLOSE_THREADS });
	const t1 = performance.now();
	const count = links.linkCount;
	await links.closeAll();
	const t2 = performance.now();
	program.close();
	const row = { groupSize, links: count, attach_ms: Math.round(t1 - t0), detach_ms: Math.round(t2 - t1) };
	rows.push(row);
	console.log(
		`group ${String(groupSize).padStart(6)}  links ${String(count).padStart(6)}  attach ${String(row.attach_ms).padStart(6)} ms  detach ${String(row.detach_ms).padStart(6)} ms`,
	);
}
record("attach-batch", { binary, functions: cookies.length, closeThreads: CLOSE_THREADS, rows });
