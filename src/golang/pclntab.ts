/**
 * Reads Go's pclntab, the table the Go runtime itself uses for tracebacks, which survives
 * `-ldflags=-s -w`: every function's entry, end, name, and through its pc-value tables the file
 * and lines of its code. Layouts follow runtime/symtab.go (pcHeader, functab, _func) for the
 * formats of Go 1.16-1.17, 1.18-1.19 and 1.20 onwards.
 *
 * The bytes are untrusted: every read is bounds-checked, every loop is bounded by the data it
 * walks, and a table that ends early yields the functions read so far plus a warning.
 */
import { type Diagnostic, type DiagnosticSink, stderrDiagnostics } from "../diagnostics.js";
import type { ElfFile } from "../elf/reader.js";
import { PF_X, PT_LOAD, SHF_EXECINSTR, SHT_NOBITS } from "../elf/reader.js";
import { GoTableError } from "./errors.js";
import { GoImage } from "./image.js";

export type PclntabVersion = "1.16" | "1.18" | "1.20";

const MAGIC: ReadonlyMap<number, PclntabVersion> = new Map([
	[0xfffffffa, "1.16"],
	[0xfffffff0, "1.18"],
	[0xfffffff1, "1.20"],
]);

/** pc-value steps one function may take; real tables have a few per instruction at most. */
const MAX_PCVALUE_STEPS = 1 << 20;
/**
 * pc-value steps of all functions together, beyond one per byte of the table. Functions may share
 * a table (the linker deduplicates them), so per-function bounds alone multiply: thousands of
 * functions pointing at one long table would take minutes. Every step reads at least two bytes
 * and shared tables in real binaries are short, so real tables stay well inside this.
 */
const EXTRA_TABLE_STEPS = 1 << 20;
/** Sections only the Go linker writes, internal or external linking alike. */
const GO_SECTIONS = new Set([".go.buildinfo", ".note.go.buildid", ".gosymtab", ".noptrdata"]);
/** Largest region scanned for the table's magic when no section names it. */
const MAX_SCAN_BYTES = 1 << 30;

export interface PclntabFunction {
	name: string;
	/** Virtual address of the first instruction. */
	entry: number;
	/** Virtual address just past the function (the next function's entry, padding included). */
	end: number;
	file?: string;
	/** Line of the entry instruction. */
	lineStart?: number;
	/** Largest line of the entry's file among the function's instructions. */
	lineEnd?: number;
	/**
	 * With `lines`: where the source position changes, in pc order: the pc from which on the code
	 * is of `file`:`line`. Go has no statement flag; every change is a place the line begins.
	 */
	rows?: GoLineRow[];
}

export interface GoLineRow {
	pc: number;
	file: string;
	line: number;
}

export interface PclntabOptions {
	/** Also decode each function's pc→line table into rows (for line coverage). */
	lines?: boolean;
	/** Where damage is told (default: stderr). */
	diagnostics?: DiagnosticSink;
}

export interface Pclntab {
	version: PclntabVersion;
	/** runtime.text: the address function entry offsets count from. */
	textStart: number;
	functions: PclntabFunction[];
	/** The table stops before the count its header gives (told to the sink). */
	truncated: boolean;
}

interface Header {
	version: PclntabVersion;
	quantum: number;
	ptrSize: number;
	nfunc: number;
	textStart: number;
	funcnameOffset: number;
	cuOffset: number;
	filetabOffset: number;
	pctabOffset: number;
	pclnOffset: number;
}

/** The table's bytes and the virtual address they load at. */
interface Located {
	vaddr: number;
	bytes: Buffer;
	/** Bytes the table should have had, when the file ends before its section does. */
	declaredSize: number;
	where: string;
}

/**
 * Reads the pclntab of `elf`, or returns undefined when it has none (not a Go binary).
 * Never throws: damage is told to `options.diagnostics`.
 */
export function readPclntab(elf: ElfFile, image = new GoImage(elf), options: PclntabOptions = {}): Pclntab | undefined {
	let located: Located | undefined;
	try {
		located = locate(elf, image);
	} catch {
		return undefined;
	}
	if (!located) return undefined;
	const table = parsePclntab(located.bytes, located.vaddr, image, located.where, options);
	if (table && located.bytes.length < located.declaredSize && !table.truncated) {
		table.truncated = true;
		(options.diagnostics ?? stderrDiagnostics).report(
			damaged(
				elf.path,
				`${located.where} is truncated (${located.bytes.length} of ${located.declaredSize} bytes in the file)`,
			),
		);
	}
	return table;
}

/**
 * Parses a pclntab held in `bytes`, loaded at `vaddr` of `image` (pointers of Go 1.16 tables and
 * the text start are read through the image so PIE relocations apply). `where` names the table
 * in diagnostics. Undefined when the header is not a supported pclntab header.
 */
export function parsePclntab(
	bytes: Buffer,
	vaddr: number,
	image: GoImage,
	where = "pclntab",
	options: PclntabOptions = {},
): Pclntab | undefined {
	const header = parseHeader(bytes, vaddr, image);
	if (!header) return undefined;
	const located: Located = { vaddr, bytes, declaredSize: bytes.length, where };
	const sink = options.diagnostics ?? stderrDiagnostics;
	const { functions, truncated } = readFunctions(image.elf.path, located, header, image, sink, options);
	return { version: header.version, textStart: header.textStart, functions, truncated };
}

function locate(elf: ElfFile, image: GoImage): Located | undefined {
	const named = elf.section(".gopclntab") ?? elf.section(".data.rel.ro.gopclntab");
	if (named && named.type !== SHT_NOBITS) {
		const bytes = image.readClamped(named.offset, named.size);
		return { vaddr: named.addr, bytes, declaredSize: named.size, where: named.name };
	}
	// Go 1.19 PIE built with the external linker folds runtime.pclntab into .data.rel.ro, and a
	// binary may have no section headers at all: look for the header's magic where data lives.
	// Scanning costs a read of the data, so a binary with sections must show it was built by Go.
	if (elf.sections.length > 0 && !elf.sections.some((s) => GO_SECTIONS.has(s.name))) return undefined;
	const regions: Array<{ vaddr: number; offset: number; size: number; where: string }> = [];
	const relro = elf.sections.filter((s) => s.name === ".data.rel.ro");
	const others = elf.sections.filter(
		(s) => s.type !== SHT_NOBITS && s.addr !== 0 && !(s.flags & SHF_EXECINSTR) && s.name !== ".data.rel.ro",
	);
	for (const s of [...relro, ...others]) regions.push({ vaddr: s.addr, offset: s.offset, size: s.size, where: s.name });
	if (elf.sections.length === 0) {
		const loads = elf.segments.filter((s) => s.type === PT_LOAD && s.filesz > 0);
		for (const s of [...loads.filter((l) => !(l.flags & PF_X)), ...loads.filter((l) => l.flags & PF_X)]) {
			regions.push({ vaddr: s.vaddr, offset: s.offset, size: s.filesz, where: "a loaded segment" });
		}
	}
	for (const region of regions) {
		const bytes = image.readClamped(region.offset, Math.min(region.size, MAX_SCAN_BYTES));
		for (let at = bytes.indexOf(MAGIC_PATTERN_TAIL, 0); at >= 0; at = bytes.indexOf(MAGIC_PATTERN_TAIL, at + 1)) {
			const start = at - 1;
			if (start < 0 || start % 4 !== 0) continue;
			const magic = bytes.readUInt32LE(start);
			if (!MAGIC.has(magic)) continue;
			const candidate = bytes.subarray(start);
			const vaddr = region.vaddr + start;
			if (plausible(candidate, vaddr, image)) {
				return { vaddr, bytes: candidate, declaredSize: candidate.length, where: `the pclntab in ${region.where}` };
			}
		}
	}
	return undefined;
}

/** Bytes 1-5 of every pcHeader: the magics differ only in their first byte, then two zero pad bytes. */
const MAGIC_PATTERN_TAIL = Buffer.from([0xff, 0xff, 0xff, 0x00, 0x00]);

/** A magic found by scanning is a pclntab only if its header and first function agree with each other. */
function plausible(bytes: Buffer, vaddr: number, image: GoImage): boolean {
	const header = parseHeader(bytes, vaddr, image);
	if (!header || header.nfunc === 0) return false;
	try {
		const first = functabEntry(bytes, header, 0);
		const last = functabEntry(bytes, header, header.nfunc);
		if (last.entry < first.entry) return false;
		const entryOfFunc = funcEntry(bytes, header, first.funcOffset);
		return entryOfFunc === first.entry;
	} catch {
		return false;
	}
}

/** The pcHeader at the start of `bytes`; undefined unless it is a supported, self-consistent one. */
function parseHeader(bytes: Buffer, vaddr: number, image: GoImage): Header | undefined {
	if (bytes.length < 8) return undefined;
	const version = MAGIC.get(bytes.readUInt32LE(0));
	// Go 1.2-1.15 tables (magic 0xfffffffb) are not read: their binaries are
	// rare today and usually keep .symtab.
	if (!version) return undefined;
	const quantum = bytes[6] as number;
	const ptrSize = bytes[7] as number;
	if (bytes[4] !== 0 || bytes[5] !== 0 || ![1, 2, 4].includes(quantum) || ![4, 8].includes(ptrSize)) return undefined;
	const fields = version === "1.16" ? 7 : 8;
	if (bytes.length < 8 + fields * ptrSize) return undefined;
	const word = (i: number) => readWord(bytes, 8 + i * ptrSize, ptrSize);
	// PIE binaries may store textStart as 0 and leave the value to a relative relocation.
	const textStart = version === "1.16" ? 0 : (image.relocatedPointer(vaddr + 8 + 2 * ptrSize) ?? word(2));
	const o = version === "1.16" ? 2 : 3;
	const header: Header = {
		version,
		quantum,
		ptrSize,
		nfunc: word(0),
		textStart,
		funcnameOffset: word(o),
		cuOffset: word(o + 1),
		filetabOffset: word(o + 2),
		pctabOffset: word(o + 3),
		pclnOffset: word(o + 4),
	};
	const offsets = [header.funcnameOffset, header.cuOffset, header.filetabOffset, header.pctabOffset, header.pclnOffset];
	if (offsets.some((x) => x < 8 + fields * ptrSize || x > Number.MAX_SAFE_INTEGER)) return undefined;
	if (header.nfunc > Number.MAX_SAFE_INTEGER / 16) return undefined;
	return header;
}

function readWord(bytes: Buffer, at: number, ptrSize: number): number {
	if (at < 0 || at + ptrSize > bytes.length) throw new GoTableError(`pclntab ends at ${bytes.length}, wanted ${at}`);
	return ptrSize === 8 ? bytes.readUInt32LE(at) + bytes.readUInt32LE(at + 4) * 0x1_0000_0000 : bytes.readUInt32LE(at);
}

function u32(bytes: Buffer, at: number): number {
	if (at < 0 || at + 4 > bytes.length) throw new GoTableError(`pclntab ends at ${bytes.length}, wanted ${at}`);
	return bytes.readUInt32LE(at);
}

/** The functab's i-th row: entry address and the offset of its _func from the functab's start. */
function functabEntry(bytes: Buffer, h: Header, i: number): { entry: number; funcOffset: number } {
	if (h.version === "1.16") {
		const at = h.pclnOffset + i * 2 * h.ptrSize;
		return {
			entry: readWord(bytes, at, h.ptrSize),
			funcOffset: i < h.nfunc ? readWord(bytes, at + h.ptrSize, h.ptrSize) : 0,
		};
	}
	const at = h.pclnOffset + i * 8;
	return { entry: h.textStart + u32(bytes, at), funcOffset: i < h.nfunc ? u32(bytes, at + 4) : 0 };
}

function funcEntry(bytes: Buffer, h: Header, funcOffset: number): number {
	const at = h.pclnOffset + funcOffset;
	return h.version === "1.16" ? readWord(bytes, at, h.ptrSize) : h.textStart + u32(bytes, at);
}

/** Field offsets inside _func: 1.16 starts with a uintptr entry, 1.18 onwards with a uint32 entryoff. */
function funcFields(h: Header): { nameoff: number; pcfile: number; pcln: number; cuOffset: number } {
	const base = h.version === "1.16" ? h.ptrSize : 4;
	return { nameoff: base, pcfile: base + 16, pcln: base + 20, cuOffset: base + 28 };
}

function readFunctions(
	path: string,
	t: Located,
	h: Header,
	image: GoImage,
	sink: DiagnosticSink,
	options: PclntabOptions,
): { functions: PclntabFunction[]; truncated: boolean } {
	const { bytes } = t;
	const fields = funcFields(h);
	const rowSize = h.version === "1.16" ? 2 * h.ptrSize : 8;
	// A corrupt nfunc must not make us loop past the bytes that could hold the rows.
	const rows = Math.min(h.nfunc, Math.max(0, Math.floor((bytes.length - h.pclnOffset) / rowSize)));
	const out: PclntabFunction[] = [];
	const names = new Map<number, string>();
	const files = new FileTable(bytes, h);
	let namesOnly = 0;
	let unsorted = false;
	const budget = { steps: bytes.length + EXTRA_TABLE_STEPS };
	// Go 1.16 stores absolute entries, which PIE binaries leave to relative relocations.
	const entryOf = (i: number) =>
		(h.version === "1.16" ? image.relocatedPointer(t.vaddr + h.pclnOffset + i * rowSize) : undefined) ??
		functabEntry(bytes, h, i).entry;
	let next: number | undefined;
	for (let i = 0; i < rows; i++) {
		let fn: PclntabFunction;
		let funcAt: number;
		try {
			const row = functabEntry(bytes, h, i);
			const entry = next ?? entryOf(i);
			next = entryOf(i + 1);
			funcAt = h.pclnOffset + row.funcOffset;
			const nameoff = u32(bytes, funcAt + fields.nameoff);
			let name = names.get(nameoff);
			if (name === undefined) {
				name = cString(bytes, h.funcnameOffset + nameoff);
				names.set(nameoff, name);
			}
			if (next < entry) unsorted = true;
			fn = { name, entry, end: Math.max(entry, next) };
		} catch {
			break;
		}
		out.push(fn);
		try {
			const pcfile = u32(bytes, funcAt + fields.pcfile);
			const pcln = u32(bytes, funcAt + fields.pcln);
			const cu = u32(bytes, funcAt + fields.cuOffset);
			sourceOf(fn, bytes, h, files, pcfile, pcln, cu, options.lines === true, budget);
		} catch {
			namesOnly++;
		}
	}
	const truncated = out.length < h.nfunc || namesOnly > 0;
	if (out.length < h.nfunc) {
		sink.report(
			damaged(
				path,
				`${t.where} is truncated; ${out.length} of ${h.nfunc} functions could be read` +
					(namesOnly > 0 ? `, ${namesOnly} of them keep their symbol names only` : ""),
			),
		);
	} else if (namesOnly > 0) {
		sink.report(damaged(path, `${t.where} is truncated; ${namesOnly} functions keep their symbol names only`));
	}
	if (budget.steps < 0) {
		sink.report(
			damaged(
				path,
				`${t.where} has pc-value tables longer than its size allows; some functions keep their symbol names only`,
			),
		);
	}
	if (unsorted) sink.report(damaged(path, `${t.where} lists functions out of address order; it may be corrupt`));
	return { functions: out, truncated };
}

function damaged(path: string, what: string): Diagnostic {
	return { kind: "go-table-damaged", message: `${path}: ${what}`, file: path };
}

/** File names by (CU offset + file number), through cutab into filetab, read once each. */
class FileTable {
	private readonly cache = new Map<number, string | undefined>();
	constructor(
		private readonly bytes: Buffer,
		private readonly h: Header,
	) {}

	name(cu: number, fileno: number): string | undefined {
		if (fileno < 0) return undefined;
		const index = cu + fileno;
		if (this.cache.has(index)) return this.cache.get(index);
		const offset = u32(this.bytes, this.h.cuOffset + 4 * index);
		// cutab marks files of a CU that no function uses with ^uint32(0).
		const name = offset === 0xffffffff ? undefined : cString(this.bytes, this.h.filetabOffset + offset);
		this.cache.set(index, name);
		return name;
	}
}

/** Runs of one pc-value table: value `value` holds for pcs in [start, end). */
interface Run {
	start: number;
	end: number;
	value: number;
}

function sourceOf(
	fn: PclntabFunction,
	bytes: Buffer,
	h: Header,
	files: FileTable,
	pcfile: number,
	pcln: number,
	cu: number,
	withRows: boolean,
	budget: { steps: number },
): void {
	if (pcfile === 0 || pcln === 0) return;
	const fileRuns = pcValueRuns(bytes, h.pctabOffset + pcfile, fn.entry, fn.end, h.quantum, budget);
	const lineRuns = pcValueRuns(bytes, h.pctabOffset + pcln, fn.entry, fn.end, h.quantum, budget);
	const firstFile = fileRuns[0];
	const firstLine = lineRuns[0];
	if (!firstFile || !firstLine) return;
	const file = files.name(cu, firstFile.value);
	if (file === undefined) return;
	fn.file = file;
	fn.lineStart = firstLine.value;
	// The largest line among pcs whose file is the entry's file: inlined callees from other files
	// carry their own files' lines and must not stretch the range.
	let lineEnd = firstLine.value;
	let f = 0;
	for (const line of lineRuns) {
		while (f < fileRuns.length && (fileRuns[f] as Run).end <= line.start) f++;
		for (let g = f; g < fileRuns.length && (fileRuns[g] as Run).start < line.end; g++) {
			if ((fileRuns[g] as Run).value === firstFile.value && line.value > lineEnd) lineEnd = line.value;
		}
	}
	fn.lineEnd = lineEnd;
	if (withRows) fn.rows = rowsOf(fileRuns, lineRuns, (n) => files.name(cu, n));
}

/** Merges the file and line runs into the pcs where either changes. */
function rowsOf(fileRuns: Run[], lineRuns: Run[], fileName: (n: number) => string | undefined): GoLineRow[] {
	const rows: GoLineRow[] = [];
	let f = 0;
	let l = 0;
	let last: GoLineRow | undefined;
	while (f < fileRuns.length && l < lineRuns.length) {
		const fr = fileRuns[f] as Run;
		const lr = lineRuns[l] as Run;
		const start = Math.max(fr.start, lr.start);
		if (Math.min(fr.end, lr.end) > start) {
			const file = fileName(fr.value);
			// Line 0 and unnamed files mark compiler-made code with no place in the source.
			if (file === undefined || lr.value <= 0) last = undefined;
			else if (last?.file !== file || last.line !== lr.value) {
				last = { pc: start, file, line: lr.value };
				rows.push(last);
			}
		}
		if (fr.end <= lr.end) f++;
		if (lr.end <= fr.end) l++;
	}
	return rows;
}

/**
 * Decodes a pc-value table (runtime.pcvalue): pairs of a zig-zag value delta and a pc delta in
 * units of the instruction quantum, both varints, ending at a zero value delta after the first.
 */
function pcValueRuns(
	bytes: Buffer,
	at: number,
	entry: number,
	end: number,
	quantum: number,
	budget: { steps: number },
): Run[] {
	const runs: Run[] = [];
	const cursor = { at };
	let value = -1;
	let pc = entry;
	// Every step after the first advances the pc, so a function's size bounds a sound table's steps.
	const maxSteps = Math.min(MAX_PCVALUE_STEPS, Math.floor((end - entry) / quantum) + 2);
	for (let step = 0; step < maxSteps; step++) {
		if (--budget.steps < 0) throw new GoTableError("pc-value tables take more steps than the pclntab has bytes");
		const uvdelta = varint(bytes, cursor);
		if (uvdelta === 0 && step > 0) break;
		value = (value + (uvdelta & 1 ? ~(uvdelta >>> 1) : uvdelta >>> 1)) | 0;
		const pcdelta = varint(bytes, cursor) * quantum;
		runs.push({ start: pc, end: pc + pcdelta, value });
		pc += pcdelta;
		if (pc >= end) break;
	}
	return runs;
}

/** An unsigned LEB128 varint truncated to 32 bits, as the runtime reads it. */
function varint(bytes: Buffer, cursor: { at: number }): number {
	let v = 0;
	for (let shift = 0; shift < 35; shift += 7) {
		if (cursor.at >= bytes.length || cursor.at < 0) throw new GoTableError("pc-value table runs past the pclntab");
		const b = bytes[cursor.at++] as number;
		v += (b & 0x7f) * 2 ** shift;
		if (!(b & 0x80)) return v >>> 0;
	}
	throw new GoTableError("pc-value varint is too long");
}

function cString(bytes: Buffer, at: number): string {
	if (at < 0 || at >= bytes.length) throw new GoTableError(`name at ${at} is past the pclntab`);
	const end = bytes.indexOf(0, at);
	if (end < 0) throw new GoTableError(`name at ${at} is not terminated`);
	return bytes.toString("utf8", at, end);
}
