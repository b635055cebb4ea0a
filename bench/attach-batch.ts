/**
 * How many offsets to put in one uprobe_multi link: attaches every function of a large binary
 * (default /usr/bin/node) with several batch sizes and times attaching and detaching each way.
 * Usage: node --import tsx bench/attach-batch.ts [BINARY]
 */
import { close, closeSync } from "node:fs";
import { readFunctionTable } from "../src/elf/functions.js";
import { planProbes } from "../src/probes/plan.js";
import { attachAll } from "../src/tracer/attach.js";
import { loadTracerProgram, selfIdentity } from "../src/tracer/loader.js";
import { record } from "./results.js";

const binary = process.argv[2] ?? "/usr/bin/node";
const plan = planProbes([readFunctionTable(binary)], { include: [], exclude: [] });
const b = plan.binaries[0];
if (!b) throw new Error("no binary");
const cookies = b.functions.map((_, i) => i).filter((c) => !plan.refused.has(c));
const target = { path: binary, cookies, offsets: cookies.map((c) => b.functions[c]?.offset ?? 0) };

const rows: Array<Record<string, number>> = [];
for (const batch of [256, 1024, 4096, 16384, 65536]) {
	for (const closing of ["parallel", "serial"] as const) {
		const program = loadTracerProgram({
			functionCount: plan.functionCount,
			mode: "first-hit",
			ringBytes: 1 << 16,
			self: selfIdentity(),
		});
		const t0 = performance.now();
		const { links } = attachAll(program.progFd, [target], batch);
		const t1 = performance.now();
		if (closing === "parallel") await Promise.all(links.map((fd) => new Promise((done) => close(fd, done))));
		else for (const fd of links) closeSync(fd);
		const t2 = performance.now();
		program.close();
		const row = { batch, links: links.length, attach_ms: Math.round(t1 - t0), detach_ms: Math.round(t2 - t1) };
		rows.push({ ...row, parallel: closing === "parallel" ? 1 : 0 });
		console.log(
			`batch ${String(batch).padStart(6)}  links ${String(links.length).padStart(4)}  attach ${String(row.attach_ms).padStart(5)} ms  detach (${closing}) ${String(row.detach_ms).padStart(5)} ms`,
		);
	}
}
record("attach-batch", {
	binary,
	functions: cookies.length,
	uvThreadpool: process.env.UV_THREADPOOL_SIZE ?? "4",
	rows,
});
