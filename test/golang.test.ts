// xcover-test: rootless
/**
 * Go symbols from .gopclntab against the Go toolchain's own readers: `go tool nm` (the ELF
 * symbol table of an unstripped build), `go tool objdump` (file:line of every instruction) and
 * `go version -m` (build information), on fixtures built here with the system `go`.
 */
import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { before, describe, it } from "node:test";
import { type Diagnostic, DiagnosticList, ignoreDiagnostics } from "../src/diagnostics.js";
import { ElfFile, withElf } from "../src/elf/reader.js";
import { GoImage } from "../src/golang/image.js";
import {
	type GoFunction,
	type GoSymbols,
	goPackageOf,
	isGoRuntimeOrStd,
	readGoBuildInfo,
	readGoSymbols,
} from "../src/golang/index.js";
import { parsePclntab } from "../src/golang/pclntab.js";
import { fixtures, goEnv, sh, workDir } from "./helpers.js";

const goVersion = sh("sh", ["-c", "command -v go"]).code === 0 ? sh("go", ["version"]) : undefined;
const hasGcc = sh("sh", ["-c", "command -v gcc"]).code === 0;
const needsGo: { skip: string | false } = {
	skip: goVersion?.code === 0 ? false : "needs the go toolchain (apt-get install -y golang-go)",
};

const work = goVersion ? workDir("golang") : "";
// A cache shared between runs keeps the standard library from being rebuilt every time; builds
// stay offline and on the installed toolchain.

function go(args: readonly string[], options: { cwd?: string; cgo?: boolean } = {}): string {
	const env = goEnv(options.cgo === true);
	// helpers.sh has no working-directory option: `go -C` is newer than Go 1.19, so use `sh -c cd`.
	const r = options.cwd
		? sh("sh", ["-c", 'cd "$0" && exec go "$@"', options.cwd, ...args], { env })
		: sh("go", args, { env });
	if (r.code !== 0) throw new Error(`go ${args.join(" ")} failed (${r.code}): ${r.stderr}`);
	return r.stdout;
}

/** Builds a fixture module; -trimpath makes the output independent of this checkout's location. */
function build(module: string, out: string, flags: readonly string[], cgo = false): string {
	const path = join(work, out);
	go(["build", "-trimpath", ...flags, "-o", path, "."], { cwd: join(fixtures, "go", module), cgo });
	return path;
}

function symbols(path: string): GoSymbols & { told: Diagnostic[] } {
	const told = new DiagnosticList();
	const s = withElf(path, (elf) => readGoSymbols(elf, { diagnostics: told }));
	assert.ok(s, `${path}: not recognised as a Go binary`);
	return { ...s, told: told.items };
}

const messages = (told: readonly Diagnostic[]) => told.map((d) => d.message).join("; ");

interface NmText {
	/** Names by address, normalised as the pclntab spells them (see pclntabSpelling). */
	byAddress: Map<number, string[]>;
	textStart: number;
	textEnd: number;
}

/**
 * The ELF symbol table spells some names differently from the pclntab, for reasons of the Go
 * linker, not of the function: assembly functions with the ABI0 calling convention carry an
 * `.abi0` suffix, and generic instances list their shape types (`F[go.shape.int_0]`) where the
 * pclntab writes `F[...]`. (Numbered local types, `T·1` in the pclntab and `T.1` in .symtab,
 * readGoSymbols already spells with a dot.)
 */
function pclntabSpelling(name: string): string {
	return name.replace(/\.abi0$/, "").replace(/\[.*\]/, "[...]");
}

function goNm(path: string): NmText {
	const byAddress = new Map<number, string[]>();
	let textStart = -1;
	let textEnd = -1;
	for (const line of go(["tool", "nm", "-size", path]).split("\n")) {
		const m = /^\s*([0-9a-f]+)\s+\d+\s+([Tt])\s+(.+)$/.exec(line);
		if (!m) continue;
		const address = Number.parseInt(m[1] as string, 16);
		const name = m[3] as string;
		if (name === "runtime.text") textStart = address;
		if (name === "runtime.etext") textEnd = address;
		const names = byAddress.get(address) ?? [];
		names.push(pclntabSpelling(name));
		byAddress.set(address, names);
	}
	return { byAddress, textStart, textEnd };
}

/**
 * Every function of the pclntab must be an nm text symbol of the same name at the same address,
 * and every nm text symbol must be a pclntab function unless it is not Go code: `runtime.etext`
 * marks the end of Go text (it is the functab's closing entry, not a function), and with cgo the
 * external linker adds C functions (crt start-up, the cgo runtime's C half, the user's C) outside
 * [runtime.text, runtime.etext), which the Go runtime does not describe.
 */
function compareWithNm(path: string): { agree: number; total: number; excluded: number } {
	const nm = goNm(path);
	const mine = symbols(path);
	assert.deepEqual(mine.told, []);
	assert.ok(nm.textStart > 0 && nm.textEnd > nm.textStart, "go tool nm lists runtime.text and runtime.etext");
	let agree = 0;
	const disagree: string[] = [];
	for (const f of mine.functions) {
		if (nm.byAddress.get(f.entry)?.includes(f.name)) agree++;
		else disagree.push(`0x${f.entry.toString(16)} ${f.name}: nm has ${nm.byAddress.get(f.entry)?.join(", ")}`);
	}
	const entries = new Set(mine.functions.map((f) => f.entry));
	let excluded = 0;
	const missing: string[] = [];
	for (const [address, names] of nm.byAddress) {
		if (entries.has(address)) continue;
		if (address === nm.textEnd || address < nm.textStart || address > nm.textEnd) excluded++;
		else missing.push(`0x${address.toString(16)} ${names.join(", ")}`);
	}
	assert.deepEqual(disagree, [], `${disagree.length} of ${mine.functions.length} pclntab functions disagree with nm`);
	assert.deepEqual(missing, [], "nm text symbols inside Go text that the pclntab lacks");
	return { agree, total: mine.functions.length, excluded };
}

interface ObjdumpFunction {
	name: string;
	/** The TEXT line's file; empty for -trimpath builds' standard library. */
	file: string;
	/** Base name and line of the first instruction. */
	firstBase: string;
	firstLine: number;
	/** Largest line among instructions whose file has the first instruction's base name. */
	maxLine: number;
}

/**
 * `go tool objdump` starts each function with `TEXT name(SB) file` and prefixes every instruction
 * with `base.go:line` of its (innermost, for inlined code) source position. Functions are keyed
 * by the address of their first instruction: names are not unique (an ABI0 wrapper shares its
 * function's name in the pclntab).
 */
function goObjdump(path: string, pattern: string): Map<number, ObjdumpFunction> {
	const out = new Map<number, ObjdumpFunction>();
	let current: ObjdumpFunction | undefined;
	let pending = false;
	for (const line of go(["tool", "objdump", "-s", pattern, path]).split("\n")) {
		const text = /^TEXT (.+)\(SB\) ?(.*)$/.exec(line);
		if (text) {
			current = {
				name: pclntabSpelling(text[1] as string),
				file: text[2] as string,
				firstBase: "",
				firstLine: -1,
				maxLine: -1,
			};
			pending = true;
			continue;
		}
		const insn = /^\s+(\S+):(\d+)\s+0x([0-9a-f]+)\s/.exec(line);
		if (!insn || !current) continue;
		const lineNo = Number(insn[2]);
		if (pending) {
			current.firstBase = insn[1] as string;
			current.firstLine = lineNo;
			out.set(Number.parseInt(insn[3] as string, 16), current);
			pending = false;
		}
		if (insn[1] === current.firstBase) current.maxLine = Math.max(current.maxLine, lineNo);
	}
	return out;
}

/** One row of the DWARF line program: `line` of `file` holds from `address` to the next row. */
interface LineRow {
	address: number;
	file: string;
	line: number;
}

/**
 * The DWARF line table of an unstripped build as binutils decodes it. Unlike objdump's base
 * names it gives full paths (a `dir/file.go:` line before the rows of each file), so a function
 * whose inlined callees come from another `errors.go` is not mistaken for its own file.
 */
function dwarfLines(path: string): LineRow[] {
	const rows: LineRow[] = [];
	let file = "";
	for (const line of sh("readelf", ["--debug-dump=decodedline", path]).stdout.split("\n")) {
		const header = /^(\S+):$/.exec(line);
		if (header) {
			file = header[1] as string;
			continue;
		}
		const row = /^\S+\s+(\d+|-)\s+0x([0-9a-f]+)/.exec(line);
		if (row)
			rows.push({ address: Number.parseInt(row[2] as string, 16), file, line: row[1] === "-" ? -1 : Number(row[1]) });
	}
	return rows.sort((a, b) => a.address - b.address);
}

/** The largest line of `file` among rows that hold for some pc in [entry, end). */
function maxDwarfLine(rows: readonly LineRow[], entry: number, end: number, file: string): number {
	let lo = 0;
	let hi = rows.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((rows[mid] as LineRow).address <= entry) lo = mid + 1;
		else hi = mid;
	}
	let max = -1;
	for (let k = Math.max(0, lo - 1); k < rows.length && (rows[k] as LineRow).address < end; k++) {
		const r = rows[k] as LineRow;
		if (r.file === file && r.line > max) max = r.line;
	}
	return max;
}

/**
 * A Go 1.16 pclntab with the contents of a 1.18 one (64-bit): the header has no textStart, the
 * functab holds absolute uintptr entries and _func offsets, and _func starts with a uintptr
 * entry. The other tables stay where they are; the new functab and _func records are appended.
 */
function to116(v118: Buffer): Buffer {
	const word = (at: number) => Number(v118.readBigUInt64LE(at));
	const nfunc = word(8);
	const textStart = word(24);
	const pcln = word(64);
	const functabStart = Math.ceil(v118.length / 8) * 8;
	const recordSize = 48;
	const functabSize = nfunc * 16 + 8;
	const out = Buffer.alloc(functabStart + functabSize + nfunc * recordSize);
	v118.copy(out);
	out.writeUInt32LE(0xfffffffa, 0);
	// nfunc, nfiles, funcnameOffset, cuOffset, filetabOffset, pctabOffset, pclnOffset
	const fields = [nfunc, word(16), word(32), word(40), word(48), word(56), functabStart];
	fields.forEach((value, i) => {
		out.writeBigUInt64LE(BigInt(value), 8 + 8 * i);
	});
	out.writeBigUInt64LE(0n, 64);
	for (let i = 0; i <= nfunc; i++) {
		const entry = textStart + v118.readUInt32LE(pcln + 8 * i);
		out.writeBigUInt64LE(BigInt(entry), functabStart + 16 * i);
		if (i === nfunc) break;
		const funcOffset = functabSize + i * recordSize;
		out.writeBigUInt64LE(BigInt(funcOffset), functabStart + 16 * i + 8);
		const old = pcln + v118.readUInt32LE(pcln + 8 * i + 4);
		out.writeBigUInt64LE(BigInt(entry), functabStart + funcOffset);
		// nameoff, args, deferreturn, pcsp, pcfile, pcln, npcdata, cuOffset, funcID.., nfuncdata
		v118.copy(out, functabStart + funcOffset + 8, old + 4, old + 40);
	}
	return out;
}

/** mulberry32: a small seeded generator, so a failing mutation can be replayed. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sectionOf(path: string, name: string): { offset: number; size: number; addr: number } {
	return withElf(path, (elf) => {
		const s = elf.section(name);
		assert.ok(s, `${path} has ${name}`);
		return { offset: s.offset, size: s.size, addr: s.addr };
	});
}

describe("Go symbols from .gopclntab", needsGo, () => {
	const bin: Record<string, string> = {};

	before(() => {
		bin.plain = build("hello", "hello", []);
		bin.stripped = build("hello", "hello.stripped", ["-ldflags=-s -w"]);
		bin.pie = build("hello", "hello.pie", ["-buildmode=pie"]);
		bin.pieStripped = build("hello", "hello.pie.stripped", ["-buildmode=pie", "-ldflags=-s -w"]);
		if (hasGcc) {
			bin.cgo = build("cgo", "cgo", [], true);
			bin.cgoPie = build("cgo", "cgo.pie", ["-buildmode=pie"], true);
			bin.cgoPieStripped = build("cgo", "cgo.pie.stripped", ["-buildmode=pie", "-ldflags=-s -w"], true);
		}
	});

	it("names and entries equal go tool nm on the unstripped builds", () => {
		for (const key of ["plain", "pie"]) {
			const r = compareWithNm(bin[key] as string);
			console.log(
				`# ${key}: ${r.agree}/${r.total} names and entries match go tool nm (${r.excluded} non-function nm symbols)`,
			);
			assert.equal(r.agree, r.total);
			assert.ok(r.total > 1000);
		}
	});

	it("finds the pclntab of an external-linker PIE inside .data.rel.ro (cgo)", { skip: !hasGcc && "needs gcc" }, () => {
		const cgoPie = bin.cgoPie as string;
		assert.equal(
			withElf(cgoPie, (elf) => elf.section(".gopclntab")),
			undefined,
			"Go 1.19 external PIE has no .gopclntab",
		);
		for (const key of ["cgo", "cgoPie"]) {
			const r = compareWithNm(bin[key] as string);
			console.log(
				`# ${key}: ${r.agree}/${r.total} names and entries match go tool nm (${r.excluded} C or marker symbols excluded)`,
			);
			assert.equal(r.agree, r.total);
		}
		const names = symbols(bin.cgoPieStripped as string).functions.map((f) => f.name);
		assert.ok(names.includes("main.goAdd") && names.includes("main._Cfunc_add"));
		assert.deepEqual(
			symbols(bin.cgoPieStripped as string).functions.map((f) => [f.name, f.entry]),
			symbols(cgoPie).functions.map((f) => [f.name, f.entry]),
		);
	});

	it("a stripped build gives the same functions as the unstripped one", () => {
		for (const [full, stripped] of [
			["plain", "stripped"],
			["pie", "pieStripped"],
		] as const) {
			assert.equal(
				withElf(bin[stripped] as string, (elf) => elf.section(".symtab")),
				undefined,
				"-s -w removed .symtab",
			);
			const a = symbols(bin[full] as string);
			const b = symbols(bin[stripped] as string);
			assert.deepEqual(b.told, []);
			assert.equal(b.version, "1.18", "Go 1.19 writes the 1.18 layout");
			assert.deepEqual(b.functions, a.functions);
			console.log(`# ${stripped}: ${b.functions.length}/${a.functions.length} functions identical to ${full}`);
		}
	});

	it("file and lines equal go tool objdump for the main module's functions", () => {
		const objdump = goObjdump(bin.plain as string, "^(main\\.|hello/)");
		const mine = symbols(bin.stripped as string).functions.filter(
			(f) => f.package === "main" || f.package.startsWith("hello"),
		);
		let files = 0;
		let starts = 0;
		let ends = 0;
		for (const f of mine) {
			const o = objdump.get(f.entry);
			assert.ok(o, `objdump shows ${f.name}`);
			assert.equal(f.name, o.name);
			assert.equal(f.file, o.file, `${f.name} file`);
			assert.equal(basename(o.file), o.firstBase);
			files++;
			assert.equal(f.lineStart, o.firstLine, `${f.name} line at entry`);
			starts++;
			assert.ok((f.lineEnd ?? -1) >= (f.lineStart ?? 0), `${f.name} lineEnd >= lineStart`);
			assert.equal(f.lineEnd, o.maxLine, `${f.name} lineEnd`);
			ends++;
		}
		assert.equal(mine.length, objdump.size);
		assert.ok(mine.length >= 14, "closures, methods, generic instance and init funcs are all there");
		console.log(
			`# file ${files}/${objdump.size}, lineStart ${starts}/${objdump.size}, lineEnd ${ends}/${objdump.size} match go tool objdump`,
		);
		const multiLine = mine.find((f) => f.name === "hello/shapes.Describe");
		assert.ok(multiLine && (multiLine.lineEnd ?? 0) > (multiLine.lineStart ?? 0), "a multi-line function spans lines");
	});

	it("file and lines equal go tool objdump and the DWARF line table for every function", () => {
		const mine = symbols(bin.stripped as string).functions;
		// objdump of Go 1.19 shows no lines for an internally linked PIE (`:0` everywhere), so the
		// oracles read the non-PIE build, and the PIE must agree with that by name.
		const objdump = goObjdump(bin.plain as string, ".");
		const rows = dwarfLines(bin.plain as string);
		let starts = 0;
		let ends = 0;
		let dwarfCovered = 0;
		for (const f of mine) {
			const o = objdump.get(f.entry);
			assert.ok(o && o.name === f.name, `objdump shows ${f.name} at 0x${f.entry.toString(16)}`);
			assert.equal(basename(f.file ?? ""), o.firstBase, `${f.name} file`);
			assert.equal(f.lineStart, o.firstLine, `${f.name} lineStart`);
			starts++;
			// objdump names files by base name only, so its maximum may include lines of another
			// file with the same base name; it bounds ours from above.
			assert.ok((f.lineEnd ?? -1) <= o.maxLine && (f.lineEnd ?? -1) >= (f.lineStart ?? 0), `${f.name} lineEnd`);
			const dwarf = maxDwarfLine(rows, f.entry, f.end, f.file ?? "");
			if (dwarf < 0) continue; // assembly and generated code without DWARF lines
			dwarfCovered++;
			assert.equal(f.lineEnd, dwarf, `${f.name} lineEnd against DWARF`);
			ends++;
		}
		console.log(
			`# stripped: file+lineStart ${starts}/${mine.length} match go tool objdump; lineEnd ${ends}/${dwarfCovered} match the DWARF line table (readelf), the other ${mine.length - dwarfCovered} have no DWARF lines`,
		);
		assert.equal(mine.length, objdump.size);
		// Assembly assembles differently for PIE (position-independent loads), so only its file is compared.
		const source = (f: GoFunction) =>
			f.file?.endsWith(".s") ? [f.name, f.file] : [f.name, f.file, f.lineStart, f.lineEnd];
		assert.deepEqual(symbols(bin.pieStripped as string).functions.map(source), mine.map(source));
	});

	it("reads the Go 1.16 and 1.20 layouts (tables rewritten from the 1.19 build)", () => {
		// Only Go 1.19 is installed, so the other layouts are produced from its table by the
		// documented differences (runtime/symtab.go of each release), and must read the same.
		const path = bin.stripped as string;
		const table = sectionOf(path, ".gopclntab");
		const v118 = readFileSync(path).subarray(table.offset, table.offset + table.size);
		withElf(path, (elf) => {
			const image = new GoImage(elf);
			const expected = parsePclntab(v118, table.addr, image);
			assert.equal(expected?.version, "1.18");
			// 1.20 changed the magic and appended startLine after cuOffset in _func; the fields
			// read here (entryoff, nameoff, pcfile, pcln, cuOffset) kept their offsets.
			const v120 = Buffer.from(v118);
			v120.writeUInt32LE(0xfffffff1, 0);
			const read120 = parsePclntab(v120, table.addr, image);
			assert.equal(read120?.version, "1.20");
			assert.deepEqual(read120?.functions, expected?.functions);
			const told = new DiagnosticList();
			const read116 = parsePclntab(to116(v118), table.addr, image, "pclntab", { diagnostics: told });
			assert.equal(read116?.version, "1.16");
			assert.deepEqual(told.items, []);
			assert.deepEqual(read116?.functions, expected?.functions);
			console.log(
				`# 1.16 and 1.20 layouts: ${read116?.functions.length}/${expected?.functions.length} functions identical`,
			);
		});
	});

	it("takes a PIE's text start from its relocation when the file holds 0", () => {
		const path = join(work, "hello.pie.text0");
		const bytes = readFileSync(bin.pieStripped as string);
		const table = sectionOf(bin.pieStripped as string, ".data.rel.ro.gopclntab");
		assert.notEqual(bytes.readBigUInt64LE(table.offset + 24), 0n);
		bytes.writeBigUInt64LE(0n, table.offset + 24);
		writeFileSync(path, bytes);
		assert.deepEqual(symbols(path).functions, symbols(bin.pieStripped as string).functions);
	});

	it("finds the pclntab and build info of a binary without section headers", () => {
		for (const key of ["stripped", "pieStripped"]) {
			const path = join(work, `${key}.nosections`);
			const bytes = readFileSync(bin[key] as string);
			// e_shoff, e_shnum, e_shstrndx: the loader needs none of them.
			bytes.writeBigUInt64LE(0n, 40);
			bytes.writeUInt16LE(0, 60);
			bytes.writeUInt16LE(0, 62);
			writeFileSync(path, bytes);
			assert.equal(
				withElf(path, (elf) => elf.sections.length),
				0,
			);
			const s = symbols(path);
			assert.deepEqual(s.functions, symbols(bin[key] as string).functions);
			assert.equal(s.mainModule, "hello");
		}
	});

	it("says undefined, quickly, for binaries that are not Go", () => {
		for (const path of [process.execPath, "/bin/ls"]) {
			if (!existsSync(path)) continue;
			const t0 = performance.now();
			assert.equal(
				withElf(path, (elf) => readGoSymbols(elf)),
				undefined,
			);
			const ms = performance.now() - t0;
			console.log(`# ${path}: not Go, ${ms.toFixed(1)} ms`);
			assert.ok(ms < 1000);
		}
	});

	it("reads the main module from .go.buildinfo like go version -m", () => {
		for (const path of [bin.stripped, bin.pieStripped] as string[]) {
			const info = withElf(path, (elf) => readGoBuildInfo(elf));
			const oracle = go(["version", "-m", path]);
			const mod = /^\tmod\t(\S+)/m.exec(oracle)?.[1];
			assert.equal(mod, "hello");
			assert.equal(info?.mainModule, mod);
			assert.equal(info?.goVersion, /^\S+: (\S+)/.exec(oracle)?.[1]);
			assert.equal(info?.mainPackage, /^\tpath\t(\S+)/m.exec(oracle)?.[1]);
			assert.equal(symbols(path).mainModule, "hello");
		}
	});

	it("packages of Go function names", () => {
		const cases: Array<[string, string]> = [
			["main.main", "main"],
			["main.main.func2.1", "main"],
			["main.Map[...]", "main"],
			["hello/shapes.(*Square).Grow", "hello/shapes"],
			["hello/shapes.Circle.Area", "hello/shapes"],
			["example.com/mod/pkg.(*T).Method", "example.com/mod/pkg"],
			["example.com/mod/pkg.func1", "example.com/mod/pkg"],
			["example.com/mod/pkg.F[...]", "example.com/mod/pkg"],
			["example.com/mod/pkg.F[go.shape.struct { a/b.T }_0]", "example.com/mod/pkg"],
			["example.com/mod/pkg.(*List[...]).Push", "example.com/mod/pkg"],
			["gopkg.in/yaml%2ev3.Unmarshal", "gopkg.in/yaml.v3"],
			["example.com/caf%c3%a9.Open", "example.com/café"],
			["net/http.(*Server).Serve", "net/http"],
			["runtime.gcBgMarkWorker.func1", "runtime"],
			["internal/cpu.Initialize", "internal/cpu"],
			["type..eq.hello/shapes.Square", "type:"],
			["type:.eq.[2]interface {}", "type:"],
			["go:buildid", "go:"],
			["go.buildid", "go:"],
			["_rt0_amd64_linux", ""],
		];
		for (const [name, pkg] of cases) assert.equal(goPackageOf(name), pkg, name);
	});

	it("the runtime/standard-library preset on the binary's real function names", () => {
		const s = symbols(bin.stripped as string);
		const kept = s.functions.filter((f) => !isGoRuntimeOrStd(f.package, s.mainModule));
		const keptNames = kept.map((f) => f.name).sort();
		// The oracle is objdump's list of functions named after the main module's packages.
		const objdump = [...goObjdump(bin.plain as string, "^(main\\.|hello/)").values()].map((o) => o.name).sort();
		assert.deepEqual(keptNames, objdump);
		for (const name of ["runtime.main", "fmt.Fprintln", "sync.(*WaitGroup).Wait", "internal/cpu.Initialize"]) {
			const f = s.functions.find((g) => g.name === name);
			assert.ok(f, name);
			assert.equal(isGoRuntimeOrStd(f.package, s.mainModule), true, name);
		}
		assert.ok(s.functions.some((f) => f.name.startsWith("type..eq.") && isGoRuntimeOrStd(f.package, s.mainModule)));
		assert.equal(isGoRuntimeOrStd("github.com/x/y", "hello"), false);
		assert.equal(isGoRuntimeOrStd("vendor/golang.org/x/net/dns/dnsmessage", "hello"), true);
		assert.equal(isGoRuntimeOrStd("cmd/compile/internal/ssa", "cmd"), false);
		console.log(`# preset keeps ${kept.length} of ${s.functions.length} functions`);
	});

	it("a truncated file keeps the functions before the cut, with a warning", () => {
		const path = join(work, "hello.truncated");
		const table = sectionOf(bin.stripped as string, ".gopclntab");
		const whole = readFileSync(bin.stripped as string);
		writeFileSync(path, whole.subarray(0, table.offset + Math.floor(table.size * 0.9)));
		const full = symbols(bin.stripped as string).functions;
		const cut = symbols(path);
		assert.ok(cut.functions.length > 0 && cut.functions.length < full.length);
		assert.deepEqual(
			cut.functions.map((f) => [f.name, f.entry]),
			full.slice(0, cut.functions.length).map((f) => [f.name, f.entry]),
		);
		assert.ok(
			cut.told.some((d) => d.kind === "go-table-damaged" && d.message.includes(".gopclntab is truncated")),
			messages(cut.told),
		);
		console.log(`# truncated at 90%: ${cut.functions.length}/${full.length} functions; ${messages(cut.told)}`);
	});

	it("a broken pc-value table leaves names and entries, with a warning", () => {
		const path = join(work, "hello.nolines");
		copyFileSync(bin.stripped as string, path);
		const table = sectionOf(path, ".gopclntab");
		const bytes = readFileSync(path);
		const header = bytes.subarray(table.offset, table.offset + 72);
		const cuOffset = Number(header.readBigUInt64LE(40));
		// Point the CU table past the end: every file name lookup then fails.
		header.writeBigUInt64LE(BigInt(table.size + 1000), 40);
		writeFileSync(path, bytes);
		const s = symbols(path);
		assert.ok(cuOffset > 0);
		assert.equal(s.functions.length, symbols(bin.stripped as string).functions.length);
		assert.ok(s.functions.every((f) => f.file === undefined));
		assert.ok(
			s.told.some((d) => d.kind === "go-table-damaged" && /functions keep their symbol names only/.test(d.message)),
			messages(s.told),
		);
	});

	it("never throws on a corrupted pclntab (seeded mutations)", () => {
		const path = join(work, "hello.mutated");
		const original = readFileSync(bin.pieStripped as string);
		const table = sectionOf(bin.pieStripped as string, ".data.rel.ro.gopclntab");
		const next = random(0x60c0ffee);
		const pick = (n: number) => Math.floor(next() * n);
		const start = Date.now();
		let opened = 0;
		let undecided = 0;
		for (let i = 0; i < 300; i++) {
			const bytes = Buffer.from(original);
			let length = bytes.length;
			switch (i % 5) {
				case 0: // random bytes anywhere in the table
					for (let k = 0, n = 1 + pick(64); k < n; k++) bytes[table.offset + pick(table.size)] = pick(256);
					break;
				case 1: // header fields: counts and offsets
					for (let k = 0, n = 1 + pick(4); k < n; k++)
						bytes.writeUInt32LE(pick(2 ** 32), table.offset + 8 + 4 * pick(16));
					break;
				case 2: // functab rows and _func records
					for (let k = 0, n = 1 + pick(32); k < n; k++) {
						const at = table.offset + Math.floor(table.size * 0.6) + pick(Math.floor(table.size * 0.4) - 4);
						bytes.writeUInt32LE(pick(2 ** 32), at - (at % 4));
					}
					break;
				case 3: // the file ends inside the table
					length = table.offset + pick(table.size);
					break;
				default: // a zeroed or 0xff run
					bytes.fill(next() < 0.5 ? 0 : 0xff, table.offset + pick(table.size), table.offset + pick(table.size));
			}
			writeFileSync(path, bytes.subarray(0, length));
			let elf: ElfFile;
			try {
				elf = ElfFile.open(path);
			} catch {
				continue; // the ELF reader's own checks, not this module's
			}
			opened++;
			try {
				const s = readGoSymbols(elf, { diagnostics: ignoreDiagnostics });
				if (!s) undecided++;
				else for (const f of s.functions) assert.ok(f.end >= f.entry && typeof f.name === "string");
			} finally {
				elf.close();
			}
		}
		const ms = Date.now() - start;
		console.log(`# 300 mutations: ${opened} opened, ${undecided} no longer recognised as Go, ${ms} ms`);
		assert.ok(opened > 250);
	});

	it("reads big Go binaries: the Go toolchain's own compile and go commands", () => {
		// cmd/compile builds offline from GOROOT; unlike the distribution's copy it keeps .symtab.
		const compile = join(work, "compile");
		go(["build", "-o", compile, "cmd/compile"], { cwd: work });
		const r = compareWithNm(compile);
		console.log(`# cmd/compile: ${r.agree}/${r.total} names and entries match go tool nm`);
		assert.equal(r.agree, r.total);
		const goroot = go(["env", "GOROOT"]).trim();
		for (const path of [compile, join(goroot, "bin", "go"), join(goroot, "pkg", "tool", "linux_amd64", "compile")]) {
			if (!existsSync(path)) continue;
			const runs: number[] = [];
			let count = 0;
			for (let k = 0; k < 5; k++) {
				const t0 = performance.now();
				count = symbols(path).functions.length;
				runs.push(performance.now() - t0);
			}
			runs.sort((a, b) => a - b);
			console.log(`# readGoSymbols ${path}: ${count} functions, median ${runs[2]?.toFixed(1)} ms of 5`);
			assert.ok(count > 5000);
		}
	});
});
