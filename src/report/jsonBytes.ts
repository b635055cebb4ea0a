/**
 * JSON.parse for documents larger than the longest string V8 makes (about 512 MiB): a report of
 * millions of lines is written in pieces and must read back. The bytes are scanned for structure
 * only (strings, brackets, commas, colons), containers too large for one string are split into
 * their members, and every member is handed to JSON.parse itself, so numbers, escapes and
 * Unicode mean exactly what they mean to JSON.parse. Scanning bytes is safe in UTF-8: the bytes
 * of `"`, `\` and the structural characters never occur inside a multi-byte sequence.
 */

/** Below this many bytes, a value is one string for JSON.parse: well under V8's string limit. */
export const SPLIT_ABOVE_BYTES = 128 * 1024 * 1024;

export class JsonBytesError extends Error {
	readonly offset: number;
	constructor(what: string, offset: number) {
		super(`${what} at byte ${offset}`);
		this.offset = offset;
	}
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function isSpace(b: number | undefined): boolean {
	return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

class Scanner {
	readonly buf: Buffer;
	readonly splitAbove: number;

	constructor(buf: Buffer, splitAbove: number) {
		this.buf = buf;
		this.splitAbove = splitAbove;
	}

	skipSpace(i: number): number {
		while (isSpace(this.buf[i])) i++;
		return i;
	}

	/** The index just past the string whose opening quote is at i. */
	endOfString(i: number): number {
		const buf = this.buf;
		for (let j = i + 1; j < buf.length; j++) {
			const b = buf[j];
			if (b === BACKSLASH) j++;
			else if (b === QUOTE) return j + 1;
		}
		throw new JsonBytesError("unterminated string", i);
	}

	/**
	 * The index just past the array or object that starts at i, when it ends before `limit`;
	 * else -1. Inside it nothing is checked: JSON.parse does that.
	 */
	endOfContainer(i: number, limit: number): number {
		const buf = this.buf;
		const stop = Math.min(limit, buf.length);
		let depth = 0;
		for (let j = i; j < stop; j++) {
			const b = buf[j];
			if (b === QUOTE) j = this.endOfString(j) - 1;
			else if (b === OPEN_BRACKET || b === OPEN_BRACE) depth++;
			else if (b === CLOSE_BRACKET || b === CLOSE_BRACE) {
				depth--;
				if (depth === 0) return j + 1;
			}
		}
		if (stop === buf.length) throw new JsonBytesError("unterminated array or object", i);
		return -1;
	}

	private json(start: number, end: number): unknown {
		try {
			return JSON.parse(this.buf.toString("utf8", start, end));
		} catch (err) {
			throw new JsonBytesError(`${(err as Error).message}, in the value`, start);
		}
	}

	/**
	 * The value that starts at i, and the index just past it. Every byte is scanned once for the
	 * value it belongs to, plus at most `splitAbove` bytes per enclosing container that was too
	 * large: linear in the document, not in the document times its depth.
	 */
	parse(i: number): { value: unknown; end: number } {
		const buf = this.buf;
		const first = buf[i];
		if (first === undefined) throw new JsonBytesError("unexpected end of data", i);
		if (first === OPEN_BRACKET || first === OPEN_BRACE) {
			const end = this.endOfContainer(i, i + this.splitAbove);
			if (end >= 0) return { value: this.json(i, end), end };
			return first === OPEN_BRACKET ? this.parseArray(i) : this.parseObject(i);
		}
		let end: number;
		if (first === QUOTE) end = this.endOfString(i);
		else {
			end = i;
			while (end < buf.length) {
				const b = buf[end];
				if (b === COMMA || b === CLOSE_BRACKET || b === CLOSE_BRACE || b === COLON || isSpace(b)) break;
				end++;
			}
			if (end === i) throw new JsonBytesError("expected a value", i);
		}
		return { value: this.json(i, end), end };
	}

	private parseArray(start: number): { value: unknown[]; end: number } {
		const out: unknown[] = [];
		let i = this.skipSpace(start + 1);
		if (this.buf[i] === CLOSE_BRACKET) return { value: out, end: i + 1 };
		for (;;) {
			const member = this.parse(i);
			out.push(member.value);
			i = this.skipSpace(member.end);
			const b = this.buf[i];
			if (b === CLOSE_BRACKET) return { value: out, end: i + 1 };
			if (b !== COMMA) throw new JsonBytesError("expected , or ] in an array", i);
			i = this.skipSpace(i + 1);
		}
	}

	private parseObject(start: number): { value: Record<string, unknown>; end: number } {
		const out: Record<string, unknown> = {};
		let i = this.skipSpace(start + 1);
		if (this.buf[i] === CLOSE_BRACE) return { value: out, end: i + 1 };
		for (;;) {
			if (this.buf[i] !== QUOTE) throw new JsonBytesError("expected a member name", i);
			const keyEnd = this.endOfString(i);
			const key: unknown = this.json(i, keyEnd);
			if (typeof key !== "string") throw new JsonBytesError("expected a member name", i);
			i = this.skipSpace(keyEnd);
			if (this.buf[i] !== COLON) throw new JsonBytesError("expected : after a member name", i);
			const member = this.parse(this.skipSpace(i + 1));
			// As JSON.parse does: an own property even for "__proto__", the last of repeated names wins.
			Object.defineProperty(out, key, { value: member.value, writable: true, enumerable: true, configurable: true });
			i = this.skipSpace(member.end);
			const b = this.buf[i];
			if (b === CLOSE_BRACE) return { value: out, end: i + 1 };
			if (b !== COMMA) throw new JsonBytesError("expected , or } in an object", i);
			i = this.skipSpace(i + 1);
		}
	}
}

/**
 * The value of a JSON document given as UTF-8 bytes, as JSON.parse would give it. Documents up
 * to `splitAbove` bytes go to JSON.parse whole.
 */
export function parseJsonBytes(buf: Buffer, splitAbove = SPLIT_ABOVE_BYTES): unknown {
	if (buf.length <= splitAbove) {
		try {
			return JSON.parse(buf.toString("utf8"));
		} catch (err) {
			throw new JsonBytesError((err as Error).message, 0);
		}
	}
	const scanner = new Scanner(buf, splitAbove);
	const { value, end } = scanner.parse(scanner.skipSpace(0));
	const rest = scanner.skipSpace(end);
	if (rest !== buf.length) throw new JsonBytesError("unexpected data after the document", rest);
	return value;
}
