/**
 * Line number programs, versions 2–5 (DWARF 5 §6.2): the header's directory and file tables,
 * including DWARF 5's self-describing entry formats (with MD5 and other fields skipped), and the
 * state machine that turns the program into rows sorted by address.
 */
import * as constants from "./constants.js";
import { Cursor, stringAt } from "./cursor.js";
import { type FormSizes, isStrIndexForm, readForm } from "./forms.js";
import type { DebugSections } from "./sections.js";

/** A plain copy: under a CommonJS-style transform (tsx) each namespace access is a getter call, measurably slow in DIE loops. */
const C = { ...constants };

export interface LineHeader {
	version: number;
	/** Resolved path per file register value; index 0 is unused before DWARF 5. */
	files: Array<string | undefined>;
	programStart: number;
	end: number;
	is64: boolean;
	minInstLength: number;
	maxOpsPerInst: number;
	defaultIsStmt: boolean;
	lineBase: number;
	lineRange: number;
	opcodeBase: number;
	standardOpcodeLengths: number[];
	compDir: string | undefined;
	includeDirs: string[];
}

/** Rows of one line program, sorted by address; `line` 0 marks the end of a sequence. */
export interface LineRows {
	count: number;
	addr: Float64Array;
	line: Uint32Array;
	file: Uint32Array;
	/** 1 where the row is a recommended breakpoint location (is_stmt): where a statement's code begins. */
	stmt: Uint8Array;
}

/** Joins a directory and a file name as the compiler recorded them (no normalisation of `..`). */
export function joinPath(dir: string | undefined, name: string): string {
	if (name.startsWith("/") || !dir) return name;
	return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

function resolveDir(compDir: string | undefined, dir: string | undefined): string | undefined {
	if (dir === undefined) return compDir;
	return dir.startsWith("/") ? dir : joinPath(compDir, dir);
}

/** Reads a line program header at `offset` of `.debug_line` (or `.debug_line.dwo`). Throws DwarfError. */
export function readLineHeader(
	sections: DebugSections,
	section: Buffer,
	name: string,
	offset: number,
	compDir: string | undefined,
): LineHeader {
	const c = new Cursor(section, name, offset);
	if (!(offset >= 0 && offset < section.length)) c.fail("line table offset out of range", offset);
	const { end, is64 } = c.initialLength();
	c.end = end;
	const version = c.u16();
	if (version < 2 || version > 5) c.fail(`unsupported line table version ${version}`, offset);
	let addrSize = 8;
	if (version >= 5) {
		addrSize = c.u8();
		c.u8(); // segment selector size
	}
	const headerLength = c.offset(is64);
	const programStart = c.pos + headerLength;
	if (programStart > end) c.fail("header length runs past the table", offset);
	const minInstLength = c.u8();
	const maxOpsPerInst = version >= 4 ? c.u8() : 1;
	const defaultIsStmt = c.u8() !== 0;
	const lineBase = c.i8();
	const lineRange = c.u8();
	const opcodeBase = c.u8();
	if (lineRange === 0) c.fail("line_range is 0", offset);
	const standardOpcodeLengths: number[] = [];
	for (let i = 1; i < opcodeBase; i++) standardOpcodeLengths.push(c.u8());
	const h: LineHeader = {
		version,
		files: [],
		programStart,
		end,
		is64,
		minInstLength,
		maxOpsPerInst: maxOpsPerInst || 1,
		defaultIsStmt,
		lineBase,
		lineRange,
		opcodeBase,
		standardOpcodeLengths,
		compDir,
		includeDirs: [],
	};
	const sizes: FormSizes = { version, addrSize: addrSize === 4 ? 4 : 8, is64 };
	if (version >= 5) {
		const dirs = readEntries(c, sections, sizes);
		h.includeDirs = dirs.map((d) => resolveDir(compDir, d.path) ?? "");
		for (const f of readEntries(c, sections, sizes)) {
			if (f.path === undefined) h.files.push(undefined);
			else h.files.push(joinPath(h.includeDirs[f.dir] ?? compDir, f.path));
		}
	} else {
		for (;;) {
			const dir = c.cstr();
			if (dir === "") break;
			h.includeDirs.push(resolveDir(compDir, dir) ?? dir);
		}
		h.files.push(undefined);
		for (;;) {
			const name = c.cstr();
			if (name === "") break;
			const dir = c.uleb();
			c.uleb(); // modification time
			c.uleb(); // length
			h.files.push(v4FilePath(h, name, dir));
		}
	}
	return h;
}

function v4FilePath(h: LineHeader, name: string, dir: number): string {
	return joinPath(dir === 0 ? h.compDir : (h.includeDirs[dir - 1] ?? h.compDir), name);
}

/** DWARF 5 directory or file entries: a format description, then `count` entries in that format. */
function readEntries(c: Cursor, sections: DebugSections, sizes: FormSizes): Array<{ path?: string; dir: number }> {
	const formatCount = c.u8();
	const format: Array<[number, number]> = [];
	for (let i = 0; i < formatCount; i++) format.push([c.uleb(), c.uleb()]);
	const count = c.uleb();
	// An entry with no fields reads no bytes, so a huge count would spin without advancing.
	if (count > 0 && formatCount === 0) c.fail("entries without a format");
	if (count > c.remaining) c.fail(`entry count ${count} exceeds the table`);
	const out: Array<{ path?: string; dir: number }> = [];
	for (let i = 0; i < count; i++) {
		const e: { path?: string; dir: number } = { dir: 0 };
		for (const [type, form] of format) {
			const v = readForm(c, form, sizes, 0);
			if (type === C.DW_LNCT_path) e.path = lineString(sections, form, v);
			else if (type === C.DW_LNCT_directory_index && typeof v === "number") e.dir = v;
		}
		out.push(e);
	}
	return out;
}

function lineString(sections: DebugSections, form: number, v: number | string | undefined): string | undefined {
	if (typeof v === "string") return v;
	if (v === undefined) return undefined;
	if (form === C.DW_FORM_line_strp) return stringAt(sections.get("debug_line_str"), v);
	if (form === C.DW_FORM_strp) return stringAt(sections.get("debug_str"), v);
	if (isStrIndexForm(form)) {
		// Only .dwo line tables use strx, with the split unit's string offsets table from its start.
		const offsets = sections.get("debug_str_offsets");
		const at = 8 + v * 4;
		if (offsets && at + 4 <= offsets.length) return stringAt(sections.get("debug_str"), offsets.readUInt32LE(at));
	}
	return undefined;
}

class RowBuilder {
	count = 0;
	addr = new Float64Array(256);
	line = new Uint32Array(256);
	file = new Uint32Array(256);
	stmt = new Uint8Array(256);

	push(addr: number, line: number, file: number, stmt: boolean): void {
		if (this.count === this.addr.length) {
			const n = this.count * 2;
			const a = new Float64Array(n);
			a.set(this.addr);
			this.addr = a;
			const l = new Uint32Array(n);
			l.set(this.line);
			this.line = l;
			const f = new Uint32Array(n);
			f.set(this.file);
			this.file = f;
			const st = new Uint8Array(n);
			st.set(this.stmt);
			this.stmt = st;
		}
		this.addr[this.count] = addr;
		this.line[this.count] = line;
		this.file[this.count] = file;
		this.stmt[this.count] = stmt ? 1 : 0;
		this.count++;
	}
}

/**
 * Runs the line program of `h` and returns its rows sorted by address (sequence by sequence).
 * Every opcode consumes at least one byte, so the loop ends at the table's end. DW_LNE_define_file
 * appends to `h.files`. Throws DwarfError; rows of sequences completed before a fault are lost.
 */
export function runLineProgram(section: Buffer, name: string, h: LineHeader): LineRows {
	const c = new Cursor(section, name, h.programStart, h.end);
	const rows = new RowBuilder();
	const sequences: Array<[start: number, first: number, last: number]> = [];
	let seqFirst = 0;
	let addr = 0;
	let opIndex = 0;
	let file = 1;
	let line = 1;
	let isStmt = h.defaultIsStmt;
	const advance = (operationAdvance: number) => {
		if (h.maxOpsPerInst === 1) {
			addr += h.minInstLength * operationAdvance;
		} else {
			const total = opIndex + operationAdvance;
			addr += h.minInstLength * Math.floor(total / h.maxOpsPerInst);
			opIndex = total % h.maxOpsPerInst;
		}
	};
	const emit = () => {
		// Line 0 means "no source line" (DWARF 5 §6.2.2); we reserve it for sequence ends.
		if (line > 0) rows.push(addr, line, file, isStmt);
	};
	while (c.pos < c.end) {
		const op = c.u8();
		if (op >= h.opcodeBase) {
			const adjusted = op - h.opcodeBase;
			advance(Math.floor(adjusted / h.lineRange));
			line += h.lineBase + (adjusted % h.lineRange);
			emit();
			continue;
		}
		switch (op) {
			case 0: {
				const len = c.uleb();
				c.need(len);
				const next = c.pos + len;
				if (len === 0) break;
				const sub = c.u8();
				if (sub === C.DW_LNE_end_sequence) {
					rows.push(addr, 0, 0, false);
					if (rows.count - 1 > seqFirst) sequences.push([rows.addr[seqFirst] as number, seqFirst, rows.count - 1]);
					seqFirst = rows.count;
					addr = 0;
					opIndex = 0;
					file = 1;
					line = 1;
					isStmt = h.defaultIsStmt;
				} else if (sub === C.DW_LNE_set_address) {
					const size = len - 1;
					addr = size === 1 || size === 2 || size === 4 || size === 8 ? c.uint(size) : addr;
					opIndex = 0;
				} else if (sub === C.DW_LNE_define_file && h.version < 5) {
					const fname = c.cstr();
					const dir = c.uleb();
					h.files.push(v4FilePath(h, fname, dir));
				}
				c.pos = next;
				break;
			}
			case C.DW_LNS_copy:
				emit();
				break;
			case C.DW_LNS_advance_pc:
				advance(c.uleb());
				break;
			case C.DW_LNS_advance_line:
				line += c.sleb();
				break;
			case C.DW_LNS_set_file:
				file = c.uleb();
				break;
			case C.DW_LNS_negate_stmt:
				isStmt = !isStmt;
				break;
			case C.DW_LNS_const_add_pc:
				advance(Math.floor((255 - h.opcodeBase) / h.lineRange));
				break;
			case C.DW_LNS_fixed_advance_pc:
				addr += c.u16();
				opIndex = 0;
				break;
			default: {
				// Standard opcodes we do not track (column, flags, isa…) and ones from later versions: skip their operands.
				const n = h.standardOpcodeLengths[op - 1] ?? 0;
				for (let i = 0; i < n; i++) c.uleb();
			}
		}
	}
	return sortSequences(rows, sequences);
}

function sortSequences(rows: RowBuilder, sequences: Array<[number, number, number]>): LineRows {
	sequences.sort((a, b) => a[0] - b[0]);
	let total = 0;
	for (const [, first, last] of sequences) total += last - first + 1;
	const out: LineRows = {
		count: total,
		addr: new Float64Array(total),
		line: new Uint32Array(total),
		file: new Uint32Array(total),
		stmt: new Uint8Array(total),
	};
	let at = 0;
	for (const [, first, last] of sequences) {
		out.addr.set(rows.addr.subarray(first, last + 1), at);
		out.line.set(rows.line.subarray(first, last + 1), at);
		out.file.set(rows.file.subarray(first, last + 1), at);
		out.stmt.set(rows.stmt.subarray(first, last + 1), at);
		at += last - first + 1;
	}
	return out;
}

/** Index of the first row with address ≥ `addr`. */
export function lowerBound(rows: LineRows, addr: number): number {
	let lo = 0;
	let hi = rows.count;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((rows.addr[mid] as number) < addr) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The row whose address range covers `addr` (the last row at or before it, unless that ends a sequence). */
export function rowAt(rows: LineRows, addr: number): number | undefined {
	const i = lowerBound(rows, addr + 1) - 1;
	if (i < 0 || rows.line[i] === 0) return undefined;
	return i;
}
