// xcover-test: root
/**
 * Line coverage against gcov, the line truth. The fixture test/fixtures/lines is built twice from
 * the same source: `-O0 -g` for xcover to trace, `-O0 --coverage` for gcov to count; both run the
 * same argument sets (several processes, threads and fork among them), and the executed lines and
 * the lines each counts as code are compared line by line. Every line where the two disagree about
 * what is code is listed below with the reason; executed lines must agree exactly.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { describe, it } from "node:test";
import type { CoverageReport } from "../src/report/report.js";
import { fixtures, must, needsBpf, readReport, workDir, xcover } from "./helpers.js";

const src = join(fixtures, "lines");
const dir = workDir("line-coverage");
const SOURCES = ["lines.c", "cold.c", "shapes.c"] as const;
type Source = (typeof SOURCES)[number];
const text = new Map<Source, string[]>(SOURCES.map((s) => [s, readFileSync(join(src, s), "utf8").split("\n")]));

/** 1-based line of `file` whose text contains `needle` (the only one). */
function lineOf(file: Source, needle: string): number {
	const lines = text.get(file) ?? [];
	const at = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
	assert.equal(at.length, 1, `${file}: exactly one line contains ${JSON.stringify(needle)}`);
	return at[0] as number;
}

/** The opening `{` of the function declared on the line containing `signature` (own line, K&R style). */
function openOf(file: Source, signature: string): number {
	const at = lineOf(file, signature) + 1;
	assert.equal(text.get(file)?.[at - 1], "{", `${file}:${at} opens ${signature}`);
	return at;
}

/** The closing `}` of that function: the first line after it that is exactly `}`. */
function closeOf(file: Source, signature: string): number {
	const lines = text.get(file) ?? [];
	const at = lines.findIndex((l, i) => i >= lineOf(file, signature) && l === "}");
	assert.ok(at >= 0, `${file}: the end of ${signature}`);
	return at + 1;
}

const key = (file: string, line: number) => `${basename(file)}:${line}`;

interface Build {
	bin: string;
	lib: string;
	dir: string;
}

/** Builds the fixture into `dir/name`: lines.c and cold.c into `lines`, shapes.c into libshapes.so. */
function build(name: string, flags: readonly string[], coldFlags: readonly string[] = flags): Build {
	const out = join(dir, name);
	must("mkdir", ["-p", out]);
	const o = (s: string) => join(out, s.replace(/\.c$/, ".o"));
	must("gcc", [...flags, "-fPIC", "-c", join(src, "shapes.c"), "-o", o("shapes.c")]);
	must("gcc", [...flags, "-shared", "-o", join(out, "libshapes.so"), o("shapes.c")]);
	must("gcc", [...flags, "-pthread", "-c", join(src, "lines.c"), "-o", o("lines.c")]);
	must("gcc", [...coldFlags, "-c", join(src, "cold.c"), "-o", o("cold.c")]);
	must("gcc", [
		...flags,
		"-pthread",
		"-o",
		join(out, "lines"),
		o("lines.c"),
		o("cold.c"),
		`-L${out}`,
		"-lshapes",
		`-Wl,-rpath,${out}`,
	]);
	return { bin: join(out, "lines"), lib: join(out, "libshapes.so"), dir: out };
}

/** Per (file:line): the count, for the lines a tool counts as code. */
type LineCounts = Map<string, number>;

/** Runs every argument set natively in the gcov build, then reads gcov's JSON of the three sources. */
function gcovCounts(b: Build, runs: readonly (readonly string[])[]): LineCounts {
	for (const f of readdirSync(b.dir)) if (f.endsWith(".gcda")) rmSync(join(b.dir, f));
	for (const args of runs) must(b.bin, args);
	const gcda = SOURCES.map((s) => join(b.dir, s.replace(/\.c$/, ".gcda")));
	const out = must("gcov", ["--json-format", "--stdout", ...gcda]);
	const counts: LineCounts = new Map();
	for (const doc of out.split("\n").filter((l) => l.trim() !== "")) {
		const json = JSON.parse(doc) as {
			files: Array<{ file: string; lines: Array<{ line_number: number; count: number }> }>;
		};
		for (const f of json.files) {
			if (resolve(f.file) !== join(src, basename(f.file))) continue;
			// A line appears once per function holding code of it (an inlined function's lines).
			for (const l of f.lines) {
				const k = key(f.file, l.line_number);
				counts.set(k, (counts.get(k) ?? 0) + l.count);
			}
		}
	}
	return counts;
}

/** Per (file:line) of the fixture's sources: the largest hits of any function holding the line. */
function xcoverCounts(report: CoverageReport): LineCounts {
	const counts: LineCounts = new Map();
	for (const b of report.binaries) {
		for (const f of b.functions) {
			for (const l of f.lines ?? []) {
				const file = l.file ?? f.file;
				if (file === undefined || resolve(file) !== join(src, basename(file))) continue;
				assert.notEqual(l.unprobeable, true, `${key(file, l.line)} is probeable (no lock prefixes at -O0)`);
				const k = key(file, l.line);
				counts.set(k, Math.max(counts.get(k) ?? 0, l.hits));
			}
		}
	}
	return counts;
}

/** Traces `runs` (one process each, in one shell) with xcover and returns the schema-checked report. */
function trace(b: Build, name: string, runs: readonly (readonly string[])[], extra: readonly string[] = []) {
	const report = join(dir, `${name}.json`);
	const script = runs.map((args) => [b.bin, ...args].map((a) => `'${a}'`).join(" ")).join(" && ");
	const r = xcover([
		"run",
		"--granularity",
		"line",
		...extra,
		"--path",
		b.bin,
		"--path",
		b.lib,
		"-o",
		report,
		"--",
		"sh",
		"-c",
		script,
	]);
	assert.equal(r.code, 0, r.stderr);
	const rep = readReport(report) as unknown as CoverageReport;
	assert.equal(rep.granularity, "line");
	assert.ok(rep.totals.lines, "line totals");
	return rep;
}

interface Comparison {
	/** Code for gcov only, for xcover only, and for both. */
	gcovOnly: string[];
	xcoverOnly: string[];
	both: string[];
	/** Lines both count as code where one says it ran and the other does not. */
	executedDiffer: string[];
	executedAgree: number;
	jaccard: number;
}

function compare(gcov: LineCounts, mine: LineCounts): Comparison {
	const sortKeys = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });
	const gcovOnly = [...gcov.keys()].filter((k) => !mine.has(k)).sort(sortKeys);
	const xcoverOnly = [...mine.keys()].filter((k) => !gcov.has(k)).sort(sortKeys);
	const both = [...gcov.keys()].filter((k) => mine.has(k)).sort(sortKeys);
	const ranG = new Set(both.filter((k) => (gcov.get(k) ?? 0) > 0));
	const ranX = new Set(both.filter((k) => (mine.get(k) ?? 0) > 0));
	const executedDiffer = both.filter((k) => ranG.has(k) !== ranX.has(k));
	const union = new Set([...ranG, ...ranX]).size;
	const inter = [...ranG].filter((k) => ranX.has(k)).length;
	return {
		gcovOnly,
		xcoverOnly,
		both,
		executedDiffer: executedDiffer.map((k) => `${k} gcov ${gcov.get(k)} xcover ${mine.get(k)}`),
		executedAgree: inter,
		jaccard: union === 0 ? 1 : inter / union,
	};
}

/**
 * Every line gcc 12's gcov counts as code and the DWARF line table has no statement row for
 * (checked with `readelf --debug-dump=decodedline` and `objdump -d -l` of the -O0 build): a `case`
 * label has no instruction of its own at -O0, the switch's compare-and-jump sequence is all on the
 * `switch` line and jumps straight to the first statement after the label, but gcov starts a
 * basic block at the label and gives it the label's line. Not code for xcover, as for kcov.
 */
const GCOV_ONLY: ReadonlyArray<readonly [Source, number, string]> = [
	["lines.c", lineOf("lines.c", "case 0:"), "case label"],
	["lines.c", lineOf("lines.c", "case 1:"), "case label"],
	["lines.c", lineOf("lines.c", "case 6:"), "case label"],
	["lines.c", lineOf("lines.c", "default:"), "case label"],
];

/**
 * Every function, with its own `{` and `}` lines, and whether gcov counts the `}`. The other way
 * round, lines with a statement row that gcov does not count as code:
 * - the opening `{` of every function whose `{` is on a line of its own: gcc gives the prologue
 *   (`push %rbp; mov %rsp,%rbp`, the spills of the arguments) the `{` line in DWARF, where gcov
 *   puts the function's entry block on the declaration line instead (which xcover counts as well,
 *   from DW_AT_decl_line). The `{` line runs exactly when the function is entered.
 * - the closing `}` of every function that returns a value: DWARF gives the epilogue
 *   (`pop %rbp; ret`, `leave; ret`) the `}` line; gcov 12 attributes the exit block to the
 *   `return` statements and leaves the `}` out. For a function without a return value
 *   (never, complain) gcov counts the `}` too, so it is on both sides.
 * twice() (always_inline: its `{`/`}` hold no code of the inlined copies) and ternary() (a
 * single line) add nothing here.
 */
const FUNCTIONS: ReadonlyArray<{ file: Source; signature: string; gcovCountsClose: boolean }> = [
	{ file: "lines.c", signature: "static int classify(int x)", gcovCountsClose: false },
	{ file: "lines.c", signature: "static int loops(int n)", gcovCountsClose: false },
	{ file: "lines.c", signature: "static const char *name_of(int day)", gcovCountsClose: false },
	{ file: "lines.c", signature: "static int early(const char *s)", gcovCountsClose: false },
	{ file: "lines.c", signature: "static int uses_inline(int x)", gcovCountsClose: false },
	{ file: "lines.c", signature: "static void *worker(void *arg)", gcovCountsClose: false },
	{ file: "lines.c", signature: "static int threads(int count)", gcovCountsClose: false },
	{ file: "lines.c", signature: "static int children(int count)", gcovCountsClose: false },
	{ file: "lines.c", signature: "static int mid_line(int skip)", gcovCountsClose: false },
	{ file: "lines.c", signature: "static void never(void)", gcovCountsClose: true },
	{ file: "lines.c", signature: "int main(int argc, char **argv)", gcovCountsClose: false },
	{ file: "cold.c", signature: "static void complain(int v)", gcovCountsClose: true },
	{ file: "cold.c", signature: "int checked(int v)", gcovCountsClose: false },
	{ file: "shapes.c", signature: "int shape_area(int w, int h)", gcovCountsClose: false },
];

/** xcover-only code lines, each with the function whose entry decides whether it ran. */
const XCOVER_ONLY: ReadonlyArray<readonly [Source, number, string]> = FUNCTIONS.flatMap(
	({ file, signature, gcovCountsClose }) => [
		[file, openOf(file, signature), `{ of ${signature}`] as const,
		...(gcovCountsClose ? [] : [[file, closeOf(file, signature), `} of ${signature}`] as const]),
	],
);

/**
 * Lines gcov says did not run although they did. mid_line(1) jumps to the label in the middle of
 * `r = 1; out: r += 2;`: `objdump -d -l` shows the jump landing on a `nop` of the `goto` line,
 * then `addl $0x2,-0x4(%rbp)` of this line (discriminator 1), and the program prints 2 (r = 0,
 * then r += 2), so the line's code ran. gcov 12 lists a single block for the line, the `r = 1`
 * one, and prints `#####` for it. The corrected truth counts the line as run whenever mid_line(1)
 * ran; xcover must report that, and report it not run when mid_line ran neither way.
 */
const midLine = lineOf("lines.c", "r = 1; out: r += 2;");
function gcovMisses(runs: readonly (readonly string[])[]): string[] {
	const args = runs.flat();
	return args.includes("mid-line-jump") && !args.includes("mid-line") ? [key("lines.c", midLine)] : [];
}

const ALL_COMMANDS = [
	"neg",
	"zero",
	"big",
	"loops",
	"sun",
	"weekday",
	"other",
	"early-x",
	"early-bang",
	"empty",
	"inline",
	"ternary",
	"threads",
	"fork",
	"shape",
	"shape-square",
	"hot",
	"cold",
	"mid-line",
	"mid-line-jump",
];

/** Workloads: each a list of processes (argument sets). Some leave branches untaken on purpose. */
const SCENARIOS: ReadonlyArray<{ name: string; runs: string[][] }> = [
	{ name: "nothing", runs: [[]] },
	{
		name: "some-branches",
		runs: [["neg", "loops", "sun", "early-x", "inline"], ["weekday", "empty", "shape"], ["mid-line-jump"]],
	},
	{ name: "threads-fork", runs: [["threads"], ["fork", "shape-square"], ["hot", "ternary"], ["big", "mid-line"]] },
	{ name: "everything", runs: [ALL_COMMANDS, ["other", "early-bang", "zero", "cold"], ["never"]] },
];

const gcovBuild = build("gcov", ["-O0", "--coverage"]);
const xcoverBuild = build("xcover", ["-O0", "-g"]);

describe("the gcov oracle", () => {
	it("counts the fixture's lines, and sees threads and forked children", () => {
		const counts = gcovCounts(gcovBuild, [["threads", "fork"]]);
		// Four threads ran worker's loop (3 + 4 + 5 + 6 iterations), three children classified 0, 1, 2.
		assert.equal(counts.get(key("lines.c", lineOf("lines.c", "sum += i;"))), 18);
		assert.equal(counts.get(key("lines.c", lineOf("lines.c", "exit(classify(i) + 1);"))), 3);
		assert.equal(counts.get(key("lines.c", lineOf("lines.c", 'puts("never");'))), 0);
		assert.equal(counts.get(key("shapes.c", lineOf("shapes.c", "area += w;"))), 0);
		assert.equal(counts.has(key("lines.c", lineOf("lines.c", "case 0:"))), true);
		assert.equal(counts.has(key("lines.c", 1)), false, "a comment is not code");
	});

	it("misses the label in the middle of a line, whose code provably ran", () => {
		assert.equal(must(gcovBuild.bin, ["mid-line-jump"]), "2\n", "r += 2 ran");
		assert.equal(must(xcoverBuild.bin, ["mid-line-jump"]), "2\n", "r += 2 ran");
		const counts = gcovCounts(gcovBuild, [["mid-line-jump"]]);
		assert.equal(counts.get(key("lines.c", midLine)), 0);
		assert.equal(counts.get(key("lines.c", midLine + 1)), 1, "return r; ran");
	});
});

describe("line coverage against gcov", needsBpf, () => {
	for (const { name, runs } of SCENARIOS) {
		it(`agrees with gcov line by line: ${name}`, (t) => {
			const gcov = gcovCounts(gcovBuild, runs);
			const entered = gcovFunctions(gcovBuild);
			const misses = gcovMisses(runs);
			const report = trace(xcoverBuild, name, runs);
			const mine = xcoverCounts(report);
			const raw = compare(gcov, mine);
			assert.deepEqual(
				raw.executedDiffer,
				misses.map((k) => `${k} gcov 0 xcover 1`),
				"gcov and xcover differ only where gcov is wrong",
			);
			for (const k of misses) gcov.set(k, 1);
			const c = compare(gcov, mine);
			const allowedGcovOnly = GCOV_ONLY.map(([f, l]) => key(f, l)).sort((a, b) =>
				a.localeCompare(b, "en", { numeric: true }),
			);
			const allowedXcoverOnly = XCOVER_ONLY.map(([f, l]) => key(f, l)).sort((a, b) =>
				a.localeCompare(b, "en", { numeric: true }),
			);
			const figures = `${c.both.length} lines code for both, ${c.executedAgree} ran for both, gcov ${gcov.size} code lines, xcover ${mine.size}`;
			t.diagnostic(
				`${figures}; gcov as printed: ${raw.executedAgree} ran for both, ${raw.executedDiffer.length} differ, Jaccard ${raw.jaccard.toFixed(4)}`,
			);
			assert.deepEqual(c.executedDiffer, [], `executed lines differ (${figures})`);
			assert.ok(c.jaccard >= 0.999, `Jaccard ${c.jaccard} (${figures})`);
			assert.ok(c.both.length >= 0.96 * gcov.size, figures);
			assert.deepEqual(c.gcovOnly, allowedGcovOnly, "lines only gcov counts as code");
			assert.deepEqual(c.xcoverOnly, allowedXcoverOnly, "lines only xcover counts as code");
			// Each xcover-only line ran exactly when its function was entered, which gcov counts on
			// the declaration line.
			for (const { file, signature } of FUNCTIONS) {
				const entered = (gcov.get(key(file, lineOf(file, signature))) ?? 0) > 0;
				for (const l of [openOf(file, signature), closeOf(file, signature)]) {
					if (mine.has(key(file, l))) assert.equal((mine.get(key(file, l)) ?? 0) > 0, entered, key(file, l));
				}
			}
			// First-hit mode: hits are 0 or 1.
			for (const [k, hits] of mine) assert.ok(hits === 0 || hits === 1, `${k}: ${hits}`);
			checkFunctionSemantics(report, entered);
		});
	}

	it("covers a function iff any of its lines ran, as function granularity does", () => {
		const { runs } = SCENARIOS[2] as (typeof SCENARIOS)[number];
		const lines = trace(xcoverBuild, "semantics-lines", runs);
		const fnReport = join(dir, "semantics-functions.json");
		const script = runs.map((args) => [xcoverBuild.bin, ...args].join(" ")).join(" && ");
		const r = xcover([
			"run",
			"--path",
			xcoverBuild.bin,
			"--path",
			xcoverBuild.lib,
			"-o",
			fnReport,
			"--",
			"sh",
			"-c",
			script,
		]);
		assert.equal(r.code, 0, r.stderr);
		const functions = readReport(fnReport) as unknown as CoverageReport;
		assert.equal(functions.granularity ?? "function", "function");
		const coveredOf = (rep: CoverageReport) =>
			rep.binaries.map((b) =>
				b.functions
					.filter((f) => f.file !== undefined)
					.map((f) => `${f.name ?? f.names[0]}:${f.covered}`)
					.sort(),
			);
		assert.deepEqual(coveredOf(lines), coveredOf(functions));
		for (const b of lines.binaries) {
			for (const f of b.functions) {
				if (f.lines)
					assert.equal(
						f.covered,
						f.lines.some((l) => l.hits > 0),
						f.name,
					);
			}
		}
		// The totals count each (file, line) once.
		const t = lines.totals.lines;
		assert.ok(t);
		assert.equal(t.covered, [...xcoverCounts(lines).values()].filter((h) => h > 0).length);
		assert.equal(t.lines, xcoverCounts(lines).size);
	});

	it("count mode: hits > 0 exactly on the executed lines", () => {
		const { runs } = SCENARIOS[3] as (typeof SCENARIOS)[number];
		const gcov = gcovCounts(gcovBuild, runs);
		const firstHit = xcoverCounts(trace(xcoverBuild, "count-first-hit", runs));
		const counted = trace(xcoverBuild, "count", runs, ["--mode", "count"]);
		assert.equal(counted.mode, "count");
		const mine = xcoverCounts(counted);
		assert.deepEqual([...mine.keys()].sort(), [...firstHit.keys()].sort(), "the same lines are code");
		const ranCount = [...mine].filter(([, h]) => h > 0).map(([k]) => k);
		const ranFirst = [...firstHit].filter(([, h]) => h > 0).map(([k]) => k);
		assert.deepEqual(ranCount.sort(), ranFirst.sort());
		assert.deepEqual(compare(gcov, mine).executedDiffer, []);
		// A loop body of one stretch of code fires once per iteration, as gcov counts it: loops(7)
		// once, plus the four threads' loops(3..6).
		const body = key("lines.c", lineOf("lines.c", "sum += i;"));
		assert.equal(gcov.get(body), 7 + 18);
		assert.equal(mine.get(body), gcov.get(body));
		const area = key("shapes.c", lineOf("shapes.c", "area += w;"));
		assert.equal(mine.get(area), gcov.get(area));
	});
});

/** gcov's functions of the fixture: name → entered. */
function gcovFunctions(b: Build): Map<string, boolean> {
	const gcda = SOURCES.map((s) => join(b.dir, s.replace(/\.c$/, ".gcda")));
	const out = must("gcov", ["--json-format", "--stdout", ...gcda]);
	const entered = new Map<string, boolean>();
	for (const doc of out.split("\n").filter((l) => l.trim() !== "")) {
		const json = JSON.parse(doc) as { files: Array<{ functions: Array<{ name: string; execution_count: number }> }> };
		for (const f of json.files) for (const fn of f.functions) entered.set(fn.name, fn.execution_count > 0);
	}
	return entered;
}

/** A function is covered iff any of its lines ran, and (given gcov's view) iff gcov saw it entered. */
function checkFunctionSemantics(report: CoverageReport, gcov?: Map<string, boolean>): void {
	let compared = 0;
	for (const b of report.binaries) {
		for (const f of b.functions) {
			if (f.file === undefined || resolve(f.file) !== join(src, basename(f.file))) continue;
			assert.ok(f.lines && f.lines.length > 0, `${f.name} has lines`);
			assert.equal(
				f.covered,
				f.lines.some((l) => l.hits > 0),
				`${f.name}: covered iff a line ran`,
			);
			if (!gcov) continue;
			const name = f.name ?? (f.names[0] as string);
			const entered = gcov.get(name);
			assert.notEqual(entered, undefined, `gcov knows ${name}`);
			assert.equal(f.covered, entered, `${name}: covered as gcov saw it entered`);
			compared++;
		}
	}
	if (gcov) assert.ok(compared >= 14, `${compared} functions compared with gcov`);
}

describe("a function split hot and cold at -O2", needsBpf, () => {
	const split = build("split", ["-O0", "-g"], ["-O2", "-g"]);

	/**
	 * The lines of cold.c with a statement row in checked (the hot part) and in checked.cold, from
	 * nm's symbol ranges and readelf's decoded line table. gcc 12 emits location views: several
	 * rows at one address, e.g. at checked's entry `13 x`, `14 x` (view 1), `15 x` (view 2), `15`
	 * (view 3): three statements begin there, each a line of code that runs when the entry does.
	 */
	function statementLines(): { hot: number[]; cold: number[] } {
		const nm = must("nm", ["-S", split.bin]);
		const range = (name: string): [number, number] => {
			const m = new RegExp(`^([0-9a-f]+) ([0-9a-f]+) [tT] ${name.replace(".", "\\.")}$`, "m").exec(nm);
			assert.ok(m, `nm lists ${name}`);
			const lo = Number.parseInt(m[1] as string, 16);
			return [lo, lo + Number.parseInt(m[2] as string, 16)];
		};
		const [hotLo, hotHi] = range("checked");
		const [coldLo, coldHi] = range("checked.cold");
		const hot = new Set<number>();
		const cold = new Set<number>();
		for (const row of must("readelf", ["--debug-dump=decodedline", split.bin]).split("\n")) {
			const r = /^cold\.c\s+(\d+)\s+0x([0-9a-f]+)\s+(?:\d+\s+)?x\s*$/.exec(row);
			if (!r) continue;
			const addr = Number.parseInt(r[2] as string, 16);
			if (addr >= hotLo && addr < hotHi) hot.add(Number(r[1]));
			if (addr >= coldLo && addr < coldHi) cold.add(Number(r[1]));
		}
		return {
			hot: [...hot].sort((a, b) => a - b),
			cold: [...cold].filter((l) => !hot.has(l)).sort((a, b) => a - b),
		};
	}

	it("finds the lines of both parts, the cold part's when it ran and only then", () => {
		const { hot, cold } = statementLines();
		// What gcc 12 -O2 makes of cold.c: the test of v and the entry in checked, the call to
		// complain, the negation and the return's copy of r in checked.cold.
		assert.deepEqual(hot, [
			openOf("cold.c", "int checked(int v)"),
			lineOf("cold.c", "int r = v + 1;"),
			lineOf("cold.c", "if (v < 0)"),
		]);
		assert.deepEqual(cold, [
			lineOf("cold.c", "complain(v);"),
			lineOf("cold.c", "r = -v * 3;"),
			lineOf("cold.c", "return r;"),
		]);
		const hotRun = trace(split, "split-hot", [["hot"]]);
		const hotLines = xcoverCounts(hotRun);
		const both = xcoverCounts(trace(split, "split-cold", [["hot"], ["cold"]]));
		const seen = (counts: LineCounts) => [...hot, ...cold].map((l) => `cold.c:${l} ${counts.get(key("cold.c", l))}`);
		// Every line of the hot part ran in both traces; the cold part's lines only in the second.
		assert.deepEqual(seen(hotLines), [...hot.map((l) => `cold.c:${l} 1`), ...cold.map((l) => `cold.c:${l} 0`)]);
		assert.deepEqual(
			seen(both),
			[...hot, ...cold].map((l) => `cold.c:${l} 1`),
		);
		// complain() is a function of its own, in .text.unlikely.
		const say = key("cold.c", lineOf("cold.c", "fprintf(stderr"));
		assert.deepEqual([hotLines.get(say), both.get(say)], [0, 1]);
		checkFunctionSemantics(hotRun);
		const covered = (name: string) =>
			hotRun.binaries[0]?.functions.find((f) => (f.name ?? f.names[0]) === name)?.covered;
		assert.deepEqual(["checked", "checked.cold", "complain"].map(covered), [true, false, false]);
	});
});
