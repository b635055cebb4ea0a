/** `.debug_abbrev` tables (DWARF 5 §7.5.3), with each abbreviation's fixed byte size precomputed for fast skipping. */
import * as constants from "./constants.js";
import { Cursor } from "./cursor.js";
import { type FormSizes, fixedFormSize } from "./forms.js";

/** A plain copy: under a CommonJS-style transform (tsx) each namespace access is a getter call, measurably slow in DIE loops. */
const C = { ...constants };

export interface AbbrevAttr {
	name: number;
	form: number;
	/** The value of a DW_FORM_implicit_const attribute, stored in the abbreviation itself. */
	implicitConst: number;
}

export interface Abbrev {
	tag: number;
	hasChildren: boolean;
	attrs: AbbrevAttr[];
	/** Bytes a DIE of this shape takes after its code, when every form has a fixed size; else -1. */
	fixedSize: number;
}

export type AbbrevTable = Map<number, Abbrev>;

export function parseAbbrevTable(section: Buffer, offset: number, sizes: FormSizes): AbbrevTable {
	const c = new Cursor(section, ".debug_abbrev", offset);
	if (!(offset >= 0 && offset < section.length)) c.fail("abbreviation offset out of range", offset);
	const table: AbbrevTable = new Map();
	for (;;) {
		const code = c.uleb();
		if (code === 0) break;
		const tag = c.uleb();
		const hasChildren = c.u8() !== 0;
		const attrs: AbbrevAttr[] = [];
		let fixedSize = 0;
		for (;;) {
			const name = c.uleb();
			const form = c.uleb();
			if (name === 0 && form === 0) break;
			const implicitConst = form === C.DW_FORM_implicit_const ? c.sleb() : 0;
			attrs.push({ name, form, implicitConst });
			const size = fixedFormSize(form, sizes);
			fixedSize = size < 0 || fixedSize < 0 ? -1 : fixedSize + size;
		}
		if (!table.has(code)) table.set(code, { tag, hasChildren, attrs, fixedSize });
	}
	return table;
}
