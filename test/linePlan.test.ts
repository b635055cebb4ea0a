// xcover-test: rootless
/**
 * The line probe plan and the report built from it, without tracing: where line granularity puts
 * its probes, checked against readelf's decoded line table and nm, and how hits on those probes
 * become a function's lines (runs without root).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { entrySiteOf, type ProbePlan, planProbes, sitesOfUnit, unitCount, unitsOfSite } from "../src/probes/plan.js";
import { buildReport } from "../src/report/build.js";
import { symbolizeBinary } from "../src/symbolize/symbolize.js";
import { fixtures, must, workDir } from "./helpers.js";

const dir = workDir("line-plan");
const source = join(fixtures, "hotlines.c");
const text = readFileSync(source, "utf8").split("\n");
const lineOf = (needle: string): number => text.findIndex((l) => l.includes(needle)) + 1;
const bin = join(dir, "hotlines");
must("gcc", ["-O0", "-g", "-o", bin, source]);

function linePlan(): ProbePlan {
	const { table, lineTables } = symbolizeBinary(bin, { lines: true });
	return planProbes(
		[table],
		{ include: [/^(hot|locked|branch)$/], exclude: [] },
		{
			granularity: "line",
			lineTables: new Map([[table.path, lineTables ?? []]]),
		},
	);
}

/** Statement rows of hotlines.c by readelf: address → line. */
function readelfStatements(): Map<number, number> {
	const out = new Map<number, number>();
	for (const row of must("readelf", ["--debug-dump=decodedline", bin]).split("\n")) {
		const m = /^hotlines\.c\s+(\d+)\s+(0x[0-9a-f]+)\s+(?:\d+\s+)?x\s*$/.exec(row.trim());
		if (m) out.set(Number.parseInt(m[2] as string, 16), Number(m[1]));
	}
	return out;
}

/** Function extents by nm: name → [address, end). */
function nmExtents(): Map<string, [number, number]> {
	const out = new Map<string, [number, number]>();
	for (const row of must("nm", ["-S", "--defined-only", bin]).split("\n")) {
		const [addr, size, , name] = row.trim().split(/\s+/);
		if (name && size)
			out.set(name, [
				Number.parseInt(addr as string, 16),
				Number.parseInt(addr as string, 16) + Number.parseInt(size, 16),
			]);
	}
	return out;
}

describe("the line probe plan", () => {
	it("probes every statement row readelf lists, on the row's own line, and each entry", () => {
		const plan = linePlan();
		const statements = readelfStatements();
		const extents = nmExtents();
		const { sites } = plan;
		const b = plan.binaries[0];
		assert.ok(b);
		assert.equal(b.functions.length, 3);
		b.functions.forEach((fn, i) => {
			const name = fn.names[0] as string;
			const [lo, hi] = extents.get(name) ?? [0, 0];
			assert.equal(fn.address, lo, name);
			// readelf's statement lines inside the function, as the plan's lines must be.
			const want = new Set([...statements].filter(([a]) => a >= lo && a < hi).map(([, l]) => l));
			const got = new Set<number>();
			const probed = new Set<number>();
			const f = b.firstFunction + i;
			for (let u = sites.functionUnitStart[f] as number; u < (sites.functionUnitStart[f + 1] as number); u++) {
				got.add(sites.unitLine[u] as number);
				for (const c of sitesOfUnit(sites, u)) {
					const addr = (sites.offsets[c] as number) - fn.offset + fn.address;
					// Every probe sits on a statement row of its own line.
					assert.equal(statements.get(addr), sites.unitLine[u], `${name} probe at 0x${addr.toString(16)}`);
					probed.add(addr);
				}
			}
			assert.deepEqual([...got].sort(), [...want].sort(), name);
			assert.deepEqual(
				[...probed].sort(),
				[...statements.keys()].filter((a) => a >= lo && a < hi).sort(),
				`${name}: every statement row probed`,
			);
			assert.equal((sites.offsets[entrySiteOf(sites, f)] as number) - fn.offset, 0, `${name}: entry probed`);
		});
		// The lock-prefixed line is predicted refused, and only that line.
		const refusedLines = [...plan.refused.keys()].flatMap((c) =>
			[...unitsOfSite(sites, c)].map((u) => sites.unitLine[u]),
		);
		assert.deepEqual(refusedLines, [lineOf("lock incq")]);
		// A loop's line has two stretches (the test and the increment apart from the body).
		const loopLine = lineOf("for (long i = 0");
		const loop = [...Array(unitCount(sites)).keys()].find((u) => sites.unitLine[u] === loopLine) as number;
		assert.ok(sitesOfUnit(sites, loop).length >= 2);
	});

	it("turns hits into lines: any probe of a line covers it, the declaration line follows the entry", () => {
		const plan = linePlan();
		const { sites } = plan;
		const b = plan.binaries[0];
		assert.ok(b);
		const branch = b.functions.findIndex((f) => f.names[0] === "branch");
		const f = b.firstFunction + branch;
		const counts = new Float64Array(sites.count);
		for (let u = sites.functionUnitStart[f] as number; u < (sites.functionUnitStart[f + 1] as number); u++) {
			// Everything of branch() ran but its `return 10;`, three times.
			if (sites.unitLine[u] !== lineOf("return 10;")) counts[sitesOfUnit(sites, u)[0] as number] = 3;
		}
		const entry = b.functions[branch];
		assert.ok(entry);
		const facts = {
			plan,
			counts,
			unprobeable: plan.refused,
			locations: new Map([
				[b.functions[branch] as never, { file: source, lineStart: lineOf("int branch(int take)"), lineEnd: 0 }],
			]),
			startedAt: new Date(0),
			endedAt: new Date(1),
		};
		for (const mode of ["first-hit", "count"] as const) {
			const report = buildReport({ ...facts, mode });
			const fns = report.binaries[0]?.functions ?? [];
			const br = fns.find((x) => x.name === "branch");
			assert.ok(br?.covered);
			const hits = mode === "count" ? 3 : 1;
			assert.deepEqual(
				br?.lines?.find((l) => l.line === lineOf("int branch(int take)")),
				{ line: lineOf("int branch(int take)"), hits },
				"the declaration line ran with the entry",
			);
			assert.deepEqual(
				br?.lines?.find((l) => l.line === lineOf("return 10;")),
				{ line: lineOf("return 10;"), hits: 0 },
			);
			assert.equal(br?.calls, mode === "count" ? 3 : undefined);
			const locked = fns.find((x) => x.name === "locked");
			assert.equal(locked?.covered, false);
			assert.deepEqual(
				locked?.lines?.find((l) => l.line === lineOf("lock incq")),
				{
					line: lineOf("lock incq"),
					hits: 0,
					unprobeable: true,
				},
			);
			const t = report.totals.lines;
			assert.ok(t);
			assert.equal(t.unprobeable, 1);
			assert.equal(t.traced, t.lines - 1);
			assert.equal(t.covered, (br?.lines ?? []).filter((l) => l.hits > 0).length);
			assert.equal(report.cov_by_line, t.percent);
			// A function report of the same run has no lines.
			const asFunctions = buildReport({ ...facts, mode, granularity: "function" });
			assert.equal(asFunctions.totals.lines, undefined);
			assert.ok(asFunctions.binaries[0]?.functions.every((x) => x.lines === undefined));
		}
	});
});
