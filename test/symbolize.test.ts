// xcover-test: root
/**
 * Symbolization of release builds end to end: a binary whose symbols and DWARF live only in a
 * separate debug file, a stripped Go program and a Rust program, traced with real uprobes. The
 * oracles are the unstripped build (nm, the function table) and what the program was told to run.
 */
import assert from "node:assert/strict";
import { copyFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import * as zlib from "node:zlib";
import { DiagnosticList } from "../src/diagnostics.js";
import { readFunctionTable } from "../src/elf/functions.js";
import { symbolizeBinary } from "../src/symbolize/symbolize.js";
import { compile, fixtures, goBuildStripped, must, needsBpf, sh, workDir, xcover } from "./helpers.js";

const work = workDir("symbolize");

interface NamedFunction {
	name: string;
	raw_name: string;
	covered: boolean;
	file?: string;
	line_start?: number;
	package?: string;
}

function reportFunctions(path: string): NamedFunction[] {
	const report = JSON.parse(must("cat", [path])) as { binaries: Array<{ functions: NamedFunction[] }> };
	return report.binaries.flatMap((b) => b.functions);
}

function coveredNames(path: string, pattern: RegExp): string[] {
	return reportFunctions(path)
		.filter((f) => f.covered && pattern.test(f.name))
		.map((f) => f.name)
		.sort();
}

/** Traces one run of a "told" fixture, which runs exactly the functions named by its arguments. */
function traceTold(state: string, options: string[], bin: string, report: string, told: string[]) {
	return xcover(["run", "--state-dir", state, ...options, "-p", bin, "-o", report, "--", bin, ...told]);
}

describe("separate debug files", () => {
	const full = compile(join(work, "lines-full"), ["select.c"], ["-g", "-O1"]);
	const stripped = join(work, "lines-stripped");
	copyFileSync(full, stripped);
	const debug = join(work, "lines-stripped.debug");
	must("objcopy", ["--only-keep-debug", stripped, debug]);
	must("strip", ["--strip-all", stripped]);
	must("objcopy", [`--add-gnu-debuglink=${debug}`, stripped]);

	test("a fully stripped binary gets its names, offsets and lines back through .gnu_debuglink", () => {
		const want = readFunctionTable(full).functions;
		const bare = readFunctionTable(stripped).functions;
		assert.ok(bare.length < want.length, "strip --strip-all leaves only dynamic symbols");
		const told = new DiagnosticList();
		const { table } = symbolizeBinary(stripped, { diagnostics: told });
		assert.deepEqual(told.items, []);
		assert.deepEqual(
			table.functions.map((f) => [f.names[0], f.offset]),
			want.map((f) => [f.names[0], f.offset]),
		);
		const withLines = symbolizeBinary(full).table.functions;
		assert.deepEqual(
			table.functions.map((f) => f.source),
			withLines.map((f) => f.source),
		);
		const main = table.functions.find((f) => f.names[0] === "main");
		assert.match(main?.source?.file ?? "", /select\.c$/);
		// addr2line, an oracle of its own, names the same file for main's entry.
		const where = must("addr2line", ["-e", full, `0x${main?.address.toString(16)}`]);
		assert.equal(where.split(":")[0], main?.source?.file);
	});

	test("an explicit --debug-file of another build is refused, naming both build-ids", () => {
		const other = compile(join(work, "other"), ["select.c"], ["-g", "-O0"]);
		const r = xcover(["run", "--path", stripped, "--debug-file", other, "-o", join(work, "x.json"), "--", "true"]);
		assert.equal(r.code, 1, r.stderr);
		assert.match(r.stderr, /^xcover: error: .*other: build-id [0-9a-f]+ does not match .*lines-stripped \([0-9a-f]+\)/);
		assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
	});

	test("a --debug-file that does not exist is one line naming it, with what to give instead", () => {
		const missing = join(work, "no-such.debug");
		const r = xcover(["run", "--path", stripped, "--debug-file", missing, "-o", join(work, "x.json"), "--", "true"]);
		assert.equal(r.code, 2, r.stderr);
		assert.equal(r.stderr.split("\n")[0], `xcover: error: --debug-file ${missing}: no such file`);
		assert.match(r.stderr, /objcopy --only-keep-debug/);
	});

	test("zstd-compressed DWARF: source lines where this Node.js inflates zstd, else one warning with the way out", () => {
		const zstd = join(work, "lines-zstd");
		must("objcopy", ["--compress-debug-sections=zstd", full, zstd]);
		assert.match(must("readelf", ["-S", "-W", zstd]), /\.debug_info\s.*\sC\s/, "objcopy compressed .debug_info");
		const told = new DiagnosticList();
		const { table } = symbolizeBinary(zstd, { diagnostics: told });
		const warnings = told.items.map((d) => d.message);
		const plain = symbolizeBinary(full).table.functions;
		assert.deepEqual(
			table.functions.map((f) => f.names[0]),
			plain.map((f) => f.names[0]),
		);
		if ("zstdDecompressSync" in zlib) {
			assert.deepEqual(warnings, []);
			assert.deepEqual(
				table.functions.map((f) => f.source),
				plain.map((f) => f.source),
			);
		} else {
			assert.deepEqual(told.kinds(), ["zstd-unsupported"], warnings.join("\n"));
			assert.match(warnings[0] ?? "", /\.debug_info is compressed with zstd, which Node\.js v[\d.]+ cannot decompress/);
			assert.match(warnings[0] ?? "", /Node\.js ≥ 22\.15|--decompress-debug-sections/);
			assert.ok(table.functions.every((f) => f.source === undefined));
		}
	});

	test("source lines are read when the report is written, and not from a binary rebuilt meanwhile", needsBpf, () => {
		const bin = compile(join(work, "rebuilt"), ["select.c"], ["-g"]);
		const state = join(work, "state-rebuilt");
		const report = join(work, "rebuilt.json");
		const start = xcover(["run", "--detach", "--state-dir", state, "-p", bin, "-o", report]);
		assert.equal(start.code, 0, start.stderr);
		must(bin, ["2"]);
		// A build replaces the file (a new inode at the same path) while the daemon traces the old one.
		const next = compile(join(work, "rebuilt.next"), ["select.c"], ["-g", "-O0"]);
		renameSync(next, bin);
		const stop = xcover(["stop", "--state-dir", state]);
		assert.equal(stop.code, 0, stop.stderr);
		assert.match(stop.stderr, /warning: .*rebuilt was replaced or rebuilt while it was traced/);
		const fns = reportFunctions(report);
		assert.deepEqual(coveredNames(report, /^f\d$/), ["f2"]);
		assert.ok(fns.every((f) => f.file === undefined));
		// Unchanged, the same run has its lines.
		const again = join(work, "unchanged.json");
		const r = traceTold(join(work, "state-unchanged"), [], bin, again, ["2"]);
		assert.equal(r.code, 0, r.stderr);
		assert.ok(reportFunctions(again).some((f) => f.name === "f2" && /select\.c$/.test(f.file ?? "")));
	});

	test("the stripped binary traced with real uprobes: covered set as told, with source lines", needsBpf, () => {
		const report = join(work, "stripped.json");
		const state = join(work, "state-strip");
		const r = xcover(["run", "--state-dir", state, "-p", stripped, "-o", report, "--", stripped, "1356"]);
		assert.equal(r.code, 0, r.stderr);
		assert.deepEqual(coveredNames(report, /^f\d$/), ["f1", "f3", "f5", "f6"]);
		const f3 = reportFunctions(report).find((f) => f.name === "f3");
		assert.match(f3?.file ?? "", /select\.c$/);
		assert.ok((f3?.line_start ?? 0) > 0);
	});
});

const hasGo = sh("sh", ["-c", "command -v go"]).code === 0;
const hasRustc = sh("sh", ["-c", "command -v rustc"]).code === 0;

describe("a stripped Go program", { skip: hasGo ? false : "needs go (npm test installs golang-go)" }, () => {
	const bin = join(work, "told-go");
	if (hasGo) goBuildStripped("told", bin);

	test("has no symbol table, yet every function is named from .gopclntab", () => {
		assert.equal(must("sh", ["-c", `nm ${bin} 2>&1 || true`]).includes("no symbols"), true);
		const { table } = symbolizeBinary(bin);
		const names = table.functions.map((f) => f.names[0]);
		for (const n of ["main.main", "main.Alpha", "main.Beta", "main.Gamma", "runtime.main"])
			assert.ok(names.includes(n), n);
		assert.equal(table.goModule, "told");
	});

	test("--exclude-preset go-runtime on a binary that is not Go says it excludes nothing", needsBpf, () => {
		const report = join(work, "preset-c.json");
		const c = compile(join(work, "preset-c"), ["select.c"]);
		const r = traceTold(join(work, "state-preset"), ["--exclude-preset", "go-runtime"], c, report, []);
		assert.equal(r.code, 0, r.stderr);
		assert.match(r.stderr, /warning: --exclude-preset go-runtime: no --path binary is a Go program/);
		assert.ok(reportFunctions(report).length > 5);
	});

	test("traced with --exclude-preset go-runtime: exactly what it was told to run", needsBpf, () => {
		const report = join(work, "told-go.json");
		const state = join(work, "state-go");
		const r = traceTold(state, ["--exclude-preset", "go-runtime"], bin, report, ["alpha", "gamma"]);
		assert.equal(r.code, 0, r.stderr);
		const fns = reportFunctions(report);
		assert.deepEqual(fns.map((f) => f.name).sort(), ["main.Alpha", "main.Beta", "main.Gamma", "main.main"]);
		assert.deepEqual(coveredNames(report, /./), ["main.Alpha", "main.Gamma", "main.main"]);
		const alpha = fns.find((f) => f.name === "main.Alpha");
		assert.match(alpha?.file ?? "", /told\/main\.go$/);
		assert.equal(alpha?.line_start, 10);
		assert.equal(alpha?.package, "main");
	});
});

describe("a Rust program", { skip: hasRustc ? false : "needs rustc (npm test installs it)" }, () => {
	for (const mangling of ["legacy", "v0"] as const) {
		test(`${mangling} mangling, traced: readable names of what it was told to run`, needsBpf, () => {
			const bin = join(work, `told-rust-${mangling}`);
			// Choosing the mangling is an unstable option on the rustc versions in use (stable 1.9x, Debian 1.63).
			const unstable = ["-Z", "unstable-options"];
			must(
				"rustc",
				[
					...unstable,
					"-C",
					"opt-level=1",
					"-C",
					`symbol-mangling-version=${mangling}`,
					"-g",
					"-o",
					bin,
					join(fixtures, "rust", "told.rs"),
				],
				{ RUSTC_BOOTSTRAP: "1" },
			);
			const report = join(work, `told-rust-${mangling}.json`);
			const state = join(work, `state-rust-${mangling}`);
			const r = traceTold(state, ["--include", "told::"], bin, report, ["alpha", "square"]);
			assert.equal(r.code, 0, r.stderr);
			const covered = coveredNames(report, /./);
			assert.ok(covered.includes("told::alpha"), covered.join(", "));
			assert.ok(!covered.includes("told::beta"), covered.join(", "));
			assert.ok(
				covered.some((n) => /^told::shapes::largest(::<.*>)?$/.test(n)),
				covered.join(", "),
			);
			assert.ok(
				covered.some((n) => /^<told::shapes::Square as told::shapes::Area>::area$/.test(n)),
				covered.join(", "),
			);
			const alpha = reportFunctions(report).find((f) => f.name === "told::alpha");
			assert.match(alpha?.raw_name ?? "", mangling === "v0" ? /^_R/ : /^_ZN/);
			assert.match(alpha?.file ?? "", /told\.rs$/);
		});
	}
});
