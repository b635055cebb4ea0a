/**
 * Regenerates the seed corpora from real files: fixtures compiled with gcc, clang, go and rustc,
 * small pieces of the system's libc and libstdc++, the names in them, reports xcover wrote and
 * zips of those. Seeds stay small (the repository carries them), so binaries are stripped or cut
 * down to the sections a target reads. Run: node --import tsx test/fuzz/seed.ts [target...]
 *
 * The committed corpus is what the tests replay; this script only refills it (a seed keeps its
 * name, a SHA-1 of its contents, so rerunning it adds nothing twice).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { zipSync } from "fflate";
import { ElfFile, SHF_EXECINSTR } from "../../src/elf/reader.js";
import { goEnv } from "../helpers.js";
import { corpusDir, root, TARGETS } from "./run.js";
import { buildElf, encodeSections, type SyntheticSection } from "./targets/support.js";

const fixtures = join(root, "test", "fixtures");
const work = mkdtempSync(join(tmpdir(), "xcover-fuzz-seed-"));
const MAX_SEED = 256 << 10;

function run(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd?: string): string | undefined {
	const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, ...env }, cwd, maxBuffer: 1 << 28 });
	if (r.status !== 0) {
		process.stderr.write(`skipped: ${cmd} ${args.join(" ")}: ${(r.stderr || String(r.error)).split("\n")[0]}\n`);
		return undefined;
	}
	return r.stdout;
}

const out = (name: string) => join(work, name);

function add(target: string, data: Uint8Array, limit = MAX_SEED): void {
	if (data.length === 0 || data.length > limit) {
		if (data.length > limit) process.stderr.write(`skipped a ${data.length}-byte ${target} seed\n`);
		return;
	}
	const dir = corpusDir(target);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, createHash("sha1").update(data).digest("hex")), data);
}

const addFile = (target: string, path: string | undefined) => {
	if (path && existsSync(path)) add(target, readFileSync(path));
};

/** Compiles with `cc`; returns the output path, or undefined when the compiler refused. */
function cc(cc: string, name: string, sources: readonly string[], flags: readonly string[]): string | undefined {
	const path = out(name);
	return run(cc, [...flags, "-o", path, ...sources.map((s) => join(fixtures, s))], {}, work) === undefined
		? undefined
		: path;
}

function objcopy(from: string, name: string, flags: readonly string[]): string | undefined {
	const path = out(basename(name));
	return run("objcopy", [...flags, from, path]) === undefined ? undefined : path;
}

/** The debug sections (and code sections, for their addresses) of `path` as the dwarf target's container. */
function debugSections(path: string, suffix = ""): SyntheticSection[] {
	const elf = ElfFile.open(path);
	try {
		return elf.sections
			.filter((s) => /^\.z?debug_/.test(s.name) || (s.flags & SHF_EXECINSTR) !== 0)
			.filter((s) => suffix === "" || s.name.endsWith(suffix) || (s.flags & SHF_EXECINSTR) !== 0)
			.map((s) => ({ name: s.name, type: s.type, flags: s.flags, addr: s.addr, data: elf.sectionData(s) }));
	} finally {
		elf.close();
	}
}

function section(path: string, name: string): Buffer | undefined {
	const elf = ElfFile.open(path);
	try {
		const s = elf.section(name);
		return s ? elf.sectionData(s) : undefined;
	} finally {
		elf.close();
	}
}

/** The dynamic symbols of a large library in an ELF of their own, its code reduced to the section's address. */
function dynamicSymbolsOf(lib: string): string | undefined {
	const elf = ElfFile.open(lib);
	try {
		const dynsym = elf.section(".dynsym");
		const dynstr = elf.section(".dynstr");
		const text = elf.section(".text");
		if (!dynsym || !dynstr || !text) return undefined;
		// Every 8th symbol keeps the seed small and still spans the table.
		const all = elf.sectionData(dynsym);
		const some = Buffer.alloc(Math.ceil(all.length / 24 / 8) * 24);
		for (let i = 0, j = 0; i * 24 < all.length; i += 8, j++) all.copy(some, j * 24, i * 24, i * 24 + 24);
		const path = out(`${basename(lib)}.dynsym`);
		writeFileSync(
			path,
			buildElf([
				{ name: ".text", type: 8, flags: 6, addr: text.addr, data: new Uint8Array(0) },
				{ name: ".dynstr", type: 3, flags: 2, addr: dynstr.addr, data: elf.sectionData(dynstr) },
				{ name: ".dynsym", type: 11, flags: 2, addr: dynsym.addr, data: some, link: 2, entsize: 24 },
			]),
		);
		return path;
	} finally {
		elf.close();
	}
}

function elfSeeds(): void {
	const c = ["-O1", "-g"];
	const binaries = [
		cc("gcc", "shape", ["shape.c", "useshape.c"], c),
		cc("gcc", "shape-nopie", ["shape.c", "useshape.c"], [...c, "-no-pie"]),
		cc("gcc", "entries-so", ["entries.c"], [...c, "-shared", "-fPIC"]),
		cc("clang", "select-clang", ["select.c"], c),
		cc("gcc", "threads", ["threads.c"], [...c, "-pthread"]),
	];
	for (const b of binaries) {
		if (!b) continue;
		addFile("elf", objcopy(b, `${b}.stripped`, ["--strip-all"]));
		addFile("elf", objcopy(b, `${b}.nodebug`, ["--strip-debug"]));
		const debug = objcopy(b, `${b}.debug`, ["--only-keep-debug"]);
		addFile("debuglink", debug);
		const stripped = objcopy(b, `${b}.linked`, ["--strip-debug", `--add-gnu-debuglink=${debug}`]);
		addFile("elf", stripped);
		addFile("debuglink", stripped);
	}
	addFile("elf", binaries[0]);
	// Many sections push the section count toward the extended numbering the reader handles.
	const many = out("many.c");
	writeFileSync(
		many,
		Array.from({ length: 300 }, (_, i) => `__attribute__((section(".t${i}"))) int f${i}(void) { return ${i}; }`).join(
			"\n",
		),
	);
	const manyBin = out("many");
	if (run("gcc", ["-O1", "-shared", "-fPIC", "-o", manyBin, many]) !== undefined) {
		addFile("elf", objcopy(manyBin, "many.stripped", ["--strip-debug"]));
	}
	for (const lib of ["/usr/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6"]) {
		if (!existsSync(lib)) continue;
		const name = lib.split("/").pop() as string;
		addFile(
			"elf",
			objcopy(lib, `${name}.notes`, ["-j", ".note.gnu.build-id", "-j", ".gnu_debuglink", "-j", ".note.ABI-tag"]),
		);
		addFile("elf", dynamicSymbolsOf(lib));
	}
	if (existsSync(process.execPath)) {
		addFile(
			"elf",
			objcopy(process.execPath, "node.notes", ["-j", ".note.gnu.build-id", "-j", ".note.ABI-tag", "-j", ".interp"]),
		);
	}
}

function dwarfSeeds(): void {
	const variants: Array<[string, string, readonly string[], readonly string[]]> = [
		["gcc", "d5", ["dwarf/prog.c", "dwarf/util.c"], ["-O1", "-g"]],
		["gcc", "d4", ["dwarf/prog.c", "dwarf/util.c"], ["-O2", "-gdwarf-4"]],
		["gcc", "d3", ["dwarf/prog.c", "dwarf/util.c"], ["-O0", "-gdwarf-3"]],
		["gcc", "d2", ["dwarf/util.c"], ["-O0", "-gdwarf-2", "-c"]],
		["gcc", "dz", ["dwarf/prog.c", "dwarf/util.c"], ["-O1", "-g", "-gz=zlib"]],
		["gcc", "dcold", ["lines/cold.c"], ["-O2", "-g", "-c"]],
		["gcc", "dsplit", ["dwarf/prog.c"], ["-O1", "-g", "-gsplit-dwarf", "-c"]],
		["g++", "dcpp", ["dwarf/app.cpp", "dwarf/shapes.cpp"], ["-O1", "-g"]],
		["g++", "dcpp4", ["dwarf/shapes.cpp"], ["-O1", "-gdwarf-4", "-fdebug-types-section", "-c"]],
		["clang", "dclang", ["dwarf/prog.c", "dwarf/util.c"], ["-O1", "-g"]],
		["clang", "dclang4", ["dwarf/prog.c"], ["-O1", "-gdwarf-4", "-c"]],
		["clang", "dclangsplit", ["dwarf/prog.c"], ["-O1", "-g", "-gsplit-dwarf", "-c"]],
		["clang++", "dclangcpp", ["dwarf/shapes.cpp"], ["-O2", "-g", "-c"]],
	];
	for (const [compiler, name, sources, flags] of variants) {
		const path = cc(compiler, name, sources, flags);
		if (!path) continue;
		const sections = debugSections(path);
		add("dwarf", encodeSections(sections));
		const line = section(path, ".debug_line");
		if (line) add("dwarf-lines", line);
		// Split DWARF leaves its units in a .dwo next to the object.
		const dwo = join(work, `${name}.dwo`);
		const dwoAlt = join(
			work,
			`${sources[0]
				?.split("/")
				.pop()
				?.replace(/\.c(pp)?$/, "")}.dwo`,
		);
		for (const d of [dwo, dwoAlt]) {
			if (existsSync(d)) add("dwarf", encodeSections([...sections, ...debugSections(d, ".dwo")]));
		}
	}
}

const u32 = (b: Buffer, at: number) => b.readUInt32LE(at);
const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

/** Byte length of the pc-value table at `at` (value delta, pc delta pairs until a zero value delta). */
function pcValueLength(b: Buffer, at: number): { length: number; values: number[] } {
	const start = at;
	const varint = () => {
		let v = 0;
		for (let shift = 0; ; shift += 7) {
			const byte = b[at++] as number;
			v += (byte & 0x7f) * 2 ** shift;
			if (!(byte & 0x80)) return v >>> 0;
		}
	};
	const values: number[] = [];
	let value = -1;
	for (let first = true; ; first = false) {
		const uv = varint();
		if (uv === 0 && !first) break;
		value = (value + (uv & 1 ? ~(uv >>> 1) : uv >>> 1)) | 0;
		values.push(value);
		varint();
	}
	return { length: at - start, values };
}

interface GoFunc {
	entryoff: number;
	name: string;
	pcfile: Buffer;
	pcln: Buffer;
	files: string[];
}

/** Functions of a Go 1.18-layout pclntab (what go1.18 and go1.19 write). */
function goFunctions(
	table: Buffer,
	pick: (name: string) => boolean,
	max: number,
): { funcs: GoFunc[]; end: number } | undefined {
	if (u32(table, 0) !== 0xfffffff0 || table[7] !== 8) return undefined;
	const word = (i: number) => u64(table, 8 + i * 8);
	const [nfunc, funcname, cu, filetab, pctab, pcln] = [word(0), word(3), word(4), word(5), word(6), word(7)];
	const cstr = (at: number) => table.toString("utf8", at, table.indexOf(0, at));
	const funcs: GoFunc[] = [];
	let end = 0;
	for (let i = 0; i < nfunc && funcs.length < max; i++) {
		const at = pcln + u32(table, pcln + i * 8 + 4);
		const name = cstr(funcname + u32(table, at + 4));
		if (!pick(name)) continue;
		const pcfileAt = u32(table, at + 20);
		const pclnAt = u32(table, at + 24);
		const cuOffset = u32(table, at + 32);
		if (pcfileAt === 0 || pclnAt === 0) continue;
		const f = pcValueLength(table, pctab + pcfileAt);
		const l = pcValueLength(table, pctab + pclnAt);
		const files: string[] = [];
		for (let n = 0; n <= Math.max(0, ...f.values); n++) {
			const off = u32(table, cu + 4 * (cuOffset + n));
			files.push(off === 0xffffffff ? "" : cstr(filetab + off));
		}
		funcs.push({
			entryoff: u32(table, pcln + i * 8),
			name,
			pcfile: table.subarray(pctab + pcfileAt, pctab + pcfileAt + f.length),
			pcln: table.subarray(pctab + pclnAt, pctab + pclnAt + l.length),
			files,
		});
		end = u32(table, pcln + (i + 1) * 8);
	}
	return { funcs, end };
}

/** A pclntab of `funcs` only, in the 1.16, 1.18 or 1.20 layout (1.20 differs from 1.18 in its magic). */
function compactPclntab(
	funcs: readonly GoFunc[],
	end: number,
	textStart: number,
	version: "1.16" | "1.18" | "1.20",
): Buffer {
	const names: Buffer[] = [];
	const nameAt: number[] = [];
	let nameLength = 0;
	for (const f of funcs) {
		nameAt.push(nameLength);
		names.push(Buffer.from(`${f.name}\0`, "utf8"));
		nameLength += names[names.length - 1]?.length ?? 0;
	}
	const fileIds = new Map<string, number>();
	let filetab = Buffer.alloc(0);
	const cutab: number[] = [];
	const cuAt: number[] = [];
	for (const f of funcs) {
		cuAt.push(cutab.length);
		for (const file of f.files) {
			if (file === "") {
				cutab.push(0xffffffff);
				continue;
			}
			let id = fileIds.get(file);
			if (id === undefined) {
				id = filetab.length;
				fileIds.set(file, id);
				filetab = Buffer.concat([filetab, Buffer.from(`${file}\0`, "utf8")]);
			}
			cutab.push(id);
		}
	}
	// Offset 0 of pctab means "no table", so the tables start after one padding byte.
	const pcParts: Buffer[] = [Buffer.alloc(1)];
	let pcLength = 1;
	const pcAt: Array<[number, number]> = [];
	for (const f of funcs) {
		pcAt.push([pcLength, pcLength + f.pcfile.length]);
		pcParts.push(f.pcfile, f.pcln);
		pcLength += f.pcfile.length + f.pcln.length;
	}
	const old = version === "1.16";
	const headerSize = 8 + (old ? 7 : 8) * 8;
	const funcnameOffset = headerSize;
	const cuOffset = funcnameOffset + nameLength;
	const filetabOffset = cuOffset + cutab.length * 4;
	const pctabOffset = filetabOffset + filetab.length;
	const pclnOffset = Math.ceil((pctabOffset + pcLength) / 8) * 8;
	const rowSize = old ? 16 : 8;
	const funcSize = old ? 48 : 40;
	const funcsAt = pclnOffset + (funcs.length + 1) * rowSize;
	const out = Buffer.alloc(funcsAt + funcs.length * funcSize);
	out.writeUInt32LE(old ? 0xfffffffa : version === "1.20" ? 0xfffffff1 : 0xfffffff0, 0);
	out[6] = 1;
	out[7] = 8;
	const words = old
		? [funcs.length, fileIds.size, funcnameOffset, cuOffset, filetabOffset, pctabOffset, pclnOffset]
		: [funcs.length, fileIds.size, textStart, funcnameOffset, cuOffset, filetabOffset, pctabOffset, pclnOffset];
	for (const [i, w] of words.entries()) out.writeBigUInt64LE(BigInt(w), 8 + i * 8);
	Buffer.concat(names).copy(out, funcnameOffset);
	for (const [i, v] of cutab.entries()) out.writeUInt32LE(v, cuOffset + 4 * i);
	filetab.copy(out, filetabOffset);
	Buffer.concat(pcParts).copy(out, pctabOffset);
	funcs.forEach((f, i) => {
		const funcAt = funcsAt + i * funcSize;
		const base = old ? 8 : 4;
		if (old) {
			out.writeBigUInt64LE(BigInt(textStart + f.entryoff), pclnOffset + i * 16);
			out.writeBigUInt64LE(BigInt(funcAt - pclnOffset), pclnOffset + i * 16 + 8);
			out.writeBigUInt64LE(BigInt(textStart + f.entryoff), funcAt);
		} else {
			out.writeUInt32LE(f.entryoff, pclnOffset + i * 8);
			out.writeUInt32LE(funcAt - pclnOffset, pclnOffset + i * 8 + 4);
			out.writeUInt32LE(f.entryoff, funcAt);
		}
		const [pcfile, pcln] = pcAt[i] as [number, number];
		out.writeUInt32LE(nameAt[i] as number, funcAt + base);
		out.writeUInt32LE(pcfile, funcAt + base + 16);
		out.writeUInt32LE(pcln, funcAt + base + 20);
		out.writeUInt32LE(cuAt[i] as number, funcAt + base + 28);
	});
	if (old) out.writeBigUInt64LE(BigInt(textStart + end), pclnOffset + funcs.length * 16);
	else out.writeUInt32LE(end, pclnOffset + funcs.length * 8);
	return out;
}

/** Go 1.17's .go.buildinfo: pointers to two Go string headers instead of inline strings. */
function pointerBuildInfo(addr: number, version: string, modinfo: string): Buffer {
	const v = Buffer.from(version);
	const m = Buffer.from(modinfo);
	const out = Buffer.alloc(64 + v.length + m.length);
	out.write("\xff Go buildinf:", 0, "latin1");
	out[14] = 8;
	out[15] = 0;
	out.writeBigUInt64LE(BigInt(addr + 32), 16);
	out.writeBigUInt64LE(BigInt(addr + 48), 24);
	out.writeBigUInt64LE(BigInt(addr + 64), 32);
	out.writeBigUInt64LE(BigInt(v.length), 40);
	out.writeBigUInt64LE(BigInt(addr + 64 + v.length), 48);
	out.writeBigUInt64LE(BigInt(m.length), 56);
	v.copy(out, 64);
	m.copy(out, 64 + v.length);
	return out;
}

function goSeeds(): void {
	for (const [module, flags] of [
		["hello", ["-ldflags=-s -w"]],
		["lines", []],
		["hello", ["-buildmode=pie", "-ldflags=-s -w"]],
	] as const) {
		const path = out(`go-${module}-${flags.length}`);
		if (
			run("go", ["build", "-trimpath", ...flags, "-o", path, "."], goEnv(), join(fixtures, "go", module)) === undefined
		)
			continue;
		const elf = ElfFile.open(path);
		const text = elf.section(".text");
		const pcln = elf.section(".gopclntab") ?? elf.section(".data.rel.ro");
		const info = elf.section(".go.buildinfo");
		const table = pcln ? elf.sectionData(pcln) : undefined;
		const infoBytes = info ? elf.sectionData(info) : undefined;
		elf.close();
		addFile("golang", objcopy(path, `${path}.buildinfo`, ["-j", ".go.buildinfo", "-j", ".note.go.buildid"]));
		if (!table || !text) continue;
		// Start from the table's own start in .data.rel.ro (PIE with the external linker folds it in there).
		const start = table.indexOf(Buffer.from([0xf0, 0xff, 0xff, 0xff, 0, 0]));
		const own = start > 0 ? table.subarray(start) : table;
		const mains = goFunctions(own, (n) => n.startsWith("main.") || n.includes("shapes"), 24);
		const runtime = goFunctions(own, (n) => n.startsWith("runtime.") && n.length < 24, 12);
		for (const picked of [mains, runtime]) {
			if (!picked || picked.funcs.length === 0) continue;
			for (const version of ["1.16", "1.18", "1.20"] as const) {
				const compact = compactPclntab(picked.funcs, picked.end, text.addr, version);
				add("pclntab", compact);
				if (version !== "1.18") continue;
				const buildinfo = infoBytes ?? pointerBuildInfo(0x500000, "go1.17.13", "path\tmain\nmod\thello\t(devel)\t\n");
				add(
					"golang",
					buildElf([
						{ name: ".text", type: 8, flags: 6, addr: text.addr, data: new Uint8Array(0) },
						{ name: ".gopclntab", type: 1, flags: 2, addr: 0x4c0000, data: compact },
						{ name: ".go.buildinfo", type: 1, flags: 3, addr: 0x500000, data: buildinfo },
					]),
				);
				// Without a named table the reader scans data sections for its magic.
				add(
					"golang",
					buildElf([
						{
							name: ".go.buildinfo",
							type: 1,
							flags: 3,
							addr: 0x500000,
							data: pointerBuildInfo(0x500000, "go1.17.13", "path\thello\nmod\thello\t(devel)\t\n"),
						},
						{
							name: ".data.rel.ro",
							type: 1,
							flags: 3,
							addr: 0x4c0000,
							data: Buffer.concat([Buffer.alloc(64), compact]),
						},
					]),
				);
			}
		}
	}
}

function names(binary: string | undefined): string[] {
	if (!binary) return [];
	const text = run("nm", ["--defined-only", binary]) ?? "";
	return [...new Set(text.split("\n").map((l) => l.split(" ").pop() ?? ""))].filter((n) => n.startsWith("_"));
}

function demangleSeeds(): void {
	const cpp = cc("g++", "cppnames", ["demangle/cpp/fixture.cpp"], ["-std=c++20", "-O1", "-c"]);
	const app = cc("g++", "appnames", ["dwarf/app.cpp", "dwarf/shapes.cpp"], ["-O1"]);
	const itanium = [...names(cpp), ...names(app)].filter((n) => n.startsWith("_Z") || n.startsWith("_GLOBAL_"));
	const libstdcxx = (run("nm", ["-D", "--defined-only", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6"]) ?? "")
		.split("\n")
		.map((l) => l.split(" ").pop() ?? "")
		.filter((n) => n.startsWith("_Z"));
	// Every 25th: a spread over the library's templates, operators and special names.
	itanium.push(...libstdcxx.filter((_, i) => i % 25 === 0));
	const edge = readFileSync(join(fixtures, "demangle", "edge-cases.txt"), "utf8")
		.split("\n")
		.map((l) => l.trim())
		.filter((l) => l !== "" && !l.startsWith("#"));
	for (const n of [...itanium, ...edge.filter((n) => !n.startsWith("_R"))])
		add("demangle-itanium", Buffer.from(n, "latin1"), 4096);
	const rustc = process.env.RUSTC ?? "rustc";
	const rust: string[] = edge.filter((n) => n.startsWith("_R") || /^_ZN.*17h[0-9a-f]{16}E/.test(n));
	for (const mangling of ["legacy", "v0"]) {
		const path = out(`rust-${mangling}`);
		const args = [
			"-C",
			"opt-level=0",
			"-C",
			`symbol-mangling-version=${mangling}`,
			"-o",
			path,
			join(fixtures, "demangle", "rust", "main.rs"),
		];
		if (run(rustc, args) === undefined) run(rustc, ["-Z", "unstable-options", ...args], { RUSTC_BOOTSTRAP: "1" });
		const all = names(existsSync(path) ? path : undefined);
		const picked =
			mangling === "v0" ? all.filter((n) => n.startsWith("_R")) : all.filter((n) => /17h[0-9a-f]{16}E/.test(n));
		// The crate's own names first, then a spread of the standard library's.
		rust.push(...picked.filter((n) => n.includes("main")).slice(0, 80), ...picked.filter((_, i) => i % 40 === 0));
	}
	for (const n of rust)
		add("demangle-rust", Buffer.concat([Buffer.from([n.startsWith("_R") ? 0 : 1]), Buffer.from(n)]), 4096);
}

function reportSeeds(): void {
	const reports: Buffer[] = [readFileSync(join(fixtures, "report", "v1", "v1-report.json"))];
	const workDir = join(root, "test", ".work");
	if (existsSync(workDir)) {
		for (const f of readdirSync(workDir, { recursive: true }).map(String)) {
			// Tests leave FIFOs named *.json there (a report written to a pipe); reading one would block.
			if (!f.endsWith(".json") || f.includes("go-") || !statSync(join(workDir, f)).isFile()) continue;
			const data = readFileSync(join(workDir, f));
			if (data.length < 16 << 10 && data.includes('"schema_version"')) reports.push(data);
		}
	}
	// A handful of kinds is enough: function and line reports, count and first-hit, merged.
	const seen = new Set<string>();
	for (const r of reports) {
		const kind =
			/"granularity":\s*"(\w+)"/.exec(r.toString())?.[1] + String(/"mode":\s*"([\w-]+)"/.exec(r.toString())?.[1]);
		const key = `${kind}:${r.includes('"merged_from"')}`;
		if (seen.has(key) && seen.size > 3) continue;
		seen.add(key);
		add("report-json", r);
		add("baseline-zip", zipSync({ "xcover-report.json": r }));
		add(
			"baseline-zip",
			zipSync({ "xcover-report/xcover-report.json": [r, { level: 0 }], "other.txt": Buffer.from("x") }),
		);
	}
	const first = reports[0] as Buffer;
	const zipped = out("zipped");
	writeFileSync(join(work, "xcover-report.json"), first);
	if (run("zip", ["-q", "-9", zipped, "xcover-report.json"], {}, work) !== undefined)
		addFile("baseline-zip", `${zipped}.zip`);
}

const generators: Record<string, () => void> = {
	elf: elfSeeds,
	dwarf: dwarfSeeds,
	golang: goSeeds,
	demangle: demangleSeeds,
	report: reportSeeds,
};

const only = process.argv.slice(2);
for (const [name, generate] of Object.entries(generators)) {
	if (only.length > 0 && !only.some((o) => name.startsWith(o) || o.startsWith(name))) continue;
	generate();
}
for (const target of Object.keys(TARGETS)) {
	const dir = corpusDir(target);
	const files = existsSync(dir) ? readdirSync(dir) : [];
	const bytes = files.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
	console.log(`${target}: ${files.length} seeds, ${bytes} bytes`);
}
rmSync(work, { recursive: true, force: true });
