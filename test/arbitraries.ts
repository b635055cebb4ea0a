/**
 * fast-check arbitraries for the report algebra: valid CoverageReports of both granularities and
 * modes, made the way the tracer makes them (a fixed build, several runs of it), with names and
 * paths that hold whatever a symbol table or debug info can: any code point, lone surrogates,
 * every line separator, bidi controls, and the characters XML, HTML, Markdown and LCOV give a
 * meaning to. Also function tables and line tables for the probe plan.
 */
import fc from "fast-check";
import { readableName } from "../src/demangle/demangle.js";
import type { LineTable } from "../src/dwarf/index.js";
import type { FunctionEntry, FunctionTable } from "../src/elf/functions.js";
import {
	assembleReport,
	type BinaryCoverage,
	binaryTotalsOf,
	type CoverageMode,
	type CoverageReport,
	type FunctionCoverage,
	type Granularity,
	type LineCoverage,
	SCHEMA_VERSION,
	sourceFilesOf,
} from "../src/report/report.js";
import { VERSION } from "../src/version.js";

export const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BINARIES = 3;
const MAX_FUNCTIONS = 7;
const MAX_LINES = 6;

/** Pieces each format gives a meaning to, and the characters the escapers must replace. */
const SPECIALS = [
	"\r",
	"\n",
	"\r\n",
	"\v",
	"\f",
	"\x1c",
	"\x1d",
	"\x1e",
	"\x85",
	"\u2028",
	"\u2029",
	"\u202a",
	"\u202e",
	"\u2066",
	"\u2069",
	"\u200e",
	"\u200f",
	"\u061c",
	"\u2060",
	"\u00a0",
	"\t",
	" ",
	"<",
	">",
	"&",
	'"',
	"'",
	"=",
	"@",
	"#",
	"$",
	"[",
	"]",
	"(",
	")",
	"*",
	"_",
	"|",
	"`",
	"~",
	"!",
	"\\",
	"{",
	"}",
	"+",
	"-",
	".",
	":",
	",",
	";",
	"/",
	"]]>",
	"-->",
	"<!--",
	"<![CDATA[",
	"</script>",
	"<script>",
	"<img src=x onerror=alert(1)>",
	"&amp;",
	"&#60;",
	"{{x}}",
	"://",
	"http://x.y",
	"www.",
	"GH-1",
	"a@b.co",
	"@user",
	"#12",
	"end_of_record",
	"SF:",
	"FN:1,x",
	"DA:1,1",
	"\0",
	"\x01",
	"\x08",
	"\x1b[31m",
	"\x7f",
	"\x9f",
	"\ud800",
	"\udfff",
	"\ufffe",
	"\uffff",
	"\ud83d\ude00",
	"e\u0301",
];

const specialPiece = fc.constantFrom(...SPECIALS);
const anyCodePoint = fc.string({ unit: "binary", minLength: 1, maxLength: 1 });
const asciiPiece = fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 });

/** Any text, leaning on the pieces that break formats. */
export const hostileText = (maxLength = 12, minLength = 0): fc.Arbitrary<string> =>
	fc.string({ unit: fc.oneof(asciiPiece, specialPiece, anyCodePoint), minLength, maxLength });

const text = hostileText();

/**
 * A symbol name: plain identifiers often (so names collide), hostile text sometimes. Never empty:
 * the ELF reader skips symbols without a name.
 */
const symbolName = fc.oneof(
	{
		weight: 2,
		arbitrary: fc.constantFrom("main", "f", "g", "_Z3fooi", "_ZN6Parser5parseEv", "f [2]", "lerp(int, int)"),
	},
	{ weight: 3, arbitrary: hostileText(12, 1) },
);

/** Source files, from a small pool so that functions and binaries share them. */
const filePath = fc.oneof(
	{
		weight: 3,
		arbitrary: fc.constantFrom("/src/a.c", "/src/lib/b.c", "/src/lib/b.h", "rel/c.c", "/other/d.c", "/src/a.c.h", ""),
	},
	{ weight: 2, arbitrary: fc.tuple(fc.constantFrom("/src/", "", "/"), text).map(([d, n]) => d + n) },
);

const lineNumber = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: MAX }));

/** A count: mostly small, sometimes at or near the largest the schema holds. */
export const count = fc.oneof(
	{ weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }) },
	{ weight: 1, arbitrary: fc.integer({ min: 0, max: MAX }) },
	{ weight: 1, arbitrary: fc.constantFrom(MAX, MAX - 1, 2 ** 52) },
);

/** A line of a function in the build: `file` undefined for the function's own file. */
export interface LineSpec {
	file?: string;
	line: number;
}

/** A function as a build's symbol table and debug info describe it: the same in every run. */
export interface FunctionSpec {
	names: string[];
	offset: number;
	size: number;
	file?: string;
	range?: [number, number];
	package?: string;
	/** Absent: the line tables do not describe it. */
	lines?: LineSpec[];
	reason: string;
}

export interface BinarySpec {
	path: string;
	buildId: string | null;
	arch: "x86_64" | "aarch64";
	functions: FunctionSpec[];
}

/** One build of some binaries, that several runs trace. */
export interface World {
	binaries: BinarySpec[];
}

const functionSpec: fc.Arbitrary<Omit<FunctionSpec, "offset">> = fc
	.record(
		{
			names: fc.uniqueArray(symbolName, { minLength: 1, maxLength: 3 }),
			size: fc.oneof(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 0, max: MAX })),
			file: fc.option(filePath, { nil: undefined, freq: 3 }),
			range: fc.tuple(lineNumber, lineNumber),
			package: fc.option(fc.oneof(fc.constantFrom("main", "std"), text), { nil: undefined, freq: 2 }),
			lines: fc.option(
				fc.array(fc.record({ file: fc.option(filePath, { nil: undefined, freq: 4 }), line: lineNumber }), {
					maxLength: MAX_LINES,
				}),
				{ nil: undefined, freq: 4 },
			),
			reason: fc.constantFrom("ENOTSUPP: lock prefix", "EINVAL", "", "<b>&</b>\n"),
		},
		{ requiredKeys: ["names", "size", "range", "reason"] },
	)
	.map((r) => {
		const out: Omit<FunctionSpec, "offset"> = { names: r.names, size: r.size, reason: r.reason };
		if (r.file !== undefined) {
			out.file = r.file;
			out.range = r.range;
		}
		if (r.package !== undefined) out.package = r.package;
		if (r.lines !== undefined) {
			// One entry per (file, line); the function's own file is spelled as "no file".
			const seen = new Set<string>();
			const lines: LineSpec[] = [];
			for (const l of r.lines) {
				const file = l.file === out.file ? undefined : l.file;
				const key = `${file === undefined ? "\0own" : file}\0${l.line}`;
				if (seen.has(key)) continue;
				seen.add(key);
				lines.push(file === undefined ? { line: l.line } : { file, line: l.line });
			}
			out.lines = lines;
		}
		return out;
	});

const binarySpec: fc.Arbitrary<Omit<BinarySpec, "path">> = fc
	.record({
		buildId: fc.option(fc.stringMatching(/^[0-9a-f]{1,40}$/), { nil: null, freq: 4 }),
		arch: fc.constantFrom("x86_64" as const, "aarch64" as const),
		functions: fc.uniqueArray(
			fc.record({
				offset: fc.oneof(fc.integer({ min: 0, max: 4096 }), fc.integer({ min: 0, max: MAX })),
				spec: functionSpec,
			}),
			{ selector: (f) => f.offset, maxLength: MAX_FUNCTIONS },
		),
	})
	.map(({ buildId, arch, functions }) => ({
		buildId,
		arch,
		// A function table is sorted by offset, one function per offset.
		functions: [...functions].sort((a, b) => a.offset - b.offset).map((f) => ({ ...f.spec, offset: f.offset })),
	}));

const binaryPath = fc.oneof(
	fc.constantFrom("/usr/bin/app", "/opt/app", "./app", "/tmp/lib.so", "/x/app"),
	fc.tuple(fc.constantFrom("/bin/", "", "/a b/"), text).map(([d, n]) => d + n),
);

export const world: fc.Arbitrary<World> = fc
	.uniqueArray(fc.record({ path: binaryPath, spec: binarySpec }), {
		selector: (b) => b.path,
		minLength: 1,
		maxLength: MAX_BINARIES,
	})
	.map((list) => ({ binaries: list.map((b) => ({ ...b.spec, path: b.path })) }));

/** What one run saw of a function: fixed-size, indexed by the world's shape. */
interface FunctionRun {
	included: boolean;
	unprobeable: boolean;
	entry: number;
	lines: Array<{ unprobeable: boolean; hits: number }>;
}

export interface RunOptions {
	mode?: CoverageMode;
	granularity?: Granularity;
	/** Timestamps any string the reader takes, not only ISO dates. */
	oddTimestamps?: boolean;
	/** A tool version and command with hostile text (they reach the HTML and Cobertura). */
	hostileHead?: boolean;
}

const isoDate = fc
	.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true })
	.map((d) => d.toISOString());

const lineRun = fc.record({ unprobeable: fc.integer({ min: 0, max: 3 }).map((n) => n === 0), hits: count });

const functionRun: fc.Arbitrary<FunctionRun> = fc.record({
	included: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
	// Unprobeable functions are rarer than probed ones.
	unprobeable: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
	entry: count,
	lines: fc.array(lineRun, { minLength: MAX_LINES, maxLength: MAX_LINES }),
});

interface Run {
	mode: CoverageMode;
	granularity: Granularity;
	started: string;
	ended: string;
	command: string[] | undefined;
	version: string;
	binaries: Array<{ included: boolean; functions: FunctionRun[] }>;
}

const runArb = (options: RunOptions): fc.Arbitrary<Run> =>
	fc.record({
		mode: options.mode ? fc.constant(options.mode) : fc.constantFrom<CoverageMode>("count", "first-hit"),
		granularity: options.granularity
			? fc.constant(options.granularity)
			: fc.constantFrom<Granularity>("function", "line"),
		started: options.oddTimestamps ? fc.oneof(isoDate, text) : isoDate,
		ended: options.oddTimestamps ? fc.oneof(isoDate, text) : isoDate,
		command: fc.option(fc.array(options.hostileHead ? text : fc.constantFrom("./t.sh", "-x"), { maxLength: 3 }), {
			nil: undefined,
		}),
		version: options.hostileHead ? fc.oneof(fc.constant(VERSION), text) : fc.constant(VERSION),
		binaries: fc.array(
			fc.record({
				included: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
				functions: fc.array(functionRun, { minLength: MAX_FUNCTIONS, maxLength: MAX_FUNCTIONS }),
			}),
			{ minLength: MAX_BINARIES, maxLength: MAX_BINARIES },
		),
	});

function functionCoverage(
	spec: FunctionSpec,
	run: FunctionRun,
	mode: CoverageMode,
	granularity: Granularity,
): FunctionCoverage {
	const counting = mode === "count";
	const value = (n: number) => (counting ? n : n > 0 ? 1 : 0);
	const raw = spec.names[0] as string;
	const unprobeable = run.unprobeable;
	let lines: LineCoverage[] | undefined;
	if (granularity === "line" && spec.lines) {
		const list = spec.lines.map((l, i) => {
			const r = run.lines[i] as { unprobeable: boolean; hits: number };
			const out: LineCoverage =
				unprobeable || r.unprobeable
					? { line: l.line, hits: 0, unprobeable: true }
					: { line: l.line, hits: value(r.hits) };
			if (l.file !== undefined) out.file = l.file;
			return { own: l.file === undefined, file: l.file ?? "", out };
		});
		// Report order: the function's own file first, then by file, then line.
		list.sort(
			(a, b) =>
				Number(b.own) - Number(a.own) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.out.line - b.out.line,
		);
		lines = list.map((l) => l.out);
	}
	const ran = !unprobeable && (run.entry > 0 || (lines ?? []).some((l) => l.hits > 0));
	const f: FunctionCoverage = {
		names: [...spec.names],
		name: readableName(raw),
		raw_name: raw,
		offset: spec.offset,
		size: spec.size,
		covered: ran,
		unprobeable,
	};
	if (unprobeable) f.unprobeable_reason = spec.reason;
	if (counting) f.calls = unprobeable ? 0 : run.entry;
	if (spec.file !== undefined && spec.range) {
		f.file = spec.file;
		f.line_start = spec.range[0];
		f.line_end = spec.range[1];
	}
	if (spec.package !== undefined) f.package = spec.package;
	if (lines) f.lines = lines;
	return f;
}

/** The report of one run of the world's build: the binaries and functions it selected, and what ran. */
export function reportOf(w: World, run: Run, options: RunOptions = {}): CoverageReport {
	const [startedAt, endedAt] =
		!options.oddTimestamps && run.started > run.ended ? [run.ended, run.started] : [run.started, run.ended];
	const binaries: BinaryCoverage[] = [];
	w.binaries.forEach((b, bi) => {
		const r = run.binaries[bi] as Run["binaries"][number];
		// At least one binary: a report always has one.
		if (!r.included && !(bi === w.binaries.length - 1 && binaries.length === 0)) return;
		const functions: FunctionCoverage[] = [];
		b.functions.forEach((spec, fi) => {
			const f = r.functions[fi] as FunctionRun;
			if (f.included) functions.push(functionCoverage(spec, f, run.mode, run.granularity));
		});
		binaries.push({
			path: b.path,
			build_id: b.buildId,
			arch: b.arch,
			functions,
			totals: binaryTotalsOf(functions, run.granularity),
			source_files: sourceFilesOf(functions, run.granularity),
		});
	});
	const head: Parameters<typeof assembleReport>[0] = {
		mode: run.mode,
		granularity: run.granularity,
		started_at: startedAt,
		ended_at: endedAt,
	};
	if (run.command) head.command = run.command;
	const report = assembleReport(head, binaries);
	report.tool = { name: "xcover", version: run.version };
	return report;
}

/** A single report of a world of its own. */
export const report = (options: RunOptions = {}): fc.Arbitrary<CoverageReport> =>
	fc.tuple(world, runArb(options)).map(([w, run]) => reportOf(w, run, options));

/** Several runs of one build. */
export function runs(n: 2, options?: RunOptions): fc.Arbitrary<[CoverageReport, CoverageReport]>;
export function runs(n: 3, options?: RunOptions): fc.Arbitrary<[CoverageReport, CoverageReport, CoverageReport]>;
export function runs(n: number, options?: RunOptions): fc.Arbitrary<CoverageReport[]>;
export function runs(n: number, options: RunOptions = {}): fc.Arbitrary<CoverageReport[]> {
	return fc
		.tuple(world, fc.array(runArb(options), { minLength: n, maxLength: n }))
		.map(([w, list]) => list.map((run) => reportOf(w, run, options)));
}

export { SCHEMA_VERSION };

/** A binary's function table and line tables, for the probe plan. */
export interface PlanInput {
	table: FunctionTable;
	lineTables: LineTable[];
}

const rowArb = fc.record({
	/** Address relative to the text base, so that rows land inside functions often. */
	addr: fc.integer({ min: 0, max: 160 }),
	line: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 6, arbitrary: fc.integer({ min: 1, max: 9 }) }),
	file: fc.integer({ min: 0, max: 2 }),
	stmt: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.constant(1) }),
});

const lineTableArb = (base: number): fc.Arbitrary<LineTable> =>
	fc.array(rowArb, { maxLength: 40 }).map((rows) => {
		const sorted = [...rows].sort((a, b) => a.addr - b.addr);
		return {
			count: sorted.length,
			addr: Float64Array.from(sorted.map((r) => base + r.addr)),
			line: Uint32Array.from(sorted.map((r) => r.line)),
			file: Uint32Array.from(sorted.map((r) => r.file)),
			stmt: Uint8Array.from(sorted.map((r) => r.stmt)),
			files: ["/src/a.c", "/src/b.h", "/src/c.c"],
		};
	});

/** Functions of one binary: sorted by offset, one per offset, at addresses a fixed distance away. */
export const planInput = (path: string): fc.Arbitrary<PlanInput> =>
	fc
		.record({
			base: fc.integer({ min: 0x1000, max: 0x100000 }),
			delta: fc.integer({ min: -0x1000, max: 0x1000 }),
			starts: fc.uniqueArray(fc.integer({ min: 0, max: 150 }), { minLength: 1, maxLength: 8 }),
			sizes: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 8, maxLength: 8 }),
			tables: fc.integer({ min: 0, max: 2 }),
		})
		.chain(({ base, delta, starts, sizes, tables }) =>
			fc.tuple(...Array.from({ length: tables }, () => lineTableArb(base))).map((lineTables): PlanInput => {
				const functions: FunctionEntry[] = [...starts]
					.sort((a, b) => a - b)
					.map((s, i) => ({
						names: [`fn${i}`],
						address: base + s,
						offset: base + s + delta,
						size: sizes[i] ?? 0,
					}));
				return { table: { path, buildId: undefined, arch: "aarch64", functions }, lineTables };
			}),
		);

/** The failure fast-check found, as one readable message: the error, the seed and path to replay, the shrunk case. */
function failure(details: fc.RunDetails<unknown>): Error {
	const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
	const example = fc.stringify(details.counterexample).slice(0, 6000);
	return new Error(
		`property failed after ${details.numRuns} runs (seed ${details.seed}, FC_SEED=${details.seed} replays it)\n${error}\ncounterexample: ${example}`,
	);
}

export function check<T>(property: fc.IProperty<T>, params: fc.Parameters<T>): void {
	const details = fc.check(property, params);
	if (details.failed) throw failure(details as fc.RunDetails<unknown>);
}

export async function checkAsync<T>(property: fc.IAsyncProperty<T>, params: fc.Parameters<T>): Promise<void> {
	const details = await fc.check(property, params);
	if (details.failed) throw failure(details as fc.RunDetails<unknown>);
}
