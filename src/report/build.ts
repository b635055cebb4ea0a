/**
 * A traced run's facts (the probe plan, the hit array, source locations) turned into the JSON
 * report. The only place that knows how sites and units map back onto functions and lines.
 */
import { readableName } from "../demangle/demangle.js";
import type { FunctionEntry, SourceLocation } from "../elf/functions.js";
import { entrySiteOf, type Granularity, type ProbePlan, sitesOfUnit } from "../probes/plan.js";
import {
	assembleReport,
	type BinaryCoverage,
	binaryTotalsOf,
	type CoverageMode,
	type CoverageReport,
	compareText,
	type FunctionCoverage,
	type LineCoverage,
	sourceFilesOf,
} from "./report.js";

export interface RunFacts {
	plan: ProbePlan;
	mode: CoverageMode;
	/** Per site (cookie), as the hit array holds it. */
	counts: Float64Array;
	/** site → why the kernel refused it. */
	unprobeable: ReadonlyMap<number, string>;
	/** Source locations read after the run (DWARF), by function; Go's come with the function table. */
	locations?: ReadonlyMap<FunctionEntry, SourceLocation>;
	/** The report's granularity, when coarser than the plan's (a function report of a line trace). */
	granularity?: Granularity;
	startedAt: Date;
	endedAt: Date;
	command?: string[];
	/** The project's folder, recorded for the writers. */
	sourceRoot?: string;
}

export function buildReport(facts: RunFacts): CoverageReport {
	const { plan } = facts;
	const granularity = facts.granularity ?? plan.granularity;
	const binaries: BinaryCoverage[] = plan.binaries.map((b) => {
		const functions = b.functions.map((fn, i) => functionCoverage(facts, granularity, fn, b.firstFunction + i));
		return {
			path: b.table.path,
			build_id: b.table.buildId ?? null,
			arch: b.table.arch,
			functions,
			totals: binaryTotalsOf(functions, granularity),
			source_files: sourceFilesOf(functions, granularity),
		};
	});
	const head: Parameters<typeof assembleReport>[0] = {
		mode: facts.mode,
		granularity,
		started_at: facts.startedAt.toISOString(),
		ended_at: facts.endedAt.toISOString(),
	};
	if (facts.command) head.command = facts.command;
	if (facts.sourceRoot) head.source_root = facts.sourceRoot;
	return assembleReport(head, binaries);
}

function functionCoverage(
	facts: RunFacts,
	granularity: Granularity,
	fn: FunctionEntry,
	index: number,
): FunctionCoverage {
	const { sites } = facts.plan;
	const firstUnit = sites.functionUnitStart[index] as number;
	const endUnit = sites.functionUnitStart[index + 1] as number;
	const entry = entrySiteOf(sites, index);
	const { probed, ran } = functionHits(facts, index);
	const unprobeable = probed === 0;
	const raw = fn.names[0] as string;
	const out: FunctionCoverage = {
		names: fn.names,
		name: readableName(raw),
		raw_name: raw,
		offset: fn.offset,
		size: fn.size,
		covered: !unprobeable && ran,
		unprobeable,
	};
	if (unprobeable) out.unprobeable_reason = facts.unprobeable.get(entry) ?? "";
	if (facts.mode === "count") out.calls = Math.min(MAX_COUNT, facts.counts[entry] ?? 0);
	const source = facts.locations?.get(fn) ?? fn.source;
	if (source) {
		out.file = source.file;
		out.line_start = source.lineStart;
		out.line_end = source.lineEnd;
	}
	if (fn.package !== undefined) out.package = fn.package;
	if (granularity === "line") {
		const lines = linesOf(facts, firstUnit, endUnit, entry, source);
		if (lines) {
			if (out.file === undefined) out.file = lines.file;
			out.lines = lines.lines;
		}
	}
	return out;
}

/**
 * The function's lines, or undefined when the line tables do not describe it. Its declaration
 * line counts as run when its entry ran: that is where gcov and lcov put a function's entry, while
 * the line table starts it at the opening brace.
 */
function linesOf(
	facts: RunFacts,
	firstUnit: number,
	endUnit: number,
	entry: number,
	source: SourceLocation | undefined,
): { file: string; lines: LineCoverage[] } | undefined {
	const { sites } = facts.plan;
	const found: Array<{ file: string; line: LineCoverage }> = [];
	for (let u = firstUnit; u < endUnit; u++) {
		const line = sites.unitLine[u] as number;
		if (line === 0) continue;
		const state = unitState(facts, sitesOfUnit(sites, u));
		found.push({ file: sites.files[sites.unitFile[u] as number] as string, line: { line, ...state } });
	}
	if (found.length === 0) return undefined;
	const own = source?.file ?? (found[0] as { file: string }).file;
	if (
		source !== undefined &&
		source.lineStart > 0 &&
		!found.some((l) => l.file === own && l.line.line === source.lineStart)
	) {
		found.push({ file: own, line: { line: source.lineStart, ...unitState(facts, [entry]) } });
	}
	found.sort(
		(a, b) =>
			Number(b.file === own) - Number(a.file === own) || compareText(a.file, b.file) || a.line.line - b.line.line,
	);
	return {
		file: own,
		lines: found.map(({ file, line }) => (file === own ? line : { ...line, file })),
	};
}

/** hits and unprobeable of a line's sites: any site that ran covers the line. */
function unitState(facts: RunFacts, siteList: ArrayLike<number>): Omit<LineCoverage, "line"> {
	const { probed, hits } = siteHits(facts, siteList);
	if (probed === 0) return { hits: 0, unprobeable: true };
	return { hits: facts.mode === "count" ? hits : hits > 0 ? 1 : 0 };
}

/**
 * The largest count the schema (and JSON readers) hold exactly. The hit array's counters are 64
 * bits, and a line's sites add up: past it a report would be written that no reader takes back.
 */
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** The hit array as read, for the sums below: per-site counts, and the sites never probed. */
export type Hits = Pick<RunFacts, "counts" | "unprobeable">;

/** Over some sites: how many were probed, and what their probes counted. */
export function siteHits(hits: Hits, siteList: ArrayLike<number>): { probed: number; hits: number } {
	let probed = 0;
	let sum = 0;
	for (let i = 0; i < siteList.length; i++) {
		const c = siteList[i] as number;
		if (hits.unprobeable.has(c)) continue;
		probed++;
		sum = Math.min(MAX_COUNT, sum + (hits.counts[c] ?? 0));
	}
	return { probed, hits: sum };
}

/** Over function `f`'s sites: how many were probed, and whether any ran. */
export function functionHits(hits: Hits & Pick<RunFacts, "plan">, f: number): { probed: number; ran: boolean } {
	const { sites } = hits.plan;
	let probed = 0;
	let ran = false;
	for (let c = sites.functionSiteStart[f] as number; c < (sites.functionSiteStart[f + 1] as number); c++) {
		if (hits.unprobeable.has(c)) continue;
		probed++;
		if ((hits.counts[c] ?? 0) > 0) ran = true;
	}
	return { probed, ran };
}
