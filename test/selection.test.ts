// xcover-test: rootless
/**
 * Which functions get a probe, through the daemon's own planning step (readPlan) on binaries
 * compiled here, with no tracing: --include and --exclude as regular expressions on the symbol and
 * the demangled name (c++filt is the oracle for the latter), --exclude-preset go-runtime on a real
 * Go build and on hand-made tables, and one binary named twice traced once.
 */
import assert from "node:assert/strict";
import { linkSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readPlan, type TraceOptions } from "../src/daemon/trace.js";
import { DiagnosticList } from "../src/diagnostics.js";
import type { FunctionEntry, FunctionTable } from "../src/elf/functions.js";
import { readFunctionTable } from "../src/elf/functions.js";
import { UsageError } from "../src/errors.js";
import { EXCLUDE_PRESETS, NothingToTraceError, parsePresets, planProbes } from "../src/probes/plan.js";
import { compile, fixtures, goBuildStripped, must, sh, workDir } from "./helpers.js";

const dir = workDir("selection");
const select = compile(join(dir, "select"), ["select.c"]);
const allNames = readFunctionTable(select).functions.map((f) => f.names[0] as string);

function plan(paths: string[], options: Partial<TraceOptions> = {}) {
	const told = new DiagnosticList();
	const { plan } = readPlan(
		{ paths, include: [], exclude: [], mode: "first-hit", reportPath: join(dir, "unused.json"), ...options },
		{ log: () => {}, diagnostics: told },
	);
	return { plan, told: told.items };
}

/** Preferred names of the selected functions of binary `b`, sorted. */
function selected(paths: string[], options: Partial<TraceOptions> = {}, b = 0): string[] {
	return (plan(paths, options).plan.binaries[b]?.functions ?? []).map((f) => f.names[0] as string).sort();
}

const digits = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `f${from + i}`);

describe("--include and --exclude", () => {
	it("without either, every function of the binary is selected", () => {
		assert.ok(allNames.length > 12, "f0..f9, never_called, main and the C runtime's");
		assert.deepEqual(selected([select]), [...allNames].sort());
	});

	it("--include keeps only the functions some pattern matches, searched anywhere in the name", () => {
		assert.deepEqual(selected([select], { include: ["^f[0-4]$"] }), digits(0, 4));
		assert.deepEqual(selected([select], { include: ["^f[0-2]$", "^f[7-9]$"] }), [...digits(0, 2), ...digits(7, 9)]);
		// Unanchored: "called" is inside never_called.
		assert.deepEqual(selected([select], { include: ["called"] }), ["never_called"]);
	});

	it("--exclude wins over --include", () => {
		assert.deepEqual(selected([select], { include: ["^f\\d$"], exclude: ["^f[0-4]$"] }), digits(5, 9));
		assert.deepEqual(selected([select], { include: ["^f[0-4]$", "never"], exclude: ["^f[1-3]$"] }), [
			"f0",
			"f4",
			"never_called",
		]);
	});

	it("--exclude alone drops the matches and keeps everything else", () => {
		const kept = selected([select], { exclude: ["^f\\d$", "^main$"] });
		assert.deepEqual(kept, allNames.filter((n) => !/^f\d$/.test(n) && n !== "main").sort());
		assert.ok(kept.includes("never_called"));
	});

	it("selecting nothing is an error that says how many functions the patterns filtered out", () => {
		assert.throws(
			() => plan([select], { include: ["^no_such_function$"] }),
			(err: NothingToTraceError) => {
				assert.ok(err instanceof NothingToTraceError);
				assert.equal(
					err.message,
					`no functions left to trace: --include/--exclude/--exclude-preset filtered out all ${allNames.length}`,
				);
				assert.match(err.hint, /JavaScript regular expressions/);
				return true;
			},
		);
		assert.throws(() => plan([select], { include: ["^f\\d$"], exclude: ["^f"] }), NothingToTraceError);
	});

	it("a pattern that is not a regular expression is a usage error naming the flag", () => {
		for (const [flag, key] of [
			["--include", "include"],
			["--exclude", "exclude"],
		] as const) {
			assert.throws(
				() => plan([select], { [key]: ["f(1"] }),
				(err: UsageError) => {
					assert.ok(err instanceof UsageError);
					assert.equal(err.exitCode, 2);
					assert.match(err.message, new RegExp(`^${flag} "f\\(1": Invalid regular expression`));
					return true;
				},
			);
		}
	});

	it("C++ functions match by their demangled name as well as their symbol", () => {
		const lib = join(dir, "fixture.so");
		must("g++", ["-std=c++20", "-O1", "-shared", "-fPIC", "-o", lib, join(fixtures, "demangle", "cpp", "fixture.cpp")]);
		const symbols = readFunctionTable(lib).functions.map((f) => f.names[0] as string);
		const readable = sh("c++filt", [], { input: `${symbols.join("\n")}\n` }).stdout.split("\n");
		const want = symbols.filter((_, i) => (readable[i] ?? "").startsWith("outer::inner::Point::")).sort();
		assert.ok(want.length >= 3, `the fixture has Point's members: ${want.join(" ")}`);
		assert.deepEqual(selected([lib], { include: ["^outer::inner::Point::"] }), want);
		// The symbol itself still matches, for those who write the mangled form.
		assert.deepEqual(selected([lib], { include: ["^_ZN\\w*5outer5inner5Point"] }), want);
		const rest = selected([lib], { exclude: ["^outer::inner::Point::"] });
		assert.equal(rest.length, symbols.length - want.length);
		assert.ok(rest.every((n) => !want.includes(n)));
	});
});

describe("one binary named twice", () => {
	it("is planned once, whether by a symlink, a hard link or the same path", () => {
		const soft = join(dir, "select-symlink");
		symlinkSync(select, soft);
		const hard = join(dir, "select-hardlink");
		linkSync(select, hard);
		const p = plan([select, soft, hard, select], { include: ["^f\\d$"] }).plan;
		assert.equal(p.binaries.length, 1);
		assert.equal(p.functionCount, 10);
		// A different file with the same contents is a second binary.
		const copy = compile(join(dir, "select-copy"), ["select.c"]);
		assert.equal(plan([select, copy], { include: ["^f\\d$"] }).plan.binaries.length, 2);
	});
});

describe("--exclude-preset", () => {
	it("names only presets that exist, and reads repeated and comma-separated values", () => {
		assert.deepEqual(Object.keys(EXCLUDE_PRESETS), ["go-runtime"]);
		assert.deepEqual(parsePresets([]), []);
		assert.deepEqual(parsePresets(["go-runtime", "go-runtime,", " go-runtime "]), ["go-runtime"]);
		assert.throws(
			() => parsePresets(["go-runtime,rust-std"]),
			(err: UsageError) => {
				assert.ok(err instanceof UsageError);
				assert.equal(err.message, '--exclude-preset "rust-std" is not a preset');
				assert.equal(err.hint, "Presets: go-runtime.");
				return true;
			},
		);
	});

	const entry = (name: string, offset: number, pkg?: string): FunctionEntry => ({
		names: [name],
		address: offset,
		offset,
		size: 16,
		...(pkg === undefined ? {} : { package: pkg }),
	});
	// A table as the Go reader makes it; "synthetic" keeps the x86 refusal check off the (absent) file.
	const goTable: FunctionTable = {
		path: "/nonexistent/app",
		buildId: undefined,
		arch: "synthetic",
		goModule: "example.com/app",
		functions: [
			entry("runtime.main", 0x1000, "runtime"),
			entry("runtime/internal/atomic.Load", 0x1010, "runtime/internal/atomic"),
			entry("fmt.Println", 0x1020, "fmt"),
			entry("internal/poll.(*FD).Read", 0x1030, "internal/poll"),
			entry("type:.eq.main.T", 0x1040, "type:"),
			entry("main.main", 0x1050, "main"),
			entry("example.com/app/shapes.Area", 0x1060, "example.com/app/shapes"),
			entry("github.com/dep/lib.Do", 0x1070, "github.com/dep/lib"),
			entry("vendor/golang.org/x/net/http2.Frame", 0x1080, "vendor/golang.org/x/net/http2"),
			// A cgo binary's C code: not in the pclntab, so no package.
			entry("c_helper", 0x1090),
		],
	};
	const names = (tables: FunctionTable[], presets: "go-runtime"[], include: RegExp[] = []) =>
		planProbes(tables, { include, exclude: [], presets }).binaries.map((b) => b.functions.map((f) => f.names[0]));

	it("go-runtime leaves out the runtime and standard library, keeping the module, its dependencies and C", () => {
		assert.deepEqual(names([goTable], ["go-runtime"]), [
			["main.main", "example.com/app/shapes.Area", "github.com/dep/lib.Do", "c_helper"],
		]);
		assert.equal(names([goTable], [])[0]?.length, goTable.functions.length);
	});

	it("go-runtime combines with --include, and leaves a binary that is not Go alone", () => {
		assert.deepEqual(names([goTable], ["go-runtime"], [/^(main|fmt)\./]), [["main.main"]]);
		const cTable: FunctionTable = { ...goTable, path: "/nonexistent/c", goModule: undefined };
		delete cTable.goModule;
		assert.equal(names([cTable], ["go-runtime"])[0]?.length, goTable.functions.length);
	});

	it("on a C binary, the daemon warns that it excludes nothing", () => {
		const { plan: p, told } = plan([select], { excludePresets: ["go-runtime"] });
		assert.equal(p.functionCount, allNames.length);
		assert.deepEqual(told, [
			{
				kind: "selection-ineffective",
				message: "--exclude-preset go-runtime: no --path binary is a Go program, so it excludes nothing",
			},
		]);
	});

	it("on a stripped Go build, only the program's own functions are left", () => {
		const bin = goBuildStripped("told", join(dir, "told-go"));
		const all = plan([bin]).plan.functionCount;
		const { plan: p, told } = plan([bin], { excludePresets: ["go-runtime"] });
		assert.deepEqual(told, []);
		assert.deepEqual(p.binaries[0]?.functions.map((f) => f.names[0]).sort(), [
			"main.Alpha",
			"main.Beta",
			"main.Gamma",
			"main.main",
		]);
		assert.ok(all > 500, `the runtime is most of a Go binary (${all} functions)`);
	});
});
