/** Attribute form decoding (DWARF 5 §7.5.5–7.5.6), for every DWARF 5 form and the GNU split-DWARF forms. */
import * as constants from "./constants.js";
import type { Cursor } from "./cursor.js";

/** A plain copy: under a CommonJS-style transform (tsx) each namespace access is a getter call, measurably slow in DIE loops. */
const C = { ...constants };

export interface FormSizes {
	version: number;
	addrSize: number;
	is64: boolean;
}

/** Size in bytes of a form with a fixed size, or -1 for a variable one (LEB128, strings, blocks, indirect). */
export function fixedFormSize(form: number, s: FormSizes): number {
	switch (form) {
		case C.DW_FORM_addr:
			return s.addrSize;
		case C.DW_FORM_flag_present:
		case C.DW_FORM_implicit_const:
			return 0;
		case C.DW_FORM_data1:
		case C.DW_FORM_ref1:
		case C.DW_FORM_flag:
		case C.DW_FORM_strx1:
		case C.DW_FORM_addrx1:
			return 1;
		case C.DW_FORM_data2:
		case C.DW_FORM_ref2:
		case C.DW_FORM_strx2:
		case C.DW_FORM_addrx2:
			return 2;
		case C.DW_FORM_strx3:
		case C.DW_FORM_addrx3:
			return 3;
		case C.DW_FORM_data4:
		case C.DW_FORM_ref4:
		case C.DW_FORM_strx4:
		case C.DW_FORM_addrx4:
		case C.DW_FORM_ref_sup4:
			return 4;
		case C.DW_FORM_data8:
		case C.DW_FORM_ref8:
		case C.DW_FORM_ref_sig8:
		case C.DW_FORM_ref_sup8:
			return 8;
		case C.DW_FORM_data16:
			return 16;
		case C.DW_FORM_strp:
		case C.DW_FORM_sec_offset:
		case C.DW_FORM_line_strp:
		case C.DW_FORM_strp_sup:
		case C.DW_FORM_GNU_ref_alt:
		case C.DW_FORM_GNU_strp_alt:
			return s.is64 ? 8 : 4;
		case C.DW_FORM_ref_addr:
			// DWARF 2 made ref_addr address-sized; DWARF 3 changed it to offset-sized.
			return s.version <= 2 ? s.addrSize : s.is64 ? 8 : 4;
		default:
			return -1;
	}
}

/** Bounds DW_FORM_indirect chains, which a corrupt DIE could make arbitrarily long. */
const MAX_INDIRECT = 4;

/**
 * Reads one attribute value. Numbers come back raw: an offset for strp/line_strp/sec_offset/refs,
 * an index for strx/addrx/rnglistx/loclistx, the value for constants and addresses; the caller
 * interprets them by form (see UnitContext). DW_FORM_string yields the string itself; blocks,
 * exprlocs and data16 are skipped and yield undefined.
 */
export function readForm(c: Cursor, form: number, s: FormSizes, implicitConst: number): number | string | undefined {
	for (let hops = 0; hops <= MAX_INDIRECT; hops++) {
		switch (form) {
			case C.DW_FORM_indirect:
				form = c.uleb();
				continue;
			case C.DW_FORM_implicit_const:
				return implicitConst;
			case C.DW_FORM_flag_present:
				return 1;
			case C.DW_FORM_string:
				return c.cstr();
			case C.DW_FORM_sdata:
				return c.sleb();
			case C.DW_FORM_udata:
			case C.DW_FORM_ref_udata:
			case C.DW_FORM_strx:
			case C.DW_FORM_addrx:
			case C.DW_FORM_loclistx:
			case C.DW_FORM_rnglistx:
			case C.DW_FORM_GNU_addr_index:
			case C.DW_FORM_GNU_str_index:
				return c.uleb();
			case C.DW_FORM_block1:
				c.skip(c.u8());
				return undefined;
			case C.DW_FORM_block2:
				c.skip(c.u16());
				return undefined;
			case C.DW_FORM_block4:
				c.skip(c.u32());
				return undefined;
			case C.DW_FORM_block:
			case C.DW_FORM_exprloc:
				c.skip(c.uleb());
				return undefined;
			case C.DW_FORM_data16:
				c.skip(16);
				return undefined;
			case C.DW_FORM_strx3:
			case C.DW_FORM_addrx3:
				return c.u24();
			default: {
				const size = fixedFormSize(form, s);
				if (size < 0) return c.fail(`unknown attribute form 0x${form.toString(16)}`);
				return size === 0 ? 0 : c.uint(size);
			}
		}
	}
	return c.fail("DW_FORM_indirect chain too long");
}

/** Skips one attribute value without decoding it. */
export function skipForm(c: Cursor, form: number, s: FormSizes): void {
	const size = fixedFormSize(form, s);
	if (size >= 0) c.skip(size);
	else readForm(c, form, s, 0);
}

export function isConstantForm(form: number): boolean {
	switch (form) {
		case C.DW_FORM_data1:
		case C.DW_FORM_data2:
		case C.DW_FORM_data4:
		case C.DW_FORM_data8:
		case C.DW_FORM_sdata:
		case C.DW_FORM_udata:
		case C.DW_FORM_implicit_const:
			return true;
		default:
			return false;
	}
}

export function isAddrIndexForm(form: number): boolean {
	switch (form) {
		case C.DW_FORM_addrx:
		case C.DW_FORM_addrx1:
		case C.DW_FORM_addrx2:
		case C.DW_FORM_addrx3:
		case C.DW_FORM_addrx4:
		case C.DW_FORM_GNU_addr_index:
			return true;
		default:
			return false;
	}
}

export function isStrIndexForm(form: number): boolean {
	switch (form) {
		case C.DW_FORM_strx:
		case C.DW_FORM_strx1:
		case C.DW_FORM_strx2:
		case C.DW_FORM_strx3:
		case C.DW_FORM_strx4:
		case C.DW_FORM_GNU_str_index:
			return true;
		default:
			return false;
	}
}

export function isUnitRefForm(form: number): boolean {
	switch (form) {
		case C.DW_FORM_ref1:
		case C.DW_FORM_ref2:
		case C.DW_FORM_ref4:
		case C.DW_FORM_ref8:
		case C.DW_FORM_ref_udata:
			return true;
		default:
			return false;
	}
}
