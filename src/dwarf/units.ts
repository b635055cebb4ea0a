/**
 * `.debug_info` units, versions 2–5 (DWARF 5 §7.5.1), and the subprogram DIEs in them. Type units
 * are skipped; compile, partial and skeleton units are read. Each DIE costs one abbreviation lookup,
 * and DIEs other than subprograms are skipped by their precomputed size where the forms allow it.
 */
import { type Abbrev, type AbbrevTable, parseAbbrevTable } from "./abbrev.js";
import * as constants from "./constants.js";
import { Cursor, stringAt } from "./cursor.js";
import { DwarfError } from "./errors.js";
import {
	type FormSizes,
	isAddrIndexForm,
	isConstantForm,
	isStrIndexForm,
	isUnitRefForm,
	readForm,
	skipForm,
} from "./forms.js";
import type { DebugSections } from "./sections.js";

/** A plain copy: under a CommonJS-style transform (tsx) each namespace access is a getter call, measurably slow in DIE loops. */
const C = { ...constants };

/** One ELF file's debug information: the program itself, its separate debug file, or a .dwo. */
export interface DwarfSource {
	sections: DebugSections;
	/** Subprogram DIEs by their offset in this source's .debug_info. */
	dies: Map<number, SubprogramDie>;
	abbrevCache: Map<string, AbbrevTable>;
}

export interface UnitContext extends FormSizes {
	source: DwarfSource;
	/** Offset of the unit header in .debug_info. */
	offset: number;
	end: number;
	unitType: number;
	name?: string;
	compDir?: string;
	stmtList?: number;
	/** Base address for range lists: the unit's DW_AT_low_pc, or 0. */
	lowPc: number;
	strOffsetsBase: number;
	addrBase: number;
	rnglistsBase?: number;
	/** DW_AT_GNU_ranges_base of a DWARF 4 skeleton, added to its split unit's DW_AT_ranges offsets. */
	rangesBase: number;
	dwoName?: string;
	dwoId?: number;
	/** Sections that hold .debug_addr, .debug_ranges and the line program; the skeleton's file for a split unit. */
	addrSections: DebugSections;
	rangeSections: DebugSections;
	/** Set on a split unit: the skeleton unit in the main file it belongs to. */
	skeleton?: UnitContext;
}

export interface SubprogramDie {
	unit: UnitContext;
	name?: string;
	linkageName?: string;
	declFile?: number;
	declLine?: number;
	/** .debug_info offsets (within the same source) of DW_AT_specification / DW_AT_abstract_origin. */
	spec?: number;
	origin?: number;
	lowPc?: number;
	highPc?: number;
	highPcIsOffset: boolean;
	rangesForm?: number;
	rangesValue?: number;
	entryPc?: number;
	/** DWARF 5 allows DW_AT_entry_pc as a constant: an offset from the low_pc / first range start. */
	entryPcOffset?: number;
	declaration: boolean;
}

export function newSource(sections: DebugSections): DwarfSource {
	return { sections, dies: new Map(), abbrevCache: new Map() };
}

export interface UnitHeader extends FormSizes {
	offset: number;
	end: number;
	unitType: number;
	abbrevOffset: number;
	dieOffset: number;
	dwoId?: number;
}

/** Reads the unit header at `offset`. Throws DwarfError; `end` is the next unit's offset. */
export function readUnitHeader(info: Buffer, offset: number, sectionName: string): UnitHeader {
	const c = new Cursor(info, sectionName, offset);
	const { end, is64 } = c.initialLength();
	c.end = end;
	const version = c.u16();
	if (version < 2 || version > 5) c.fail(`unsupported DWARF version ${version}`, offset);
	let unitType = C.DW_UT_compile;
	let addrSize: number;
	let abbrevOffset: number;
	let dwoId: number | undefined;
	if (version >= 5) {
		unitType = c.u8();
		addrSize = c.u8();
		abbrevOffset = c.offset(is64);
		if (unitType === C.DW_UT_skeleton || unitType === C.DW_UT_split_compile) dwoId = c.u64();
		else if (unitType === C.DW_UT_type || unitType === C.DW_UT_split_type) {
			c.skip(8);
			c.offset(is64);
		}
	} else {
		abbrevOffset = c.offset(is64);
		addrSize = c.u8();
	}
	if (addrSize !== 4 && addrSize !== 8) c.fail(`unsupported address size ${addrSize}`, offset);
	return { offset, end, unitType, version, addrSize, is64, abbrevOffset, dieOffset: c.pos, dwoId };
}

function abbrevsFor(source: DwarfSource, h: UnitHeader): AbbrevTable {
	const key = `${h.abbrevOffset}:${h.addrSize}:${h.is64 ? 8 : 4}:${h.version <= 2 ? 2 : 3}`;
	let table = source.abbrevCache.get(key);
	if (!table) {
		const section = source.sections.get("debug_abbrev");
		if (!section) throw new DwarfError("has no .debug_abbrev section");
		table = parseAbbrevTable(section, h.abbrevOffset, h);
		source.abbrevCache.set(key, table);
	}
	return table;
}

interface RawAttr {
	form: number;
	value: number | string | undefined;
}

function readAllAttrs(c: Cursor, abbrev: Abbrev, s: FormSizes): Map<number, RawAttr> {
	const out = new Map<number, RawAttr>();
	for (const a of abbrev.attrs) {
		const value = readForm(c, a.form, s, a.implicitConst);
		if (!out.has(a.name)) out.set(a.name, { form: a.form, value });
	}
	return out;
}

/** The string an attribute names, resolving strp/line_strp/strx; undefined for forms that point elsewhere (dwz alt files). */
export function attrString(u: UnitContext, form: number, value: number | string | undefined): string | undefined {
	if (typeof value === "string") return value;
	if (value === undefined) return undefined;
	if (form === C.DW_FORM_strp) return stringAt(u.source.sections.get("debug_str"), value);
	if (form === C.DW_FORM_line_strp) return stringAt(u.source.sections.get("debug_line_str"), value);
	if (isStrIndexForm(form)) {
		const offsets = u.source.sections.get("debug_str_offsets");
		const size = u.is64 ? 8 : 4;
		const at = u.strOffsetsBase + value * size;
		if (!offsets || !(at >= 0 && at + size <= offsets.length)) return undefined;
		const off = size === 8 ? Number(offsets.readBigUInt64LE(at)) : offsets.readUInt32LE(at);
		return stringAt(u.source.sections.get("debug_str"), off);
	}
	return undefined;
}

export function attrAddress(u: UnitContext, form: number, value: number | string | undefined): number | undefined {
	if (typeof value !== "number") return undefined;
	if (!isAddrIndexForm(form)) return form === C.DW_FORM_addr ? value : undefined;
	return addressAt(u, value);
}

/** Entry `index` of the unit's .debug_addr table. */
export function addressAt(u: UnitContext, index: number): number | undefined {
	const table = u.addrSections.get("debug_addr");
	const at = u.addrBase + index * u.addrSize;
	if (!table || !(at >= 0 && at + u.addrSize <= table.length)) return undefined;
	return u.addrSize === 8
		? table.readUInt32LE(at) + table.readUInt32LE(at + 4) * 0x1_0000_0000
		: table.readUInt32LE(at);
}

function attrRef(u: UnitContext, form: number, value: number | string | undefined): number | undefined {
	if (typeof value !== "number") return undefined;
	if (isUnitRefForm(form)) return u.offset + value;
	if (form === C.DW_FORM_ref_addr) return value;
	return undefined;
}

function attrNumber(value: number | string | undefined): number | undefined {
	return typeof value === "number" ? value : undefined;
}

export interface UnitOptions {
	/** For a split unit: the skeleton it completes (bases, sections for addresses and ranges). */
	skeleton?: UnitContext;
	/** Shared across all units of a run; counts DIEs so that corrupt input cannot make the walk unbounded. */
	budget: { dies: number };
	/** Read the unit DIE only (what line tables need), not the subprograms below it. */
	unitDieOnly?: boolean;
}

/**
 * Reads one unit: its header, its unit DIE (returned as the context) and every subprogram DIE below
 * it into `source.dies`. Throws DwarfError on corrupt data; DIEs read before the fault stay in the map.
 */
export function readUnit(
	source: DwarfSource,
	h: UnitHeader,
	sectionName: string,
	options: UnitOptions,
): UnitContext | undefined {
	if (h.unitType === C.DW_UT_type || h.unitType === C.DW_UT_split_type) return undefined;
	const info = source.sections.get("debug_info");
	if (info === undefined) throw new DwarfError(`${sectionName}: a unit header without the section it came from`);
	const abbrevs = abbrevsFor(source, h);
	const c = new Cursor(info, sectionName, h.dieOffset, h.end);
	const code = c.uleb();
	const unitAbbrev = abbrevs.get(code);
	if (!unitAbbrev) return c.fail(`unknown abbreviation code ${code}`);
	if (unitAbbrev.tag === C.DW_TAG_type_unit) return undefined;
	const attrs = readAllAttrs(c, unitAbbrev, h);
	const skeleton = options.skeleton;
	const isSplit = skeleton !== undefined;
	const u: UnitContext = {
		source,
		offset: h.offset,
		end: h.end,
		unitType: h.unitType,
		version: h.version,
		addrSize: h.addrSize,
		is64: h.is64,
		lowPc: skeleton?.lowPc ?? 0,
		// A DWARF 5 split unit's string offsets start after the 8-byte (16 in 64-bit DWARF) table header.
		strOffsetsBase: isSplit && h.version >= 5 ? (h.is64 ? 16 : 8) : 0,
		addrBase: skeleton?.addrBase ?? 0,
		rangesBase: skeleton?.rangesBase ?? 0,
		dwoId: h.dwoId,
		addrSections: skeleton?.addrSections ?? source.sections,
		rangeSections: skeleton && h.version < 5 ? skeleton.rangeSections : source.sections,
		skeleton,
	};
	if (isSplit && h.version >= 5) {
		// Split units index .debug_rnglists.dwo from just after its first header (DWARF 5 §3.1.3).
		u.rnglistsBase = h.is64 ? 20 : 12;
	}
	const num = (name: number) => attrNumber(attrs.get(name)?.value);
	u.strOffsetsBase = num(C.DW_AT_str_offsets_base) ?? u.strOffsetsBase;
	u.addrBase = num(C.DW_AT_addr_base) ?? num(C.DW_AT_GNU_addr_base) ?? u.addrBase;
	u.rnglistsBase = num(C.DW_AT_rnglists_base) ?? u.rnglistsBase;
	u.rangesBase = num(C.DW_AT_GNU_ranges_base) ?? u.rangesBase;
	u.stmtList = num(C.DW_AT_stmt_list);
	u.dwoId = u.dwoId ?? num(C.DW_AT_GNU_dwo_id);
	const str = (name: number) => {
		const a = attrs.get(name);
		return a ? attrString(u, a.form, a.value) : undefined;
	};
	u.name = str(C.DW_AT_name);
	u.compDir = str(C.DW_AT_comp_dir) ?? skeleton?.compDir;
	u.dwoName = str(C.DW_AT_dwo_name) ?? str(C.DW_AT_GNU_dwo_name);
	const low = attrs.get(C.DW_AT_low_pc);
	if (low) u.lowPc = attrAddress(u, low.form, low.value) ?? u.lowPc;
	if (!options.unitDieOnly) walkDies(c, u, abbrevs, unitAbbrev.hasChildren, options.budget);
	return u;
}

/** Walks the DIEs after the unit DIE. Every iteration reads at least the abbreviation code, so it always advances. */
function walkDies(
	c: Cursor,
	u: UnitContext,
	abbrevs: AbbrevTable,
	hasChildren: boolean,
	budget: { dies: number },
): void {
	if (!hasChildren) return;
	while (c.pos < c.end) {
		if (--budget.dies < 0) throw new DwarfError("has more DIEs than xcover reads in one run");
		const dieOffset = c.pos;
		const code = c.uleb();
		if (code === 0) continue;
		const abbrev = abbrevs.get(code);
		if (!abbrev) c.fail(`unknown abbreviation code ${code}`, dieOffset);
		if (abbrev.tag === C.DW_TAG_subprogram) {
			u.source.dies.set(dieOffset, readSubprogram(c, u, abbrev));
		} else if (abbrev.fixedSize >= 0) {
			c.skip(abbrev.fixedSize);
		} else {
			for (const a of abbrev.attrs) skipForm(c, a.form, u);
		}
	}
}

function readSubprogram(c: Cursor, u: UnitContext, abbrev: Abbrev): SubprogramDie {
	const d: SubprogramDie = { unit: u, highPcIsOffset: false, declaration: false };
	let highForm = 0;
	let highValue: number | undefined;
	for (const a of abbrev.attrs) {
		const v = readForm(c, a.form, u, a.implicitConst);
		switch (a.name) {
			case C.DW_AT_name:
				d.name = attrString(u, a.form, v);
				break;
			case C.DW_AT_linkage_name:
			case C.DW_AT_MIPS_linkage_name:
				d.linkageName = attrString(u, a.form, v);
				break;
			case C.DW_AT_decl_file:
				d.declFile = attrNumber(v);
				break;
			case C.DW_AT_decl_line:
				d.declLine = attrNumber(v);
				break;
			case C.DW_AT_specification:
				d.spec = attrRef(u, a.form, v);
				break;
			case C.DW_AT_abstract_origin:
				d.origin = attrRef(u, a.form, v);
				break;
			case C.DW_AT_low_pc:
				d.lowPc = attrAddress(u, a.form, v);
				break;
			case C.DW_AT_high_pc:
				highForm = a.form;
				highValue = attrNumber(v);
				break;
			case C.DW_AT_entry_pc:
				if (isConstantForm(a.form)) d.entryPcOffset = attrNumber(v);
				else d.entryPc = attrAddress(u, a.form, v);
				break;
			case C.DW_AT_ranges:
				d.rangesForm = a.form;
				d.rangesValue = attrNumber(v);
				break;
			case C.DW_AT_declaration:
				d.declaration = v !== 0;
				break;
		}
	}
	if (highValue !== undefined) {
		// DWARF 4 lets high_pc be a constant: an offset from low_pc rather than an address.
		d.highPcIsOffset = isConstantForm(highForm);
		d.highPc = d.highPcIsOffset ? highValue : attrAddress(u, highForm, highValue);
	}
	return d;
}
