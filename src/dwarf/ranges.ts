/**
 * DW_AT_ranges: address range lists in `.debug_ranges` (DWARF 2–4, §2.17.3 of DWARF 4) and
 * `.debug_rnglists` (DWARF 5 §2.17.3 and §7.25), including the GNU DWARF 4 split form.
 */
import * as constants from "./constants.js";
import { Cursor } from "./cursor.js";
import { DwarfError } from "./errors.js";
import { addressAt, type UnitContext } from "./units.js";

/** A plain copy: under a CommonJS-style transform (tsx) each namespace access is a getter call, measurably slow in DIE loops. */
const C = { ...constants };

export type AddressRange = [start: number, end: number];

/** A list longer than this is corrupt; no function has ten thousand address ranges. */
const MAX_RANGES = 10_000;

/**
 * Range list entries one read of a binary may decode, shared by all its lists: many DIEs may name
 * one long list (or offsets into it), so the per-list bound alone multiplies by the DIE count.
 */
export interface RangeBudget {
	entries: number;
}

/** The ranges of an attribute with form `form` and raw value `value`; empty ranges are dropped. Throws DwarfError. */
export function readRanges(u: UnitContext, form: number, value: number, budget: RangeBudget): AddressRange[] {
	if (u.version >= 5) {
		const section = u.rangeSections.get("debug_rnglists");
		if (!section) throw new DwarfError("has DW_AT_ranges but no .debug_rnglists section");
		let offset = value;
		if (form === C.DW_FORM_rnglistx) {
			// An index into the offsets array that follows the list table header, relative to rnglists_base.
			const base = u.rnglistsBase ?? (u.is64 ? 20 : 12);
			const size = u.is64 ? 8 : 4;
			const c = new Cursor(section, ".debug_rnglists", base + value * size);
			offset = base + c.offset(u.is64);
		}
		return readRnglist(u, section, offset, budget);
	}
	const section = u.rangeSections.get("debug_ranges");
	if (!section) throw new DwarfError("has DW_AT_ranges but no .debug_ranges section");
	return readRangeList(u, section, value + u.rangesBase, budget);
}

function readRangeList(u: UnitContext, section: Buffer, offset: number, budget: RangeBudget): AddressRange[] {
	const c = new Cursor(section, ".debug_ranges", offset);
	if (!(offset >= 0 && offset < section.length)) c.fail("range list offset out of range", offset);
	const out: AddressRange[] = [];
	let base = u.lowPc;
	const size = u.addrSize;
	const max = size === 8 ? 2 ** 64 : 2 ** 32;
	for (let n = 0; n < MAX_RANGES; n++) {
		if (--budget.entries < 0) throw new DwarfError("range lists have more entries than their sections hold");
		const start = c.uint(size);
		const end = c.uint(size);
		if (start === 0 && end === 0) return out;
		// The all-ones start selects a new base address (u64 reads round 2^64-1 up to 2^64).
		if (start >= max - 1) {
			base = end;
			continue;
		}
		if (end > start) out.push([base + start, base + end]);
	}
	return c.fail("range list too long");
}

function readRnglist(u: UnitContext, section: Buffer, offset: number, budget: RangeBudget): AddressRange[] {
	const c = new Cursor(section, ".debug_rnglists", offset);
	if (!(offset >= 0 && offset < section.length)) c.fail("range list offset out of range", offset);
	const out: AddressRange[] = [];
	let base = u.lowPc;
	const addr = (index: number) => {
		const a = addressAt(u, index);
		if (a === undefined) return c.fail(`address index ${index} out of range`);
		return a;
	};
	const push = (start: number, end: number) => {
		if (end > start) out.push([start, end]);
	};
	for (let n = 0; n < MAX_RANGES; n++) {
		if (--budget.entries < 0) throw new DwarfError("range lists have more entries than their sections hold");
		const kind = c.u8();
		switch (kind) {
			case C.DW_RLE_end_of_list:
				return out;
			case C.DW_RLE_base_addressx:
				base = addr(c.uleb());
				break;
			case C.DW_RLE_startx_endx: {
				const s = addr(c.uleb());
				push(s, addr(c.uleb()));
				break;
			}
			case C.DW_RLE_startx_length: {
				const s = addr(c.uleb());
				push(s, s + c.uleb());
				break;
			}
			case C.DW_RLE_offset_pair: {
				const s = c.uleb();
				push(base + s, base + c.uleb());
				break;
			}
			case C.DW_RLE_base_address:
				base = c.uint(u.addrSize);
				break;
			case C.DW_RLE_start_end: {
				const s = c.uint(u.addrSize);
				push(s, c.uint(u.addrSize));
				break;
			}
			case C.DW_RLE_start_length: {
				const s = c.uint(u.addrSize);
				push(s, s + c.uleb());
				break;
			}
			default:
				c.fail(`unknown range list entry kind ${kind}`, c.pos - 1);
		}
	}
	return c.fail("range list too long");
}
