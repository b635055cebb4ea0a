/**
 * A bounds-checked reader over one debug section. Every read checks its end against `end`, so a
 * truncated or corrupt section ends in a DwarfError naming the section and offset, never in a
 * RangeError or a read past the unit into its neighbour.
 */
import { DwarfError } from "./errors.js";

const TWO_32 = 0x1_0000_0000;

export class Cursor {
	readonly buf: Buffer;
	readonly section: string;
	pos: number;
	end: number;

	constructor(buf: Buffer, section: string, pos = 0, end = buf.length) {
		this.buf = buf;
		this.section = section;
		this.pos = pos;
		this.end = Math.min(end, buf.length);
	}

	get remaining(): number {
		return this.end - this.pos;
	}

	fail(what: string, at = this.pos): never {
		throw new DwarfError(`${this.section} is truncated or corrupt at offset 0x${at.toString(16)} (${what})`);
	}

	/** Throws unless `n` more bytes exist; NaN and Infinity (from absurd ULEBs) fail too. */
	need(n: number): void {
		if (!(n >= 0 && this.pos + n <= this.end)) this.fail(`wants ${n} bytes, ${this.remaining} left`);
	}

	skip(n: number): void {
		this.need(n);
		this.pos += n;
	}

	u8(): number {
		this.need(1);
		return this.buf[this.pos++] as number;
	}

	u16(): number {
		this.need(2);
		const v = this.buf.readUInt16LE(this.pos);
		this.pos += 2;
		return v;
	}

	u24(): number {
		this.need(3);
		const v = this.buf.readUIntLE(this.pos, 3);
		this.pos += 3;
		return v;
	}

	u32(): number {
		this.need(4);
		const v = this.buf.readUInt32LE(this.pos);
		this.pos += 4;
		return v;
	}

	/** Unsigned 64-bit as a number: exact below 2^53, which covers every address of a user program. */
	u64(): number {
		this.need(8);
		const v = this.buf.readUInt32LE(this.pos) + this.buf.readUInt32LE(this.pos + 4) * TWO_32;
		this.pos += 8;
		return v;
	}

	i8(): number {
		this.need(1);
		return this.buf.readInt8(this.pos++);
	}

	/** An unsigned value of 1, 2, 4 or 8 bytes (address sizes, offset sizes). */
	uint(size: number): number {
		switch (size) {
			case 1:
				return this.u8();
			case 2:
				return this.u16();
			case 4:
				return this.u32();
			case 8:
				return this.u64();
			default:
				return this.fail(`unsupported size ${size}`);
		}
	}

	/** A DWARF offset: 4 bytes in 32-bit DWARF, 8 in 64-bit DWARF. */
	offset(is64: boolean): number {
		return is64 ? this.u64() : this.u32();
	}

	uleb(): number {
		let result = 0;
		let mul = 1;
		for (;;) {
			const b = this.u8();
			result += (b & 0x7f) * mul;
			if ((b & 0x80) === 0) return result;
			mul *= 128;
		}
	}

	sleb(): number {
		let result = 0;
		let mul = 1;
		for (;;) {
			const b = this.u8();
			result += (b & 0x7f) * mul;
			mul *= 128;
			if ((b & 0x80) === 0) {
				if (b & 0x40) result -= mul;
				return result;
			}
		}
	}

	/** A NUL-terminated UTF-8 string; a missing terminator is a truncation. */
	cstr(): string {
		const nul = this.buf.indexOf(0, this.pos);
		if (nul < 0 || nul >= this.end) this.fail("unterminated string");
		const s = this.buf.toString("utf8", this.pos, nul);
		this.pos = nul + 1;
		return s;
	}

	/**
	 * A unit's initial length. Returns the unit's end and whether it uses 64-bit DWARF offsets;
	 * 0xfffffff0–0xfffffffe are reserved and mean the data is not DWARF we can read.
	 */
	initialLength(): { end: number; is64: boolean } {
		const start = this.pos;
		let len = this.u32();
		let is64 = false;
		if (len === 0xffffffff) {
			len = this.u64();
			is64 = true;
		} else if (len >= 0xfffffff0) {
			this.fail(`reserved unit length 0x${len.toString(16)}`, start);
		}
		const end = this.pos + len;
		if (end > this.end) this.fail(`unit length 0x${len.toString(16)} runs past the section end`, start);
		return { end, is64 };
	}
}

/** A NUL-terminated string at `at` in a string section, or undefined when `at` is out of range. */
export function stringAt(buf: Buffer | undefined, at: number): string | undefined {
	if (!buf || !(at >= 0 && at < buf.length)) return undefined;
	let end = buf.indexOf(0, at);
	if (end < 0) end = buf.length;
	return buf.toString("utf8", at, end);
}
