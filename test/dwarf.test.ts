// xcover-test: rootless
/**
 * DWARF source locations against addr2line and nm, on C and C++ fixtures built by gcc and clang
 * with DWARF 4 and 5, compressed, split; separate debug files found by debuglink and build-id;
 * and a seeded mutation fuzz that must never make the reader throw.
 */
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, posix } from "node:path";
import { describe, it } from "node:test";
import { DiagnosticList } from "../src/diagnostics.js";
import { type DwarfResult, functionAt, hasDebugInfo, readDwarfFunctions } from "../src/dwarf/index.js";
import { DebugFileMismatchError, findDebugFile } from "../src/elf/debugFile.js";
import { ElfFile, withElf } from "../src/elf/reader.js";
import { fixtures, must, sh, workDir } from "./helpers.js";

const sources = { c: ["prog.c", "util.c"], cpp: ["shapes.cpp", "app.cpp"] } as const;
const compilers = {
	gcc: { c: "gcc", cpp: "g++" },
	clang: { c: "clang", cpp: "clang++" },
} as const;
type Compiler = keyof typeof compilers;
type Lang = keyof typeof sources;
type Variant = "plain" | "gz" | "zlib-gnu" | "split";

const work = workDir("dwarf");
const hasClang = sh("sh", ["-c", "command -v clang++"]).code === 0;

/** Compiles each source to its own object (so -gsplit-dwarf leaves x.dwo next to x.o) and links. */
function build(
	compiler: Compiler,
	lang: Lang,
	version: 4 | 5,
	variant: Variant,
	extra: readonly string[] = [],
): string {
	const dir = join(work, `${compiler}-${lang}-v${version}-${variant}${extra.length ? "-x" : ""}`);
	mkdirSync(dir, { recursive: true });
	const cc = compilers[compiler][lang];
	const flags = ["-O2", "-g", `-gdwarf-${version}`, ...extra];
	if (variant === "gz") flags.push("-gz");
	if (variant === "zlib-gnu") flags.push("-gz=zlib-gnu");
	if (variant === "split") flags.push("-gsplit-dwarf");
	const objects = sources[lang].map((s) => {
		const obj = join(dir, s.replace(/\.\w+$/, ".o"));
		must(cc, [...flags, "-c", join(fixtures, "dwarf", s), "-o", obj]);
		return obj;
	});
	const bin = join(dir, "prog");
	must(cc, [...flags, "-o", bin, ...objects]);
	return bin;
}

interface Agreement {
	agree: number;
	total: number;
	/** Symbols we place in another file or outside our line range. */
	mismatches: string[];
	/** Symbols with no subprogram DIE at all (e.g. GCC clones and thunks that got no DWARF). */
	missing: string[];
}

/**
 * GNU addr2line 2.40 maps DWARF 5 file numbers of GCC 12 output to the wrong file (it printed
 * prog.c for code that readelf's decoded line table puts in shared.h), so the LLVM one is
 * preferred when installed; both are oracles nobody here wrote.
 */
const addr2line =
	["llvm-addr2line", ...["18", "17", "16", "15", "14"].map((v) => `/usr/lib/llvm-${v}/bin/llvm-addr2line`)].find(
		(p) => sh("sh", ["-c", `command -v ${p}`]).code === 0,
	) ?? "addr2line";

/**
 * Function symbols (nm) with their addr2line location in the function itself: the outermost frame
 * of `-i`, since an entry instruction often belongs to inlined code from another file. Symbols
 * addr2line cannot place (crt code without DWARF) are left out.
 */
function oracle(bin: string): Array<{ name: string; addr: number; file: string; line: number }> {
	const syms: Array<{ name: string; addr: number }> = [];
	for (const line of must("nm", ["--defined-only", bin]).split("\n")) {
		const m = /^([0-9a-f]+) [tTwW] (\S+)$/.exec(line);
		if (m) syms.push({ name: m[2] as string, addr: parseInt(m[1] as string, 16) });
	}
	const frames = new Map<number, string>();
	let current = -1;
	const out = must(addr2line, ["-a", "-i", "-e", bin, ...syms.map((s) => `0x${s.addr.toString(16)}`)]);
	for (const line of out.split("\n")) {
		if (/^0x[0-9a-f]+$/.test(line)) current = parseInt(line, 16);
		else if (line.trim() !== "") frames.set(current, line.trim());
	}
	const located: Array<{ name: string; addr: number; file: string; line: number }> = [];
	for (const s of syms) {
		const m = /^(.*):(\d+)(?::\d+)?(?: \(discriminator \d+\))?$/.exec(frames.get(s.addr) ?? "");
		if (!m || m[1] === "??" || m[2] === "0") continue;
		located.push({ ...s, file: m[1] as string, line: Number(m[2]) });
	}
	return located;
}

function compare(bin: string, result: DwarfResult): Agreement {
	const a: Agreement = { agree: 0, total: 0, mismatches: [], missing: [] };
	for (const s of oracle(bin)) {
		a.total++;
		const f = functionAt(result, s.addr);
		const ok =
			f !== undefined &&
			posix.normalize(f.file) === posix.normalize(s.file) &&
			f.lineStart <= s.line &&
			s.line <= f.lineEnd;
		if (ok) a.agree++;
		else if (f === undefined) a.missing.push(`${s.name}@0x${s.addr.toString(16)}`);
		else
			a.mismatches.push(
				`${s.name}@0x${s.addr.toString(16)}: addr2line ${s.file}:${s.line}, ours ${f ? `${f.file}:${f.lineStart}-${f.lineEnd}` : "none"}`,
			);
	}
	return a;
}

function read(bin: string): DwarfResult & { told: DiagnosticList } {
	const told = new DiagnosticList();
	return { ...withElf(bin, (elf) => readDwarfFunctions(elf, { diagnostics: told })), told };
}

describe("DWARF functions against addr2line", () => {
	const variants: Variant[] = ["plain", "gz", "zlib-gnu", "split"];
	let agree = 0;
	let total = 0;
	for (const compiler of ["gcc", "clang"] as const) {
		for (const lang of ["c", "cpp"] as const) {
			for (const version of [4, 5] as const) {
				for (const variant of variants) {
					// clang 14 accepts -gz=zlib-gnu only for the assembler; gcc alone exercises .zdebug_* here.
					if (compiler === "clang" && variant === "zlib-gnu") continue;
					const name = `${compiler} ${lang} DWARF ${version} ${variant}`;
					it(name, { skip: compiler === "clang" && !hasClang ? "clang is not installed" : false }, () => {
						const bin = build(compiler, lang, version, variant);
						const result = read(bin);
						assert.deepEqual(result.told.items, []);
						const a = compare(bin, result);
						agree += a.agree;
						total += a.total;
						assert.ok(a.total >= (lang === "c" ? 7 : 12), `only ${a.total} functions located by addr2line`);
						assert.deepEqual([...a.mismatches, ...a.missing], [], `${a.agree}/${a.total} agree`);
					});
				}
			}
		}
	}
	it("covers the DWARF shapes the fixtures exist for", () => {
		const bin = build("gcc", "cpp", 5, "plain");
		const fns = [...read(bin).functions.values()];
		const byLinkage = (n: string) => fns.find((f) => f.linkageName === n);
		// Out-of-line member: name and class come through DW_AT_specification.
		const area = byLinkage("_ZNK3geo6Square4areaEv");
		assert.equal(area?.name, "area");
		assert.equal(basename(area?.file ?? ""), "shapes.cpp");
		assert.ok(fns.some((f) => f.name === "largest<int>" && basename(f.file) === "shapes.h"));
		assert.ok(fns.filter((f) => f.name === "operator()").length >= 2, "both lambdas");
		const c = [...read(build("gcc", "c", 5, "plain")).functions.values()];
		assert.equal(c.filter((f) => f.name === "header_twice" && basename(f.file) === "shared.h").length, 2);
		const checked = c.find((f) => f.name === "util_checked");
		assert.equal(checked?.ranges.length, 2, "hot and cold parts through DW_AT_ranges");
		assert.ok(checked && checked.lineEnd > checked.lineStart);
	});
	it("agrees with addr2line on every located function overall", (t) => {
		assert.ok(total > 0);
		assert.equal(agree, total);
		t.diagnostic(`${agree}/${total} functions match addr2line`);
	});
	it("warns once per missing .dwo and keeps going", () => {
		const bin = build("gcc", "c", 5, "split");
		const told = new DiagnosticList();
		const result = withElf(bin, (elf) => readDwarfFunctions(elf, { openSplit: () => undefined, diagnostics: told }));
		assert.equal(result.functions.size, 0);
		assert.deepEqual(told.kinds(), ["split-dwarf-missing", "split-dwarf-missing"]);
		assert.match(told.items[0]?.message ?? "", /split DWARF file .*\.dwo not found/);
		assert.match(told.items[0]?.file ?? "", /\.dwo$/);
	});
});

describe("separate debug files", () => {
	const bin = build("gcc", "c", 5, "plain");
	const dir = join(work, "debugfile");
	mkdirSync(dir, { recursive: true });
	const expected = read(bin);
	const debug = join(dir, "prog.debug");
	must("objcopy", ["--only-keep-debug", bin, debug]);
	const stripped = join(dir, "prog");
	must("strip", ["--strip-all", "-o", stripped, bin]);
	// objcopy records the debug file's basename and CRC; it must run where the name resolves.
	must("objcopy", [`--add-gnu-debuglink=${debug}`, stripped]);
	const noRoots: string[] = [];

	it("finds the debug file through .gnu_debuglink and reads the same locations", () => {
		const told = new DiagnosticList();
		const found = withElf(stripped, (elf) => {
			assert.equal(hasDebugInfo(elf), false);
			return findDebugFile(elf, { debugRoots: noRoots, diagnostics: told });
		});
		assert.deepEqual(found, { path: debug, via: "debuglink" });
		assert.deepEqual(told.items, []);
		const again = read(found?.path as string);
		assert.deepEqual(again.functions, expected.functions);
	});

	it("finds it in a build-id tree first", () => {
		const root = join(dir, "root");
		const id = withElf(bin, (elf) => elf.buildId()) as string;
		mkdirSync(join(root, ".build-id", id.slice(0, 2)), { recursive: true });
		const target = join(root, ".build-id", id.slice(0, 2), `${id.slice(2)}.debug`);
		copyFileSync(debug, target);
		const found = withElf(stripped, (elf) => findDebugFile(elf, { debugRoots: [root] }));
		assert.deepEqual(found, { path: target, via: "build-id" });
		assert.deepEqual(read(target).functions, expected.functions);
	});

	it("rejects a debuglink target with the wrong CRC, with a warning", () => {
		const other = join(dir, "crc");
		mkdirSync(join(other, ".debug"), { recursive: true });
		const copy = join(other, "prog");
		copyFileSync(stripped, copy);
		writeFileSync(join(other, ".debug", "prog.debug"), Buffer.concat([readFileSync(debug), Buffer.from([0])]));
		const told = new DiagnosticList();
		const found = withElf(copy, (elf) => findDebugFile(elf, { debugRoots: noRoots, diagnostics: told }));
		assert.equal(found, undefined);
		assert.deepEqual(told.kinds(), ["debug-file-mismatch"]);
		assert.match(told.items[0]?.message ?? "", /CRC 0x[0-9a-f]{8} does not match/);
	});

	it("refuses an explicit debug file of another build", () => {
		const otherBin = build("gcc", "c", 4, "plain");
		const otherDebug = join(dir, "other.debug");
		must("objcopy", ["--only-keep-debug", otherBin, otherDebug]);
		withElf(stripped, (elf) => {
			assert.throws(
				() => findDebugFile(elf, { explicitPath: otherDebug }),
				(err: unknown) => {
					assert.ok(err instanceof DebugFileMismatchError);
					assert.match(err.message, /build-id [0-9a-f]+ does not match/);
					assert.ok(err.hint.length > 0);
					return true;
				},
			);
			assert.deepEqual(findDebugFile(elf, { explicitPath: debug }), { path: debug, via: "explicit" });
		});
	});

	it("reads /usr/bin/node's DWARF when it has some", (t) => {
		const node = "/usr/bin/node";
		if (!existsSync(node) || !withElf(node, (elf) => hasDebugInfo(elf))) return;
		const result = read(node);
		const a = compare(node, result);
		t.diagnostic(
			`/usr/bin/node: ${a.agree}/${a.total} located symbols match, ${a.missing.length} have no subprogram DIE`,
		);
		// Every answer we give must be right; symbols whose code has no DIE keep their names only.
		assert.deepEqual(a.mismatches, []);
		assert.ok(a.missing.length <= a.total / 20, `${a.missing.length} of ${a.total} without a DIE`);
	});
});

/** mulberry32: a tiny seeded generator, so a failing iteration can be replayed. */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe("robustness", () => {
	it("never throws on 300 mutated copies (bit flips, zeroed runs, truncated sections)", (t) => {
		const inputs = [build("gcc", "cpp", 5, "plain"), build("gcc", "c", 4, "gz"), build("gcc", "cpp", 4, "plain")];
		const target = join(work, "fuzz.bin");
		const rand = random(20261130);
		const started = Date.now();
		let warned = 0;
		for (let iter = 0; iter < 300; iter++) {
			const src = inputs[iter % inputs.length] as string;
			const original = readFileSync(src);
			const sections = withElf(src, (elf) => elf.sections.filter((s) => /^\.(z?debug_)/.test(s.name) && s.size > 0));
			const bytes = Buffer.from(original);
			const shoff = Number(bytes.readBigUInt64LE(40));
			const mutations = 1 + Math.floor(rand() * 8);
			for (let m = 0; m < mutations; m++) {
				const s = sections[Math.floor(rand() * sections.length)];
				if (!s) continue;
				const at = s.offset + Math.floor(rand() * s.size);
				const kind = rand();
				if (kind < 0.5) bytes[at] = (bytes[at] as number) ^ (1 << Math.floor(rand() * 8));
				else if (kind < 0.7) bytes.fill(0, at, Math.min(at + 1 + Math.floor(rand() * 16), s.offset + s.size));
				else if (kind < 0.85) bytes.fill(0xff, at, Math.min(at + 1 + Math.floor(rand() * 8), s.offset + s.size));
				else bytes.writeBigUInt64LE(BigInt(Math.floor(rand() * s.size)), shoff + s.index * 64 + 32);
			}
			writeFileSync(target, bytes);
			const elf = ElfFile.open(target);
			try {
				const told = new DiagnosticList();
				readDwarfFunctions(elf, { diagnostics: told });
				if (told.items.length > 0) warned++;
			} finally {
				elf.close();
			}
		}
		const ms = Date.now() - started;
		t.diagnostic(`fuzz: 300 iterations in ${ms} ms, ${warned} with warnings`);
		assert.ok(warned > 30, "mutations should be noticed");
	});
});

/** Rows of readelf's decoded line table: (file name as readelf prints it, line, address). */
function decodedLines(bin: string): Array<{ file: string; line: number; addr: number }> {
	const rows: Array<{ file: string; line: number; addr: number }> = [];
	for (const text of must("readelf", ["-W", "--debug-dump=decodedline", bin]).split("\n")) {
		const m = /^(\S+)\s+(\d+)\s+(0x[0-9a-f]+)/.exec(text);
		if (m) rows.push({ file: m[1] as string, line: Number(m[2]), addr: parseInt(m[3] as string, 16) });
	}
	return rows;
}

describe("DWARF line ranges against readelf's decoded line table", () => {
	const builds = [
		["gcc", "c"],
		["gcc", "cpp"],
		...(hasClang ? [["clang", "c"] as const, ["clang", "cpp"] as const] : []),
	] as const;
	for (const [compiler, lang] of builds) {
		for (const version of [4, 5] as const) {
			it(`${compiler} ${lang} DWARF ${version}: line_end is the last line of the function's own file in its code`, () => {
				const bin = build(compiler, lang, version, "plain");
				const rows = decodedLines(bin);
				const result = read(bin);
				// A function's code: its symbol, plus the ".cold" part GCC splits off it.
				const spans = new Map<string, Array<[number, number]>>();
				for (const text of must("nm", ["-S", "--defined-only", bin]).split("\n")) {
					const m = /^([0-9a-f]+) ([0-9a-f]+) [tTwW] (\S+)$/.exec(text);
					if (!m) continue;
					const name = (m[3] as string).replace(/\.cold$/, "");
					const lo = parseInt(m[1] as string, 16);
					const list = spans.get(name) ?? [];
					list.push([lo, lo + parseInt(m[2] as string, 16)]);
					spans.set(name, list);
				}
				let compared = 0;
				const wrong: string[] = [];
				for (const [name, ranges] of spans) {
					const entry = ranges.find(([lo]) => result.functions.has(lo));
					const f = entry && result.functions.get(entry[0]);
					if (!f) continue;
					const own = basename(f.file);
					let last = f.lineStart;
					for (const r of rows) {
						if (basename(r.file) === own && ranges.some(([lo, hi]) => r.addr >= lo && r.addr < hi))
							last = Math.max(last, r.line);
					}
					compared++;
					if (f.lineEnd !== last) wrong.push(`${name}: readelf ${last}, ours ${f.lineEnd}`);
				}
				console.log(`${compiler} ${lang} v${version}: ${compared - wrong.length}/${compared} line_end match readelf`);
				assert.ok(compared >= 5, `compared ${compared}`);
				assert.deepEqual(wrong, []);
			});
		}
	}
});
