// xcover-test: root
/**
 * Line granularity of a stripped Go binary (`-ldflags="-s -w"`: no symbol table, no DWARF), whose
 * lines come from the pclntab alone. The fixture test/fixtures/go/lines takes the branches named
 * on its command line; the lines it takes are modelled here from its source, and every line
 * xcover reports is checked against `go tool objdump` of the unstripped twin (the same text,
 * byte for byte), which prints `main.go:LINE` for every instruction.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { CoverageReport } from "../src/report/report.js";
import { fixtures, goEnv, must, needsBpf, readReport, sh, workDir, xcover } from "./helpers.js";

const hasGo = sh("sh", ["-c", "command -v go"]).code === 0;
const needsGoAndBpf: { skip: string | false } = {
	skip: needsBpf.skip || (hasGo ? false : "needs the go toolchain (bash scripts/setup.sh golang-go)"),
};

const module = join(fixtures, "go", "lines");
const source = readFileSync(join(module, "main.go"), "utf8").split("\n");
const work = workDir("go-lines");

/** 1-based line of main.go that contains `needle` (the only one). */
function lineOf(needle: string): number {
	const at = source.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
	assert.equal(at.length, 1, `exactly one line of main.go contains ${JSON.stringify(needle)}`);
	return at[0] as number;
}

/** The `}` that closes the function declared on the line containing `signature`. */
function closeOf(signature: string): number {
	const at = source.findIndex((l, i) => i >= lineOf(signature) && l === "}");
	assert.ok(at >= 0);
	return at + 1;
}

function build(name: string, flags: readonly string[]): string {
	const out = join(work, name);
	// `go -C` is newer than Go 1.19: build from the module's folder with `sh -c cd`.
	must("sh", ["-c", 'cd "$0" && exec go build -trimpath "$@" -o "$OUT" .', module, ...flags], { ...goEnv(), OUT: out });
	return out;
}

/** What `go tool objdump` says: per function, the main.go lines of its instructions. */
function objdumpLines(binary: string): Map<string, Set<number>> {
	const out = new Map<string, Set<number>>();
	let current: Set<number> | undefined;
	for (const line of must("go", ["tool", "objdump", "-s", "^main\\.", binary], goEnv()).split("\n")) {
		const text = /^TEXT (\S+)\(SB\)/.exec(line);
		if (text) {
			current = new Set();
			out.set(text[1] as string, current);
			continue;
		}
		const insn = /^\s+(\S+):(\d+)\s+0x[0-9a-f]+\s/.exec(line);
		if (insn && current && insn[1] === "main.go") current.add(Number(insn[2]));
	}
	return out;
}

/** main.go's lines of each function of the main package in a report: line → hits. */
function reportedLines(report: CoverageReport): Map<string, Map<number, number>> {
	const out = new Map<string, Map<number, number>>();
	for (const b of report.binaries) {
		for (const f of b.functions) {
			const name = f.name ?? (f.names[0] as string);
			if (!name.startsWith("main.")) continue;
			assert.match(f.file ?? "", /(^|\/)main\.go$/, `${name} is in main.go`);
			assert.ok(f.lines, `${name} has lines`);
			const lines = new Map<number, number>();
			for (const l of f.lines) if (l.file === undefined) lines.set(l.line, l.hits);
			out.set(name, lines);
		}
	}
	return out;
}

const BRANCHES = ["neg", "zero", "pos", "loop", "never"] as const;

/**
 * The lines of main.go the program takes for these processes, per function, from the source's
 * semantics: the if chain tests its conditions in order until one holds, and each callee runs
 * its own path. Some of these lines have no instruction of their own in an optimized build
 * (`total := 0` is folded into a register), so they count only where objdump shows code.
 */
function taken(runs: readonly (readonly string[])[]): Map<string, Set<number>> {
	const out = new Map<string, Set<number>>();
	const add = (fn: string, ...lines: number[]) => {
		const set = out.get(fn) ?? new Set<number>();
		for (const l of lines) set.add(l);
		out.set(fn, set);
	};
	const classify = (n: number) => {
		add("main.classify", lineOf("func classify"), lineOf("if n < 0"));
		if (n < 0) return add("main.classify", lineOf('return "negative"'));
		add("main.classify", lineOf("if n == 0"));
		add("main.classify", lineOf(n === 0 ? 'return "zero"' : 'return "positive"'));
	};
	const body: Record<(typeof BRANCHES)[number], () => void> = {
		neg: () => classify(-1),
		zero: () => classify(0),
		pos: () => classify(1),
		loop: () =>
			add(
				"main.sum",
				lineOf("func sum"),
				lineOf("total := 0"),
				lineOf("for i := 0; i < n; i++"),
				lineOf("total += i * i"),
				lineOf("return total"),
			),
		never: () => add("main.never", lineOf("func never"), lineOf('fmt.Println("never")'), closeOf("func never")),
	};
	for (const args of runs) {
		add(
			"main.main",
			lineOf("func main"),
			lineOf("for _, arg := range"),
			lineOf("fmt.Println(out)"),
			closeOf("func main"),
		);
		for (const arg of args) {
			for (const b of BRANCHES) {
				add("main.main", lineOf(`arg == "${b}"`));
				if (arg === b) {
					add("main.main", lineOf(b === "never" ? "\tnever()" : `out += ${bodyCall[b]}`));
					body[b]();
					break;
				}
			}
		}
	}
	return out;
}

const bodyCall: Record<string, string> = {
	neg: "len(classify(-1))",
	zero: "len(classify(0))",
	pos: "len(classify(1))",
	loop: "sum(5)",
};

function trace(binary: string, name: string, runs: readonly (readonly string[])[], extra: readonly string[] = []) {
	const report = join(work, `${name}.json`);
	const script = runs.map((args) => [binary, ...args].join(" ")).join(" && ");
	const r = xcover([
		"run",
		"--granularity",
		"line",
		"--exclude-preset",
		"go-runtime",
		...extra,
		"--path",
		binary,
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
	return rep;
}

const SCENARIOS: ReadonlyArray<readonly (readonly string[])[]> = [
	[[]],
	[["neg"]],
	[["zero"]],
	[["neg", "loop"]],
	[["zero"], ["pos", "pos"]],
	[["never"], ["neg"], ["loop", "zero"]],
	[[...BRANCHES]],
];

describe("Go line granularity from the pclntab of a stripped binary", needsGoAndBpf, () => {
	const variants = hasGo
		? [
				{ name: "optimized", stripped: build("stripped", ["-ldflags=-s -w"]), twin: build("full", []) },
				{
					name: "-N -l",
					stripped: build("stripped-noopt", ["-gcflags=all=-N -l", "-ldflags=-s -w"]),
					twin: build("full-noopt", ["-gcflags=all=-N -l"]),
				},
			]
		: [];

	for (const { name, stripped, twin } of variants) {
		it(`${name}: the stripped build has no symbols or DWARF, and the twin has the same text`, () => {
			const sections = must("readelf", ["-SW", stripped]);
			assert.doesNotMatch(sections, /\.symtab|\.debug_/);
			assert.match(sections, /\.gopclntab/);
			const text = (bin: string) => {
				const out = join(work, `${bin.split("/").pop()}.text`);
				must("objcopy", ["-O", "binary", "--only-section=.text", bin, out]);
				return readFileSync(out);
			};
			assert.ok(text(stripped).equals(text(twin)), "the same machine code at the same addresses");
			assert.equal(sh("go", ["tool", "objdump", stripped], { env: goEnv() }).code, 1);
		});

		for (const [i, runs] of SCENARIOS.entries()) {
			it(`${name}: reports exactly the lines taken, each where objdump puts code (${JSON.stringify(runs)})`, () => {
				const objdump = objdumpLines(twin);
				const report = trace(stripped, `${name.replace(/\W/g, "")}-${i}`, runs);
				const mine = reportedLines(report);
				const expected = taken(runs);
				assert.deepEqual([...mine.keys()].sort(), ["main.classify", "main.main", "main.never", "main.sum"]);
				for (const [fn, lines] of mine) {
					const code = objdump.get(fn);
					assert.ok(code, `objdump has ${fn}`);
					// Every line reported is a line objdump gives code of, and every such line is reported.
					assert.deepEqual(
						[...lines.keys()],
						[...code].sort((a, b) => a - b),
						`${fn}: lines with code`,
					);
					const want = [...(expected.get(fn) ?? [])].filter((l) => code.has(l)).sort((a, b) => a - b);
					const ran = [...lines].filter(([, h]) => h > 0).map(([l]) => l);
					assert.deepEqual(ran, want, `${fn}: lines run`);
					// The rest is reported, with hits 0.
					for (const [l, h] of lines) if (!want.includes(l)) assert.equal(h, 0, `${fn}: main.go:${l}`);
				}
				// Lines modelled as taken that have no code anywhere: only ones the compiler folds away.
				const folded = [...expected].flatMap(([fn, ls]) =>
					[...ls].filter((l) => !objdump.get(fn)?.has(l)).map((l) => source[l - 1]?.trim()),
				);
				for (const text of folded)
					assert.match(text ?? "", /^(total := 0|func \w+\(.*\) \w* ?\{)$/, `no code: ${text}`);
			});
		}

		it(`${name}: count mode has hits > 0 exactly on the lines run`, () => {
			const runs = [["loop", "never"], ["neg"]];
			const firstHit = reportedLines(trace(stripped, `${name.replace(/\W/g, "")}-first`, runs));
			const counted = trace(stripped, `${name.replace(/\W/g, "")}-count`, runs, ["--mode", "count"]);
			assert.equal(counted.mode, "count");
			const mine = reportedLines(counted);
			const ranOf = (m: Map<string, Map<number, number>>) =>
				[...m].flatMap(([fn, ls]) => [...ls].filter(([, h]) => h > 0).map(([l]) => `${fn}:${l}`)).sort();
			assert.deepEqual(ranOf(mine), ranOf(firstHit));
			const codeOf = (m: Map<string, Map<number, number>>) =>
				[...m].flatMap(([fn, ls]) => [...ls.keys()].map((l) => `${fn}:${l}`)).sort();
			assert.deepEqual(codeOf(mine), codeOf(firstHit));
			// The loop body runs five times, one stretch of code each.
			assert.equal(mine.get("main.sum")?.get(lineOf("total += i * i")), 5);
			assert.equal(mine.get("main.never")?.get(lineOf('fmt.Println("never")')), 1);
		});
	}
});
