/**
 * Rust v0 symbol mangling (RFC 2603, https://rust-lang.github.io/rfcs/2603-rust-symbol-name-mangling-v0.html),
 * printed as `c++filt` (binutils 2.40) prints it. c++filt runs in verbose mode, so crate roots keep
 * their disambiguator (`core[c1f1a4ba060b9bfa]`) and integer constants their type (`4: usize`).
 */

import { fail, MAX_OUTPUT, MAX_STEPS } from "./limits.js";

const BASIC: Record<string, string> = {
	a: "i8",
	b: "bool",
	c: "char",
	d: "f64",
	e: "str",
	f: "f32",
	h: "u8",
	i: "isize",
	j: "usize",
	l: "i32",
	m: "u32",
	n: "i128",
	o: "u128",
	s: "i16",
	t: "u16",
	u: "()",
	v: "...",
	x: "i64",
	y: "u64",
	z: "!",
	p: "_",
};

const SIGNED = new Set(["a", "s", "l", "x", "n", "i"]);
const UNSIGNED = new Set(["h", "t", "m", "y", "o", "j"]);

const MAX_DEPTH = 256;
const U64 = (1n << 64n) - 1n;

class V0 {
	private i = 2;
	private out = "";
	private skipping = 0;
	private depth = 0;
	/** Backrefs re-parse earlier text, and skipped text prints nothing, so output alone bounds nothing. */
	private steps = 0;
	private boundLifetimes = 0;

	constructor(private readonly s: string) {}

	run(): string {
		if (this.s.length > 2 && this.s.charCodeAt(2) >= 48 && this.s.charCodeAt(2) <= 57) fail();
		this.path(true);
		if (this.i < this.s.length) {
			// The instantiating crate: not printed.
			this.skipping++;
			this.path(false);
			this.skipping--;
		}
		if (this.i !== this.s.length) fail();
		return this.out;
	}

	private peek(): string {
		return this.s[this.i] ?? "";
	}

	private eat(c: string): boolean {
		if (this.s[this.i] === c) {
			this.i++;
			return true;
		}
		return false;
	}

	private next(): string {
		const c = this.s[this.i];
		if (c === undefined) fail();
		this.i++;
		return c;
	}

	private print(t: string): void {
		if (this.skipping > 0) return;
		this.out += t;
		if (this.out.length > MAX_OUTPUT) fail();
	}

	private enter(): void {
		if (++this.depth > MAX_DEPTH || ++this.steps > MAX_STEPS) fail();
	}

	/** `{0-9a-zA-Z} _`, where "_" alone is 0 and digits encode n - 1. */
	private base62(): bigint {
		if (this.eat("_")) return 0n;
		let n = 0n;
		let digits = 0;
		for (;;) {
			const c = this.next();
			if (c === "_") break;
			let d: number;
			if (c >= "0" && c <= "9") d = c.charCodeAt(0) - 48;
			else if (c >= "a" && c <= "z") d = c.charCodeAt(0) - 87;
			else if (c >= "A" && c <= "Z") d = c.charCodeAt(0) - 29;
			else return fail();
			if (++digits > 64) fail();
			n = (n * 62n + BigInt(d)) & U64;
		}
		// c++filt keeps these in 64 bits and lets longer numbers wrap around.
		return (n + 1n) & U64;
	}

	private optBase62(tag: string): bigint {
		return this.eat(tag) ? (this.base62() + 1n) & U64 : 0n;
	}

	private decimal(): number {
		const start = this.i;
		if (this.peek() === "0") {
			this.i++;
			return 0;
		}
		while (this.peek() >= "0" && this.peek() <= "9") this.i++;
		if (this.i === start || this.i - start > 9) fail();
		return Number(this.s.slice(start, this.i));
	}

	private ident(): { name: string; punycode: boolean } {
		const puny = this.eat("u");
		const len = this.decimal();
		this.eat("_");
		if (this.i + len > this.s.length) fail();
		const raw = this.s.slice(this.i, this.i + len);
		this.i += len;
		if (!puny) return { name: raw, punycode: false };
		return { name: decodePunycode(raw), punycode: true };
	}

	private backref(f: () => void): void {
		const start = this.i - 1;
		const offset = this.base62();
		// Like c++filt, text that is not printed does not follow its backrefs (nor check them).
		if (this.skipping > 0) return;
		if (offset > 0xffffffffn) fail();
		const target = Number(offset) + 2;
		if (target >= start) fail();
		const saved = this.i;
		this.i = target;
		try {
			f();
		} finally {
			this.i = saved;
		}
	}

	private path(inValue: boolean): void {
		this.enter();
		try {
			const c = this.next();
			switch (c) {
				case "C": {
					const dis = this.optBase62("s");
					this.print(this.ident().name);
					this.print(`[${dis.toString(16)}]`);
					return;
				}
				case "M":
				case "X": {
					this.optBase62("s");
					this.skipping++;
					this.path(false);
					this.skipping--;
					this.print("<");
					this.type();
					if (c === "X") {
						this.print(" as ");
						this.path(false);
					}
					this.print(">");
					return;
				}
				case "Y": {
					this.print("<");
					this.type();
					this.print(" as ");
					this.path(false);
					this.print(">");
					return;
				}
				case "N": {
					const ns = this.next();
					if (!/[a-zA-Z]/.test(ns)) fail();
					this.path(inValue);
					const dis = this.optBase62("s");
					const { name } = this.ident();
					if (ns >= "A" && ns <= "Z") {
						this.print("::{");
						this.print(ns === "C" ? "closure" : ns === "S" ? "shim" : ns);
						if (name !== "") this.print(`:${name}`);
						this.print(`#${dis}}`);
					} else if (name !== "") {
						this.print(`::${name}`);
					}
					return;
				}
				case "I": {
					this.path(inValue);
					if (inValue) this.print("::");
					this.print("<");
					this.genericArgs();
					this.print(">");
					return;
				}
				case "B":
					this.backref(() => this.path(inValue));
					return;
				default:
					fail();
			}
		} finally {
			this.depth--;
		}
	}

	private genericArgs(): void {
		for (let n = 0; !this.eat("E"); n++) {
			if (n > 0) this.print(", ");
			this.genericArg();
		}
	}

	private genericArg(): void {
		if (this.eat("L")) {
			this.lifetime(this.base62());
		} else if (this.eat("K")) {
			this.constant();
		} else this.type();
	}

	private lifetime(lt: bigint): void {
		if (lt === 0n) {
			this.print("'_");
			return;
		}
		let depth = BigInt(this.boundLifetimes) - lt;
		// c++filt computes this in unsigned 64-bit arithmetic, and prints what wraps around.
		if (depth < 0n) depth += 1n << 64n;
		this.print(depth < 26n ? `'${String.fromCharCode(97 + Number(depth))}` : `'_${depth}`);
	}

	private binder(): number {
		const n = this.optBase62("G");
		if (n === 0n) return 0;
		if (n > 1000n) fail();
		this.print("for<");
		for (let k = 0; k < Number(n); k++) {
			if (k > 0) this.print(", ");
			this.boundLifetimes++;
			this.lifetime(1n);
		}
		this.print("> ");
		return Number(n);
	}

	private type(): void {
		this.enter();
		try {
			this.typeInner();
		} finally {
			this.depth--;
		}
	}

	private typeInner(): void {
		const c = this.next();
		const basic = BASIC[c];
		if (basic !== undefined) {
			this.print(basic);
			return;
		}
		switch (c) {
			case "R":
			case "Q": {
				this.print("&");
				if (this.eat("L")) {
					const lt = this.base62();
					if (lt !== 0n) {
						this.lifetime(lt);
						this.print(" ");
					}
				}
				if (c === "Q") this.print("mut ");
				this.type();
				return;
			}
			case "P":
			case "O":
				this.print(c === "P" ? "*const " : "*mut ");
				this.type();
				return;
			case "A":
				this.print("[");
				this.type();
				this.print("; ");
				this.constant();
				this.print("]");
				return;
			case "S":
				this.print("[");
				this.type();
				this.print("]");
				return;
			case "T": {
				this.print("(");
				let n = 0;
				for (; !this.eat("E"); n++) {
					if (n > 0) this.print(", ");
					this.type();
				}
				if (n === 1) this.print(",");
				this.print(")");
				return;
			}
			case "F": {
				const saved = this.boundLifetimes;
				this.binder();
				if (this.eat("U")) this.print("unsafe ");
				if (this.eat("K")) {
					let abi: string;
					if (this.eat("C")) abi = "C";
					else {
						const id = this.ident();
						if (id.punycode) fail();
						abi = id.name.replaceAll("_", "-");
					}
					this.print(`extern "${abi}" `);
				}
				this.print("fn(");
				for (let n = 0; !this.eat("E"); n++) {
					if (n > 0) this.print(", ");
					this.type();
				}
				this.print(")");
				if (this.eat("u")) {
					// Unit return type: nothing printed.
				} else {
					this.print(" -> ");
					this.type();
				}
				this.boundLifetimes = saved;
				return;
			}
			case "D": {
				this.print("dyn ");
				const saved = this.boundLifetimes;
				this.binder();
				for (let n = 0; !this.eat("E"); n++) {
					if (n > 0) this.print(" + ");
					this.dynTrait();
				}
				this.boundLifetimes = saved;
				if (!this.eat("L")) fail();
				const lt = this.base62();
				if (lt !== 0n) {
					this.print(" + ");
					this.lifetime(lt);
				}
				return;
			}
			case "B":
				this.backref(() => this.type());
				return;
			default:
				this.i--;
				this.path(false);
		}
	}

	private dynTrait(): void {
		const open = this.pathMaybeOpenGenerics();
		let first = !open;
		while (this.eat("p")) {
			this.print(first ? "<" : ", ");
			first = false;
			this.print(this.ident().name);
			this.print(" = ");
			this.type();
		}
		if (!first) this.print(">");
	}

	/** Prints a path; when it ends in generic args, leaves them open for associated-type bindings. */
	private pathMaybeOpenGenerics(): boolean {
		if (this.eat("B")) {
			let open = false;
			this.backref(() => {
				open = this.pathMaybeOpenGenerics();
			});
			return open;
		}
		if (this.eat("I")) {
			this.path(false);
			this.print("<");
			this.genericArgs();
			return true;
		}
		this.path(false);
		return false;
	}

	private constant(): void {
		if (this.eat("B")) {
			this.backref(() => this.constant());
			return;
		}
		const t = this.next();
		if (t === "p") {
			this.print("_");
			return;
		}
		const neg = this.eat("n");
		const start = this.i;
		while (/[0-9a-f]/.test(this.peek())) this.i++;
		const hex = this.s.slice(start, this.i);
		if (!this.eat("_")) fail();
		if (!UNSIGNED.has(t) && !SIGNED.has(t) && t !== "b" && t !== "c") fail();
		if (neg && !SIGNED.has(t)) fail();
		// c++filt prints values wider than 64 bits as their raw text after the first digit, "_" included.
		if (hex.length > 16) {
			this.print(`${neg ? "-" : ""}0x${hex.slice(1)}_: ${BASIC[t]}`);
			return;
		}
		const v = hex === "" ? 0n : BigInt(`0x${hex}`);
		if (UNSIGNED.has(t) || SIGNED.has(t)) {
			this.print(`${neg ? "-" : ""}${v}: ${BASIC[t]}`);
		} else if (t === "b") {
			if (neg || v > 1n) fail();
			this.print(v === 1n ? "true: bool" : "false: bool");
		} else {
			this.print(`${quoteChar(v)}: char`);
		}
	}
}

/** As c++filt quotes it: printable ASCII as is, else an escape (even for a quote or backslash). */
function quoteChar(cp: bigint): string {
	if (cp === 9n) return "'\\t'";
	if (cp === 13n) return "'\\r'";
	if (cp === 10n) return "'\\n'";
	if (cp > 0x20n && cp < 0x7en) return `'${String.fromCharCode(Number(cp))}'`;
	return `'\\u{${cp.toString(16)}}'`;
}

/** RFC 3492 punycode, with "_" instead of "-" as the delimiter as v0 mangling specifies. */
function decodePunycode(raw: string): string {
	const delim = raw.lastIndexOf("_");
	const output: number[] = [];
	if (delim > 0) {
		for (const ch of raw.slice(0, delim)) output.push(ch.charCodeAt(0));
	}
	let rest = delim >= 0 ? raw.slice(delim + 1) : raw;
	if (delim === 0) rest = raw.slice(1);
	let n = 128;
	let bias = 72;
	let i = 0;
	let pos = 0;
	const digit = (c: string): number => {
		if (c >= "a" && c <= "z") return c.charCodeAt(0) - 97;
		if (c >= "0" && c <= "9") return c.charCodeAt(0) - 22;
		return fail();
	};
	while (pos < rest.length) {
		const oldi = i;
		let w = 1;
		for (let k = 36; ; k += 36) {
			const ch = rest[pos++];
			if (ch === undefined) fail();
			const d = digit(ch);
			i += d * w;
			const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
			if (d < t) break;
			w *= 36 - t;
			if (i > 0x10ffff * 64 || w > 0x7fffffff) fail();
		}
		const len = output.length + 1;
		let delta = i - oldi;
		delta = oldi === 0 ? Math.floor(delta / 700) : delta >> 1;
		delta += Math.floor(delta / len);
		let k = 0;
		while (delta > 455) {
			delta = Math.floor(delta / 35);
			k += 36;
		}
		bias = k + Math.floor((36 * delta) / (delta + 38));
		n += Math.floor(i / len);
		i %= len;
		if (n > 0x10ffff || output.length > 4096) fail();
		output.splice(i, 0, n);
		i++;
	}
	return String.fromCodePoint(...output);
}

/** Demangles a Rust v0 `_R` symbol, or returns null when it cannot be parsed. */
export function demangleRustV0(symbol: string): string | null {
	// Suffixes such as ".llvm.1234" are not part of the mangled path; c++filt drops them.
	const dot = symbol.indexOf(".");
	const core = dot >= 0 ? symbol.slice(0, dot) : symbol;
	if (!/^_R[0-9A-Za-z_]+$/.test(core)) return null;
	try {
		return new V0(core).run();
	} catch {
		return null;
	}
}
