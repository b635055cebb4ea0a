// xcover-test: rootless
/**
 * From the plan to the links, without attaching: cookies are dense and numbered binary by binary,
 * function by function, each naming its function's entry; first-hit mode shares a link between
 * functions only when the descriptor budget forces it, keeping half the budget for replacements;
 * the budget is what the open-file limit really allows (in a child under prlimit); the first-hit
 * ring fits its functions.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { readPlan, type TraceOptions } from "../src/daemon/trace.js";
import { ignoreDiagnostics } from "../src/diagnostics.js";
import { entrySiteOf, type ProbePlan, unitsOfSite } from "../src/probes/plan.js";
import { FD_RESERVE } from "../src/tracer/fdBudget.js";
import { DEFAULT_BATCH_SIZE, groupSizeFor, MAX_PRUNE_LINKS, ringSizeFor } from "../src/tracer/session.js";
import { compile, fixtures, must, root, sh, workDir } from "./helpers.js";

const dir = workDir("groups");
const select = compile(join(dir, "select"), ["select.c"]);
const threads = compile(join(dir, "threads"), ["threads.c"], ["-pthread"]);

function plan(paths: string[], options: Partial<TraceOptions> = {}): ProbePlan {
	return readPlan(
		{ paths, include: [], exclude: [], mode: "first-hit", reportPath: join(dir, "unused.json"), ...options },
		{ log: () => {}, diagnostics: ignoreDiagnostics },
	).plan;
}

/** File offsets of the defined function symbols, by readelf: symbol value mapped through its LOAD segment. */
function entryOffsets(path: string): Map<string, number> {
	const loads = [
		...must("readelf", ["-lW", path]).matchAll(
			/^\s*LOAD\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)/gm,
		),
	].map((m) => ({
		offset: parseInt(m[1] as string, 16),
		vaddr: parseInt(m[2] as string, 16),
		size: parseInt(m[3] as string, 16),
	}));
	const out = new Map<string, number>();
	for (const line of must("readelf", ["-sW", path]).split("\n")) {
		const f = line.trim().split(/\s+/);
		if (f.length < 8 || f[3] !== "FUNC" || !/^\d+$/.test(f[6] as string)) continue;
		const vaddr = parseInt(f[1] as string, 16);
		const seg = loads.find((l) => vaddr >= l.vaddr && vaddr < l.vaddr + l.size);
		if (seg) out.set(f[7] as string, vaddr - seg.vaddr + seg.offset);
	}
	return out;
}

const selectOffsets = entryOffsets(select);
function offsetOf(name: string): number {
	return selectOffsets.get(name) ?? Number.NaN;
}

describe("cookies", () => {
	it("are 0..n-1 across binaries, in plan order, one per function in function granularity", () => {
		const p = plan([select, threads]);
		const [a, b] = p.binaries;
		assert.ok(a && b);
		assert.equal(a.firstFunction, 0);
		assert.equal(b.firstFunction, a.functions.length, "the second binary's cookies follow the first's");
		assert.equal(p.functionCount, a.functions.length + b.functions.length);
		assert.equal(p.sites.count, p.functionCount);
		assert.deepEqual(
			[...p.sites.functionSiteStart],
			Array.from({ length: p.functionCount + 1 }, (_, i) => i),
		);
		for (let c = 0; c < p.sites.count; c++) assert.deepEqual([...unitsOfSite(p.sites, c)], [c]);
	});

	it("name the entry of their function, as readelf places it in the file", () => {
		const p = plan([select, threads]);
		for (const [bin, path] of p.binaries.map((x, i) => [x, [select, threads][i] as string] as const)) {
			const truth = entryOffsets(path);
			bin.functions.forEach((fn, i) => {
				const cookie = entrySiteOf(p.sites, bin.firstFunction + i);
				assert.equal(p.sites.offsets[cookie], fn.offset);
				const want = truth.get(fn.names[0] as string);
				if (want !== undefined) assert.equal(fn.offset, want, `${path}: ${fn.names[0]}`);
			});
			for (const name of path === select ? ["f0", "f9", "main", "never_called"] : ["main"]) {
				const at = bin.functions.findIndex((f) => f.names.includes(name));
				assert.ok(at >= 0, name);
				assert.equal(p.sites.offsets[bin.firstFunction + at], truth.get(name), name);
			}
		}
	});

	it("stay dense after selection, without gaps where functions were left out", () => {
		const p = plan([select, threads], { include: ["^f[13579]$", "^main$"] });
		assert.deepEqual(
			p.binaries.map((b) => [b.firstFunction, b.functions.map((f) => f.names[0])]),
			[
				[0, ["f1", "f3", "f5", "f7", "f9", "main"].sort((x, y) => offsetOf(x) - offsetOf(y))],
				[6, ["main"]],
			],
		);
		assert.equal(p.sites.count, 7);
	});

	it("in line granularity, number each function's sites contiguously, its entry first", () => {
		const hot = join(dir, "hotlines");
		must("gcc", ["-O0", "-g", "-o", hot, join(fixtures, "hotlines.c")]);
		const p = plan([hot, select], { granularity: "line", include: ["^(hot|locked|branch|main|f\\d)$"] });
		const { sites } = p;
		assert.ok(sites.count > p.functionCount, "lines add sites beyond the entries");
		for (let f = 0; f < p.functionCount; f++) {
			const from = sites.functionSiteStart[f] as number;
			const to = sites.functionSiteStart[f + 1] as number;
			assert.ok(to > from, "every function has its entry site");
			const b = p.binaries.find((x) => f >= x.firstFunction && f < x.firstFunction + x.functions.length);
			assert.equal(sites.offsets[from], b?.functions[f - (b?.firstFunction ?? 0)]?.offset, "the entry comes first");
			for (let s = from; s < to; s++) assert.ok(unitsOfSite(sites, s).length > 0, `site ${s} covers a unit`);
		}
		assert.equal(sites.functionSiteStart[p.functionCount], sites.count, "no site outside a function");
		assert.equal(sites.offsets.length, sites.count);
	});
});

describe("link groups in first-hit mode", () => {
	it("give every function its own link while the budget allows one each", () => {
		for (const [sites, budget] of [
			[1, 1],
			[10, 10],
			[1000, 5000],
			[MAX_PRUNE_LINKS, MAX_PRUNE_LINKS],
			[MAX_PRUNE_LINKS, 10 * MAX_PRUNE_LINKS],
		] as const) {
			assert.equal(groupSizeFor(sites, budget), 1, `${sites} sites, budget ${budget}`);
		}
	});

	it("share links past the budget, using at most half of it so shrunk groups can be replaced new-before-old", () => {
		for (const sites of [2, 3, 17, 1000, 16385, 78083, 1_000_000]) {
			for (const budget of [1, 2, 3, 10, 999, 4096, MAX_PRUNE_LINKS, 1 << 20]) {
				const links = Math.min(MAX_PRUNE_LINKS, budget);
				if (sites <= links) continue;
				const size = groupSizeFor(sites, budget);
				const used = Math.ceil(sites / size);
				assert.ok(size >= 1 && Number.isInteger(size), `${sites}/${budget}: size ${size}`);
				assert.ok(used <= Math.max(1, Math.floor(links / 2)), `${sites} sites, budget ${budget}: ${used} links`);
				// And no coarser than that needs: one fewer per link would take more than half.
				if (size > 1) assert.ok(Math.ceil(sites / (size - 1)) > Math.floor(links / 2), `${sites}/${budget}: ${size}`);
			}
		}
	});

	it("never use more than MAX_PRUNE_LINKS links however large the budget", () => {
		assert.equal(groupSizeFor(MAX_PRUNE_LINKS + 1, 1 << 20), Math.ceil((MAX_PRUNE_LINKS + 1) / (MAX_PRUNE_LINKS / 2)));
		assert.equal(groupSizeFor(78083, 1 << 20), 10);
		assert.ok(DEFAULT_BATCH_SIZE >= MAX_PRUNE_LINKS, "count mode packs at least as densely");
	});
});

describe("the descriptor budget", () => {
	/**
	 * linkBudget(wanted) in a fresh process whose open-file limit is `limit` (soft and hard: Node.js
	 * raises the soft limit to the hard one as it starts anyway).
	 */
	function budgetUnder(limit: number, wanted: number) {
		const script = join(dir, "budget.mts");
		writeFileSync(
			script,
			`import { readdirSync } from "node:fs";
import { linkBudget } from ${JSON.stringify(pathToFileURL(join(root, "src/tracer/fdBudget.ts")).href)};
import { native } from ${JSON.stringify(pathToFileURL(join(root, "src/tracer/native.ts")).href)};
const budget = linkBudget(${wanted});
const open = readdirSync("/proc/self/fd").length;
console.log(JSON.stringify({ budget, open, limit: native().getFileLimit() }));
`,
		);
		const r = sh("prlimit", [`--nofile=${limit}:${limit}`, process.execPath, "--import", "tsx", script]);
		assert.equal(r.code, 0, r.stderr);
		return JSON.parse(r.stdout) as { budget: number; open: number; limit: { soft: number; hard: number } };
	}
	const canRaiseHard = (() => {
		const m = /^CapEff:\s*([0-9a-f]+)$/m.exec(must("cat", ["/proc/self/status"]));
		return m !== null && (BigInt(`0x${m[1]}`) & (1n << 24n)) !== 0n; // CAP_SYS_RESOURCE
	})();

	it("leaves a limit that already suffices alone, and keeps the reserve free", () => {
		const r = budgetUnder(8192, 100);
		assert.deepEqual(r.limit, { soft: 8192, hard: 8192 });
		// Within a few descriptors: the count moves while the runtime starts threads and pipes.
		assert.ok(Math.abs(r.budget - (8192 - r.open - FD_RESERVE)) <= 4, JSON.stringify(r));
	});

	it("raises the limit to what the links need with CAP_SYS_RESOURCE, and takes all of it without", () => {
		const r = budgetUnder(3000, 100_000);
		if (canRaiseHard) {
			assert.ok(r.limit.soft >= 100_000 + FD_RESERVE, JSON.stringify(r));
			assert.ok(r.budget >= 100_000, JSON.stringify(r));
		} else {
			assert.deepEqual(r.limit, { soft: 3000, hard: 3000 });
			assert.ok(Math.abs(r.budget - (3000 - r.open - FD_RESERVE)) <= 4, JSON.stringify(r));
			assert.ok(r.budget < 100_000);
		}
	});

	it("is never negative when the limit is below the reserve", () => {
		const r = budgetUnder(256, 10);
		if (!canRaiseHard) assert.equal(r.budget, 0);
		assert.ok(r.budget >= 0);
	});
});

describe("the first-hit ring", () => {
	it("is a power of two holding 16 bytes per function, between 64 KiB and 32 MiB", () => {
		for (const n of [0, 1, 4096, 4097, 100_000, 1 << 21, 1 << 22, 10_000_000]) {
			const size = ringSizeFor(n);
			assert.equal(size & (size - 1), 0, `${n}: ${size} is a power of two`);
			assert.ok(size >= Math.min(Math.max(16 * n, 1 << 16), 1 << 25), `${n}: ${size}`);
			assert.ok(size < 2 * Math.max(16 * n, 1 << 16) && size <= 1 << 25, `${n}: ${size} is the smallest`);
		}
		assert.equal(ringSizeFor(0), 1 << 16);
		assert.equal(ringSizeFor(10_000_000), 1 << 25);
	});
});
