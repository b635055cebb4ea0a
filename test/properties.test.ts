// xcover-test: rootless
/**
 * Property tests of the report algebra: what the writer produces the reader takes back, merge is
 * a commutative, associative union (idempotent up to counts, which add up), diff is antisymmetric
 * and empty against itself, and the probe plan's site and unit relations are consistent.
 * fast-check prints the seed and the shrunk counterexample of any failure; set FC_SEED to replay.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { LineTable } from "../src/dwarf/index.js";
import type { SiteStrategy } from "../src/probes/lines.js";
import { entrySiteOf, functionPlan, type ProbePlan, planProbes, sitesOfUnit, unitsOfSite } from "../src/probes/plan.js";
import { buildReport } from "../src/report/build.js";
import { type CoverageDiff, diffReports, type FunctionRef, formatDiffText } from "../src/report/diff.js";
import { formatJson } from "../src/report/json.js";
import { mergeReports } from "../src/report/merge.js";
import { buildModel } from "../src/report/model.js";
import { parseReport } from "../src/report/readReport.js";
import {
	assembleReport,
	binaryTotalsOf,
	type CoverageReport,
	compareText,
	type FunctionCoverage,
	granularityOf,
	sourceFilesOf,
} from "../src/report/report.js";
import { check, count, MAX, type PlanInput, planInput, report, runs } from "./arbitraries.js";

/**
 * Fixed unless FC_SEED asks otherwise, so that CI runs the same cases every time; FC_SCALE
 * multiplies the runs, for hunting with fresh seeds.
 */
const seed = process.env.FC_SEED === undefined ? 20260102 : Number(process.env.FC_SEED);
const scale = Number(process.env.FC_SCALE ?? 1);
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns: Math.ceil(numRuns * scale), seed });

/** JSON with object keys sorted: merge builds objects field by field, in another order than a run. */
function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
		const sorted: Record<string, unknown> = {};
		for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
		return sorted;
	});
}

/**
 * What "the same merged report" means. Left out, as merge documents them as order-dependent or
 * not its to keep: the binaries' order (first report's first) and so exe_path and the order of
 * funcs_traced/funcs_ack, which are compared as sorted lists; the command and tool version (a
 * merge is no run of a command, and is written by this xcover); and unprobeable_reason, which is
 * the first run's when every run refused the probe (the reason can differ between runs).
 */
function canon(r: CoverageReport): string {
	const { exe_path: _exe, command: _command, tool: _tool, funcs_traced, funcs_ack, binaries, ...rest } = r;
	return canonicalJson({
		...rest,
		funcs_traced: [...funcs_traced].sort(compareText),
		funcs_ack: [...funcs_ack].sort(compareText),
		binaries: [...binaries]
			.sort((a, b) => compareText(a.path, b.path))
			.map((b) => ({ ...b, functions: b.functions.map(({ unprobeable_reason: _reason, ...f }) => f) })),
	});
}

const merge = (...reports: CoverageReport[]): CoverageReport =>
	mergeReports(reports.map((report, i) => ({ report, source: `r${i}.json` })));

function roundTrip(r: CoverageReport): CoverageReport {
	return parseReport(formatJson(r), "generated.json");
}

/** The same report with every count doubled, as merging it with itself adds them. */
function doubled(r: CoverageReport): CoverageReport {
	const copy = structuredClone(r);
	const twice = (n: number) => Math.min(MAX, 2 * n);
	for (const b of copy.binaries) {
		for (const f of b.functions) {
			if (f.calls !== undefined) f.calls = twice(f.calls);
			if (r.mode === "count") for (const l of f.lines ?? []) l.hits = twice(l.hits);
		}
	}
	return copy;
}

/** Totals, source files and the report-wide fields as the report's own functions give them. */
function recomputed(r: CoverageReport): CoverageReport {
	const granularity = granularityOf(r);
	const binaries = r.binaries.map((b) => ({
		...b,
		totals: binaryTotalsOf(b.functions, granularity),
		source_files: sourceFilesOf(b.functions, granularity),
	}));
	const out = assembleReport({ mode: r.mode, granularity, started_at: r.started_at, ended_at: r.ended_at }, binaries);
	out.tool = r.tool;
	if (r.command) out.command = r.command;
	return out;
}

describe("generated reports", () => {
	it("are taken back by the reader exactly as written", () => {
		check(
			fc.property(report({ oddTimestamps: true, hostileHead: true }), (r) => {
				assert.deepStrictEqual(roundTrip(r), r);
			}),
			params(300),
		);
	});
});

/** The same function report as version 1 wrote it: no granularity field. */
function versionOne(r: CoverageReport): CoverageReport {
	const { granularity: _granularity, ...rest } = r;
	return { ...rest, schema_version: 1 };
}

describe("the model every writer renders", () => {
	it("puts each function in one group, and each file's lines in its file group: the groups add up to the binary", () => {
		check(
			fc.property(report(), (r) => {
				const model = buildModel(r);
				const keys = ["functions", "traced", "covered", "unprobeable"] as const;
				model.binaries.forEach((b, i) => {
					const binary = r.binaries[i];
					assert.ok(binary);
					for (const k of keys)
						assert.equal(
							b.groups.reduce((n, g) => n + g.totals[k], 0),
							binary.totals[k],
							k,
						);
					assert.equal(
						b.groups.reduce((n, g) => n + g.functions.length, 0),
						binary.functions.length,
					);
					const lines = binary.totals.lines;
					if (!lines) return;
					const files = b.groups.filter((g) => g.kind === "file");
					for (const k of ["lines", "traced", "covered", "unprobeable"] as const)
						assert.equal(
							files.reduce((n, g) => n + (g.totals.lines?.[k] ?? 0), 0),
							lines[k],
							`lines ${k}`,
						);
					for (const g of files) assert.equal(g.lines?.length, g.totals.lines?.lines);
				});
			}),
			params(200),
		);
	});
});

describe("merge", () => {
	it("of version 1 and 2 reports is the merge of the same reports in version 2", () => {
		check(
			fc.property(runs(2, { granularity: "function" }), ([a, b]) => {
				const old = versionOne(a);
				assert.deepStrictEqual(roundTrip(old), old);
				assert.equal(canon(merge(old, b)), canon(merge(a, b)));
			}),
			params(100),
		);
	});

	it("forced over two builds of a binary gives totals that are its functions', and a report the reader takes", () => {
		check(
			fc.property(runs(3), ([a, b, c]) => {
				// b is another build of every binary: its functions are matched by name from there on.
				const rebuilt = {
					...b,
					binaries: b.binaries.map((x) => ({ ...x, build_id: `${x.build_id ?? ""}ff` })),
				};
				const m = mergeReports(
					[a, rebuilt, c].map((report, i) => ({ report, source: `r${i}.json` })),
					{ force: true },
				);
				assert.equal(canon(m), canon(recomputed(m)));
				assert.deepStrictEqual(roundTrip(m), m);
				// Covered anywhere is covered in the merge, by name.
				const covered = (r: CoverageReport) =>
					new Set(r.binaries.flatMap((x) => x.functions.filter((f) => f.covered).map((f) => `${x.path}\0${f.name}`)));
				const merged = covered(m);
				for (const r of [a, rebuilt, c]) for (const k of covered(r)) assert.ok(merged.has(k), k);
			}),
			params(150),
		);
	});

	it("is commutative", () => {
		check(
			fc.property(runs(2), ([a, b]) => {
				assert.equal(canon(merge(a, b)), canon(merge(b, a)));
			}),
			params(200),
		);
	});

	it("is commutative also in its times, whatever the reports' timestamps say", () => {
		check(
			fc.property(runs(2, { oddTimestamps: true }), ([a, b]) => {
				const [ab, ba] = [merge(a, b), merge(b, a)];
				assert.deepStrictEqual([ab.started_at, ab.ended_at], [ba.started_at, ba.ended_at]);
				// The earliest start and the latest end Date.parse can read, over one it cannot.
				const readable = (pick: (r: CoverageReport) => string) =>
					[a, b].map((r) => Date.parse(pick(r))).filter((t) => !Number.isNaN(t));
				const starts = readable((r) => r.started_at);
				const ends = readable((r) => r.ended_at);
				if (starts.length > 0) assert.equal(Date.parse(ab.started_at), Math.min(...starts));
				if (ends.length > 0) assert.equal(Date.parse(ab.ended_at), Math.max(...ends));
			}),
			params(200),
		);
	});

	it("is associative, and merging one at a time is merging all at once", () => {
		check(
			fc.property(runs(3), ([x, y, z]) => {
				const all = canon(merge(x, y, z));
				assert.equal(canon(merge(merge(x, y), z)), all);
				assert.equal(canon(merge(x, merge(y, z))), all);
			}),
			params(150),
		);
	});

	it("of one report is that report", () => {
		check(
			fc.property(report(), (r) => {
				assert.equal(canon(merge(r)), canon(r));
			}),
			params(200),
		);
	});

	it("of a report with itself covers the same, and adds its counts (saturating at 2^53 − 1)", () => {
		check(
			fc.property(report(), (r) => {
				const twice = merge(r, r);
				assert.equal(canon(twice), canon(doubled(r)));
				assert.deepStrictEqual(twice.totals, r.totals);
			}),
			params(200),
		);
	});

	it("gives totals that are its functions', and a report the reader takes", () => {
		check(
			fc.property(runs(3), (reports) => {
				const m = merge(...reports);
				assert.equal(canon(m), canon(recomputed(m)));
				assert.deepStrictEqual(roundTrip(m), m);
			}),
			params(150),
		);
	});

	it("never counts past 2^53 − 1, however many runs add up", () => {
		check(
			fc.property(runs(2, { mode: "count" }), fc.integer({ min: 2, max: 6 }), ([a, b], n) => {
				const m = merge(...Array.from({ length: n }, (_, i) => (i % 2 === 0 ? a : b)));
				assert.deepStrictEqual(roundTrip(m), m);
			}),
			params(100),
		);
	});
});

const keysOf = (refs: readonly FunctionRef[]): string[] => refs.map((r) => `${r.binary}\0${r.name}`).sort(compareText);

function assertEmpty(d: CoverageDiff): void {
	assert.deepStrictEqual([d.newlyCovered, d.newlyUncovered, d.added, d.removed], [[], [], [], []]);
	assert.equal(d.delta, 0);
	for (const b of d.binaries) assert.equal(b.delta, 0);
	if (d.lines) {
		assert.deepStrictEqual([d.lines.newlyCovered, d.lines.newlyUncovered], [[], []]);
		assert.equal(d.lines.delta, 0);
	}
}

describe("diff", () => {
	it("of a report against itself is empty", () => {
		check(
			fc.property(report(), (r) => assertEmpty(diffReports(r, r))),
			params(200),
		);
	});

	it("is antisymmetric: what a → b newly covers, b → a newly uncovers", () => {
		check(
			fc.property(runs(2), ([a, b]) => {
				const ab = diffReports(a, b);
				const ba = diffReports(b, a);
				assert.deepStrictEqual(keysOf(ab.newlyCovered), keysOf(ba.newlyUncovered));
				assert.deepStrictEqual(keysOf(ab.newlyUncovered), keysOf(ba.newlyCovered));
				assert.deepStrictEqual(keysOf(ab.added), keysOf(ba.removed));
				// Not equal(ab.delta, -ba.delta): 0 − 0 is 0 one way and −0 the other, the same change.
				assert.equal(ab.delta + ba.delta, 0);
				assert.equal(ab.granularity, ba.granularity);
				if (ab.lines && ba.lines) {
					assert.deepStrictEqual(ab.lines.newlyCovered, ba.lines.newlyUncovered);
					assert.deepStrictEqual(ab.lines.newlyUncovered, ba.lines.newlyCovered);
				}
			}),
			params(200),
		);
	});

	it("for a terminal, puts each entry on a line of its own, with no control or bidi character from a name", () => {
		check(
			fc.property(runs(2, { hostileHead: true }), ([a, b]) => {
				const d = diffReports(a, b);
				const text = formatDiffText(d);
				const files = d.lines ? 2 + d.lines.newlyCovered.length + d.lines.newlyUncovered.length + 1 : 0;
				const refs = d.newlyCovered.length + d.newlyUncovered.length + d.added.length + d.removed.length;
				const expected = 1 + d.binaries.length + 4 + refs + files;
				// Every line end any terminal, log viewer or splitlines() honours.
				// biome-ignore lint/suspicious/noControlCharactersInRegex: line ends a name must not bring
				assert.equal(text.split(/\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/).length - 1, expected);
				// biome-ignore lint/suspicious/noControlCharactersInRegex: what a name must not bring to a terminal
				const unprintable = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
				assert.doesNotMatch(text.replaceAll("\n", ""), unprintable);
			}),
			params(200),
		);
	});

	it("from a report to its merge with another uncovers nothing", () => {
		check(
			fc.property(runs(2), ([a, b]) => {
				const d = diffReports(a, merge(a, b));
				assert.deepStrictEqual(d.newlyUncovered, []);
				assert.deepStrictEqual(d.removed, []);
				assert.deepStrictEqual(d.lines?.newlyUncovered ?? [], []);
			}),
			params(200),
		);
	});
});

/** Every invariant plan.ts states of a SitePlan. */
function checkPlan(plan: ProbePlan): void {
	const { sites } = plan;
	const units = sites.unitLine.length;
	assert.equal(sites.offsets.length, sites.count);
	assert.equal(sites.functionSiteStart.length, plan.functionCount + 1);
	assert.equal(sites.functionUnitStart.length, plan.functionCount + 1);
	assert.equal(sites.functionSiteStart[0], 0);
	assert.equal(sites.functionUnitStart[0], 0);
	assert.equal(sites.functionSiteStart[plan.functionCount], sites.count);
	assert.equal(sites.functionUnitStart[plan.functionCount], units);
	assert.equal(sites.unitSiteStart.length, units + 1);
	assert.equal(sites.siteUnitStart.length, sites.count + 1);
	assert.equal(sites.unitSiteStart[units], sites.unitSites.length);
	assert.equal(sites.siteUnitStart[sites.count], sites.siteUnits.length);
	assert.equal(sites.unitFile.length, units);
	// unit → its function, from the contiguous ranges.
	const functionOfUnit = new Int32Array(units).fill(-1);
	const functionOfSite = new Int32Array(sites.count).fill(-1);
	for (const b of plan.binaries) {
		b.functions.forEach((fn, i) => {
			const f = b.firstFunction + i;
			const [s0, s1] = [sites.functionSiteStart[f] as number, sites.functionSiteStart[f + 1] as number];
			const [u0, u1] = [sites.functionUnitStart[f] as number, sites.functionUnitStart[f + 1] as number];
			assert.ok(s1 > s0, `function ${f} has a site`);
			assert.ok(u1 > u0, `function ${f} has a unit`);
			assert.equal(entrySiteOf(sites, f), s0);
			assert.equal(sites.offsets[s0], fn.offset, "the first site is the entry");
			// After the entry, each function's sites are distinct and ascending.
			for (let s = s0 + 1; s < s1; s++) {
				assert.notEqual(sites.offsets[s], fn.offset);
				if (s > s0 + 1) assert.ok((sites.offsets[s] as number) > (sites.offsets[s - 1] as number));
			}
			for (let s = s0; s < s1; s++) functionOfSite[s] = f;
			for (let u = u0; u < u1; u++) functionOfUnit[u] = f;
		});
	}
	assert.ok(
		functionOfSite.every((f) => f >= 0),
		"every cookie 0..n−1 belongs to a function",
	);
	assert.ok(functionOfUnit.every((f) => f >= 0));
	const pairs = (list: Array<[number, number]>) => list.map(([a, b]) => `${a}:${b}`).sort();
	const fromUnits: Array<[number, number]> = [];
	const fromSites: Array<[number, number]> = [];
	for (let u = 0; u < units; u++) {
		const list = [...sitesOfUnit(sites, u)];
		assert.ok(list.length > 0, `unit ${u} has a site`);
		assert.equal(new Set(list).size, list.length, `unit ${u} lists a site once`);
		for (const s of list) {
			assert.ok(s < sites.count);
			assert.equal(functionOfSite[s], functionOfUnit[u], "a unit's sites are its function's");
			fromUnits.push([u, s]);
		}
		if (sites.unitLine[u] !== 0) assert.ok((sites.unitFile[u] as number) < sites.files.length);
	}
	for (let s = 0; s < sites.count; s++) {
		const list = [...unitsOfSite(sites, s)];
		assert.ok(list.length > 0, `site ${s} covers a unit`);
		assert.equal(new Set(list).size, list.length, `site ${s} lists a unit once`);
		for (const u of list) fromSites.push([u, s]);
	}
	assert.deepStrictEqual(pairs(fromSites), pairs(fromUnits), "sitesOfUnit and unitsOfSite are inverse relations");
}

/** Each line unit's sites sit on a row of its line inside its function, in the table the plan used. */
function checkLineSites(plan: ProbePlan, inputs: readonly PlanInput[], strategy: SiteStrategy): void {
	const { sites } = plan;
	plan.binaries.forEach((b, bi) => {
		const input = inputs[bi] as PlanInput;
		b.functions.forEach((fn, i) => {
			const f = b.firstFunction + i;
			const delta = fn.offset - fn.address;
			for (let u = sites.functionUnitStart[f] as number; u < (sites.functionUnitStart[f + 1] as number); u++) {
				const line = sites.unitLine[u] as number;
				for (const s of sitesOfUnit(sites, u)) {
					const addr = (sites.offsets[s] as number) - delta;
					assert.ok(addr >= fn.address && addr < fn.address + Math.max(1, fn.size), "a site lies in its function");
					if (line === 0) {
						assert.equal(addr, fn.address, "a unit without a line is the entry alone");
						continue;
					}
					const file = sites.files[sites.unitFile[u] as number];
					const onRow = input.lineTables.some((t) => {
						for (let r = 0; r < t.count; r++) {
							const at = Math.max(t.addr[r] as number, fn.address);
							if (at === addr && t.line[r] === line && t.files[t.file[r] as number] === file) return true;
						}
						return false;
					});
					assert.ok(onRow, `site ${s} of line ${line} sits on a row of that line`);
				}
			}
			// With one line table and every row probed, each statement row inside the function is a
			// site of its own line.
			const [table, ...others] = input.lineTables;
			if (!table || others.length > 0 || strategy !== "rows") return;
			const probed = new Set<string>();
			for (let u = sites.functionUnitStart[f] as number; u < (sites.functionUnitStart[f + 1] as number); u++) {
				const file = sites.files[sites.unitFile[u] as number];
				for (const s of sitesOfUnit(sites, u))
					probed.add(`${file}\0${sites.unitLine[u]}\0${(sites.offsets[s] as number) - delta}`);
			}
			for (let r = 0; r < table.count; r++) {
				const addr = table.addr[r] as number;
				if (table.stmt[r] !== 1 || table.line[r] === 0) continue;
				if (addr < fn.address || addr >= fn.address + Math.max(1, fn.size)) continue;
				const key = `${table.files[table.file[r] as number]}\0${table.line[r]}\0${addr}`;
				assert.ok(probed.has(key), `row ${r} (line ${table.line[r]} at ${addr}) is probed`);
			}
		});
	});
}

describe("the probe plan", () => {
	it("in function granularity: one dense cookie per function, on its entry", () => {
		check(
			fc.property(fc.array(planInput("/bin/x"), { minLength: 1, maxLength: 3 }), (inputs) => {
				const plan = functionPlan(inputs.map((i) => ({ table: i.table, functions: i.table.functions })));
				checkPlan(plan);
				assert.equal(plan.sites.count, plan.functionCount);
			}),
			params(200),
		);
	});

	it("in line granularity: consistent site and unit relations, sites on their lines' rows", () => {
		check(
			fc.property(
				fc.array(planInput("/bin/x"), { minLength: 1, maxLength: 3 }),
				fc.constantFrom("rows" as const, "starts" as const),
				(generated, strategy) => {
					const inputs = generated.map((g, i) => ({ ...g, table: { ...g.table, path: `/bin/x${i}` } }));
					const plan = planProbes(
						inputs.map((i) => i.table),
						{ include: [], exclude: [] },
						{ granularity: "line", lineTables: new Map(inputs.map((i) => [i.table.path, i.lineTables])), strategy },
					);
					checkPlan(plan);
					checkLineSites(plan, inputs, strategy);
				},
			),
			params(300),
		);
	});

	it("gives, with any counts, a report the reader takes", () => {
		check(
			fc.property(
				fc.array(planInput("/bin/x"), { minLength: 1, maxLength: 2 }),
				fc.constantFrom("count" as const, "first-hit" as const),
				// The hit array's counters are 64 bits.
				fc.array(fc.oneof(count, fc.constant(2 ** 64)), { maxLength: 64 }),
				fc.array(fc.nat(63), { maxLength: 6 }),
				fc.constantFrom(undefined, "function" as const),
				(generated, mode, values, refused, granularity) => {
					const inputs = generated.map((g, i) => ({ ...g, table: { ...g.table, path: `/bin/x${i}` } }));
					const plan = planProbes(
						inputs.map((i) => i.table),
						{ include: [], exclude: [] },
						{ granularity: "line", lineTables: new Map(inputs.map((i) => [i.table.path, i.lineTables])) },
					);
					const n = plan.sites.count;
					const counts = Float64Array.from({ length: n }, (_, i) => values[i % Math.max(1, values.length)] ?? 0);
					const unprobeable = new Map(refused.filter((s) => s < n).map((s) => [s, "EINVAL"]));
					for (const s of unprobeable.keys()) counts[s] = 0;
					const r = buildReport({
						plan,
						mode,
						counts,
						unprobeable,
						startedAt: new Date(0),
						endedAt: new Date(1000),
						...(granularity ? { granularity } : {}),
					});
					assert.deepStrictEqual(roundTrip(r), r);
				},
			),
			params(200),
		);
	});
});

/** A count-mode line report of one binary, its totals made from the functions given. */
function countLineReport(functions: FunctionCoverage[], buildId: string | null = "aa"): CoverageReport {
	const binary = {
		path: "/bin/app",
		build_id: buildId,
		arch: "x86_64",
		functions,
		totals: binaryTotalsOf(functions, "line"),
		source_files: sourceFilesOf(functions, "line"),
	};
	return assembleReport(
		{
			mode: "count",
			granularity: "line",
			started_at: "2020-01-01T00:00:00.000Z",
			ended_at: "2020-01-01T00:00:00.000Z",
		},
		[binary],
	);
}

function lineFunction(offset: number, hits: number): FunctionCoverage {
	return {
		names: ["f"],
		name: "f",
		raw_name: "f",
		offset,
		size: 16,
		covered: hits > 0,
		unprobeable: false,
		calls: hits,
		file: "/src/a.c",
		line_start: 1,
		line_end: 1,
		lines: [{ line: 1, hits }],
	};
}

describe("regressions found by the properties", () => {
	it("merge keeps the readable times, whichever report comes first", () => {
		const readable = countLineReport([]);
		const odd = { ...countLineReport([]), started_at: "", ended_at: "soon" };
		for (const m of [merge(readable, odd), merge(odd, readable)]) {
			assert.deepStrictEqual([m.started_at, m.ended_at], [readable.started_at, readable.ended_at]);
		}
	});

	it("the diff for a terminal shows a name's line separators and bidi overrides as escapes", () => {
		const r = countLineReport([{ ...lineFunction(0, 1), name: "f\u2028g\u202eh", names: ["f"] }]);
		const text = formatDiffText(diffReports(countLineReport([]), r));
		assert.match(text, /^added \(1\):\n {2}app {2}f\\u\{2028\}g\\u\{202e\}h {2}\/src\/a\.c:1$/m);
	});

	it("a merged report merged again sums its lines' hits saturating, as written", () => {
		const inner = merge(countLineReport([lineFunction(0, MAX)]));
		const m = merge(countLineReport([lineFunction(0, 1)]), inner);
		assert.deepStrictEqual(m.binaries[0]?.functions[0]?.lines, [{ line: 1, hits: MAX }]);
		assert.deepStrictEqual(roundTrip(m), m);
	});

	it("a forced merge of same-named functions sums their lines' hits saturating", () => {
		const first = countLineReport([lineFunction(0, MAX), lineFunction(16, MAX)], "aa");
		const other = { ...lineFunction(0, 0), names: ["g"], name: "g", raw_name: "g" };
		const second = countLineReport([other], "bb");
		const m = mergeReports(
			[
				{ report: first, source: "a.json" },
				{ report: second, source: "b.json" },
			],
			{ force: true },
		);
		assert.deepStrictEqual(
			m.binaries[0]?.functions.map((f) => [f.names[0], f.lines]),
			[
				["f", [{ line: 1, hits: MAX }]],
				["g", [{ line: 1, hits: 0 }]],
			],
		);
		assert.deepStrictEqual(roundTrip(m), m);
	});

	it('a line in a file named "" is not the function\'s own line of that number', () => {
		const both: FunctionCoverage = {
			...lineFunction(0, 1),
			lines: [
				{ line: 9, hits: 1 },
				{ line: 9, hits: 0, file: "" },
			],
		};
		const { file: _file, line_start: _start, line_end: _end, ...fileless } = both;
		const m = merge(countLineReport([fileless]));
		assert.deepStrictEqual(m.binaries[0]?.functions[0]?.lines, fileless.lines);
		const fn = buildModel(countLineReport([both])).binaries[0]?.groups.flatMap((g) => g.functions)[0];
		assert.deepStrictEqual(fn?.lineTotals, { lines: 2, traced: 2, covered: 1, unprobeable: 0, percent: 50 });
	});

	it("a line's sites and a function's entry count no further than 2^53 − 1", () => {
		const fn = { names: ["f"], address: 0x1000, offset: 0x1000, size: 8 };
		const table = { path: "/bin/app", buildId: undefined, arch: "aarch64", functions: [fn] };
		const rows: LineTable = {
			count: 3,
			addr: Float64Array.from([0x1000, 0x1004, 0x1008]),
			line: Uint32Array.from([1, 1, 0]),
			file: Uint32Array.from([0, 0, 0]),
			stmt: Uint8Array.from([1, 1, 1]),
			files: ["/src/a.c"],
		};
		const plan = planProbes(
			[table],
			{ include: [], exclude: [] },
			{
				granularity: "line",
				lineTables: new Map([[table.path, [rows]]]),
			},
		);
		assert.equal(plan.sites.count, 2);
		const r = buildReport({
			plan,
			mode: "count",
			counts: Float64Array.from([2 ** 64, MAX]),
			unprobeable: new Map(),
			startedAt: new Date(0),
			endedAt: new Date(1000),
		});
		const f = r.binaries[0]?.functions[0];
		assert.equal(f?.calls, MAX);
		assert.deepStrictEqual(f?.lines, [{ line: 1, hits: MAX }]);
		assert.deepStrictEqual(roundTrip(r), r);
	});
});
