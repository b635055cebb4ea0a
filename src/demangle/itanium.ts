/**
 * Itanium C++ ABI demangler (https://itanium-cxx-abi.github.io/cxx-abi/abi.html#mangling), written
 * to print exactly what binutils' `c++filt` prints, since that is what users compare us against.
 * Parsing builds a small tree; printing walks it. Both are bounded (depth, steps, output length)
 * because substitutions turn the tree into a DAG whose printed size can grow exponentially.
 */

import { type Budget, BudgetExceeded, fail, MAX_STEPS, newBudget } from "./limits.js";

type Node =
	| { k: "name"; s: string }
	| { k: "std"; full: string; last: string }
	| { k: "nested"; prefix: Node; name: Node }
	| { k: "template"; name: Node; args: Node[] }
	| { k: "abi"; base: Node; tag: string }
	| { k: "ctor"; name: Node; dtor: boolean }
	| { k: "op"; s: string }
	| { k: "conv"; type: Node }
	| { k: "local"; enc: Node; entity: Node }
	| { k: "lambda"; params: Node[]; n: number }
	| { k: "special"; prefix: string; target: Node }
	| { k: "ctorvt"; a: Node; b: Node }
	| { k: "qual"; inner: Node; q: string }
	| { k: "ptr" | "lref" | "rref"; inner: Node }
	| { k: "postfix"; inner: Node; s: string }
	| { k: "fn"; ret: Node | null; params: Node[]; q: string; spec: Node | null }
	| { k: "text"; parts: (string | Node)[] }
	| { k: "vector"; inner: Node; dim: string | Node }
	| { k: "encoding"; name: Node; ret: Node | null; params: Node[]; q: string }
	| { k: "array"; dim: string | Node; inner: Node }
	| { k: "ptrmem"; cls: Node; mem: Node }
	| { k: "tparam"; idx: number }
	| { k: "pack"; pattern: Node }
	| { k: "argpack"; args: Node[] }
	| { k: "vendorq"; inner: Node; q: string }
	| { k: "clone"; inner: Node; suffix: string }
	| { k: "expr"; e: Expr };

type Expr =
	| { t: "prim"; s: string }
	| { t: "unary"; op: string; a: Node }
	| { t: "binary"; op: string; a: Node; b: Node }
	| { t: "trinary"; a: Node; b: Node; c: Node }
	| { t: "call"; f: Node; args: Node[] }
	| { t: "cast"; type: Node; args: Node[]; single: boolean }
	| { t: "named_cast"; op: string; type: Node; a: Node }
	| { t: "prefix"; s: string; a: Node; paren: boolean }
	| { t: "member"; a: Node; op: string; b: Node }
	| { t: "suffix"; a: Node; s: string }
	| { t: "literal"; type: Node | null; text: string; cast: boolean }
	| { t: "braced"; type: Node | null; args: Node[] }
	| { t: "index"; a: Node; b: Node }
	| { t: "global"; a: Node }
	| { t: "new"; array: boolean; placement: Node[]; type: Node; init: Node[] | null };

const MAX_DEPTH = 256;

const BUILTIN: Record<string, string> = {
	v: "void",
	w: "wchar_t",
	b: "bool",
	c: "char",
	a: "signed char",
	h: "unsigned char",
	s: "short",
	t: "unsigned short",
	i: "int",
	j: "unsigned int",
	l: "long",
	m: "unsigned long",
	x: "long long",
	y: "unsigned long long",
	n: "__int128",
	o: "unsigned __int128",
	f: "float",
	d: "double",
	e: "long double",
	g: "__float128",
	z: "...",
};

const BUILTIN_D: Record<string, string> = {
	d: "decimal64",
	e: "decimal128",
	f: "decimal32",
	h: "half",
	i: "char32_t",
	s: "char16_t",
	u: "char8_t",
	a: "auto",
	c: "decltype(auto)",
	n: "decltype(nullptr)",
};

/** Literal suffixes c++filt uses instead of a `(type)` cast. */
const LITERAL_SUFFIX: Record<string, string> = {
	int: "",
	"unsigned int": "u",
	long: "l",
	"unsigned long": "ul",
	"long long": "ll",
	"unsigned long long": "ull",
};

// [printed name, arity]; arity drives expression parsing.
const OPERATORS: Record<string, [string, number]> = {
	nw: ["new", 3],
	na: ["new[]", 3],
	dl: ["delete", 1],
	da: ["delete[]", 1],
	ps: ["+", 1],
	ng: ["-", 1],
	ad: ["&", 1],
	de: ["*", 1],
	co: ["~", 1],
	pl: ["+", 2],
	mi: ["-", 2],
	ml: ["*", 2],
	dv: ["/", 2],
	rm: ["%", 2],
	an: ["&", 2],
	or: ["|", 2],
	eo: ["^", 2],
	aS: ["=", 2],
	pL: ["+=", 2],
	mI: ["-=", 2],
	mL: ["*=", 2],
	dV: ["/=", 2],
	rM: ["%=", 2],
	aN: ["&=", 2],
	oR: ["|=", 2],
	eO: ["^=", 2],
	ls: ["<<", 2],
	rs: [">>", 2],
	lS: ["<<=", 2],
	rS: [">>=", 2],
	eq: ["==", 2],
	ne: ["!=", 2],
	lt: ["<", 2],
	gt: [">", 2],
	le: ["<=", 2],
	ge: [">=", 2],
	ss: ["<=>", 2],
	nt: ["!", 1],
	aa: ["&&", 2],
	oo: ["||", 2],
	pp: ["++", 1],
	mm: ["--", 1],
	cm: [",", 2],
	pm: ["->*", 2],
	pt: ["->", 2],
	cl: ["()", 2],
	ix: ["[]", 2],
	qu: ["?", 3],
	st: ["sizeof ", 1],
	sz: ["sizeof ", 1],
	at: ["alignof ", 1],
	az: ["alignof ", 1],
	aw: ["co_await", 1],
	dt: [".", 2],
	gs: ["::", 1],
	tw: ["throw ", 1],
	tr: ["throw", 0],
	ds: [".*", 2],
};

const STD_ABBREV: Record<string, { full: string; last: string }> = {
	a: { full: "std::allocator", last: "allocator" },
	b: { full: "std::basic_string", last: "basic_string" },
	s: {
		full: "std::basic_string<char, std::char_traits<char>, std::allocator<char> >",
		last: "basic_string",
	},
	i: { full: "std::basic_istream<char, std::char_traits<char> >", last: "basic_istream" },
	o: { full: "std::basic_ostream<char, std::char_traits<char> >", last: "basic_ostream" },
	d: { full: "std::basic_iostream<char, std::char_traits<char> >", last: "basic_iostream" },
};

const isDigit = (c: string) => c >= "0" && c <= "9";
const isLower = (c: string) => c >= "a" && c <= "z";
const isUpper = (c: string) => c >= "A" && c <= "Z";

class Parser {
	private i = 0;
	private depth = 0;
	private steps = 0;
	private readonly subs: Node[] = [];
	/** Set while parsing a conversion operator's type: its `T_` may name arguments that follow it. */
	private inConversion = false;
	/** cv/ref qualifiers of the last nested name, for the member function that owns it. */
	private nameQuals = "";
	/** The last source name read outside template arguments: what constructors are named after. */
	private lastName: Node | null = null;

	/** Whether `sr` was read the current way, so that a failure is retried the old way. */
	usedNewSr = false;

	constructor(
		private readonly s: string,
		/** `sr1A1x` meant A::x before GCC 4.9; now that is `sr1AE1x`. */
		private readonly oldSr: boolean,
	) {}

	private peek(o = 0): string {
		return this.s[this.i + o] ?? "";
	}

	private eat(c: string): boolean {
		if (this.s.startsWith(c, this.i)) {
			this.i += c.length;
			return true;
		}
		return false;
	}

	private expect(c: string): void {
		if (!this.eat(c)) fail();
	}

	private enter(): void {
		// Steps too: the look-ahead in conversion operators may parse some text twice per level.
		if (++this.depth > MAX_DEPTH || ++this.steps > MAX_STEPS) fail();
	}

	mangled(): Node {
		this.expect("_Z");
		let node = this.encoding();
		// GCC appends clone suffixes (".isra.0", ".cold", ".constprop.0") to optimised copies.
		while (this.peek() === "." && /[a-z_0-9]/.test(this.peek(1))) {
			const start = this.i;
			this.i++;
			while (/[a-z_0-9]/.test(this.peek())) this.i++;
			while (this.peek() === "." && isDigit(this.peek(1))) {
				this.i++;
				while (isDigit(this.peek())) this.i++;
			}
			node = { k: "clone", inner: node, suffix: this.s.slice(start, this.i) };
		}
		if (this.i !== this.s.length) fail();
		return node;
	}

	/** The `_Z…` name in `_GLOBAL__I_…`; c++filt ignores whatever follows its encoding. */
	keyedEncoding(): Node {
		this.expect("_Z");
		return this.encoding();
	}

	private encoding(): Node {
		this.enter();
		try {
			const c = this.peek();
			if (c === "T" || (c === "G" && "VRATr".includes(this.peek(1)))) return this.specialName();
			const name = this.name();
			const quals = this.nameQuals;
			this.nameQuals = "";
			const next = this.peek();
			if (next === "" || next === "E" || next === ".") {
				return quals === "" ? name : { k: "text", parts: [name, quals] };
			}
			let ret: Node | null = null;
			if (hasReturnType(name)) ret = this.type();
			const params = this.bareParams();
			return { k: "encoding", name, ret, params, q: quals };
		} finally {
			this.depth--;
		}
	}

	private bareParams(): Node[] {
		const params: Node[] = [];
		while (this.i < this.s.length && this.peek() !== "E" && this.peek() !== ".") {
			params.push(this.type());
		}
		if (params.length === 0) fail();
		if (params.length === 1 && isVoid(params[0] as Node)) return [];
		return params;
	}

	private specialName(): Node {
		const two = this.s.slice(this.i, this.i + 2);
		const simple: Record<string, string> = {
			TV: "vtable for ",
			TT: "VTT for ",
			TI: "typeinfo for ",
			TS: "typeinfo name for ",
			TF: "typeinfo fn for ",
			TJ: "java Class for ",
		};
		const p = simple[two];
		if (p !== undefined) {
			this.i += 2;
			return { k: "special", prefix: p, target: this.type() };
		}
		if (two === "Th" || two === "Tv" || two === "Tc") {
			this.i += two === "Tc" ? 2 : 1;
			if (two === "Tc") {
				this.callOffset();
				this.callOffset();
				return { k: "special", prefix: "covariant return thunk to ", target: this.encoding() };
			}
			this.callOffset();
			const prefix = two === "Th" ? "non-virtual thunk to " : "virtual thunk to ";
			return { k: "special", prefix, target: this.encoding() };
		}
		if (two === "TC") {
			this.i += 2;
			const a = this.type();
			this.number();
			this.expect("_");
			const b = this.type();
			return { k: "ctorvt", a, b };
		}
		if (two === "TH" || two === "TW") {
			this.i += 2;
			const prefix = two === "TH" ? "TLS init function for " : "TLS wrapper function for ";
			return { k: "special", prefix, target: this.name() };
		}
		if (two === "TA") {
			this.i += 2;
			return { k: "special", prefix: "template parameter object for ", target: this.templateArg() };
		}
		if (two === "GV") {
			this.i += 2;
			return { k: "special", prefix: "guard variable for ", target: this.name() };
		}
		if (two === "GR") {
			this.i += 2;
			// c++filt reads a decimal number after the name, not the ABI's `[<seq-id>] _`.
			const target = this.name();
			const n = isDigit(this.peek()) || this.peek() === "n" ? this.number() : 0;
			return { k: "special", prefix: `reference temporary #${n} for `, target };
		}
		if (two === "GA") {
			this.i += 2;
			return { k: "special", prefix: "hidden alias for ", target: this.encoding() };
		}
		if (this.eat("GTt")) return { k: "special", prefix: "transaction clone for ", target: this.encoding() };
		if (this.eat("GTn")) return { k: "special", prefix: "non-transaction clone for ", target: this.encoding() };
		if (this.eat("Gr")) {
			const len = this.number();
			const s = this.s.slice(this.i, this.i + len);
			this.i += len;
			return { k: "name", s: `java resource ${s}` };
		}
		return fail();
	}

	private callOffset(): void {
		if (this.eat("h")) {
			this.number();
			this.expect("_");
		} else if (this.eat("v")) {
			this.number();
			this.expect("_");
			this.number();
			this.expect("_");
		} else fail();
	}

	private number(): number {
		const neg = this.eat("n");
		const start = this.i;
		while (isDigit(this.peek())) this.i++;
		if (this.i === start || this.i - start > 9) fail();
		const n = Number(this.s.slice(start, this.i));
		return neg ? -n : n;
	}

	/** Base-36 sequence id of `S<id>_`, `T<id>_`. */
	private seqId(): number {
		let n = 0;
		let digits = 0;
		for (;;) {
			const c = this.peek();
			if (isDigit(c)) n = n * 36 + (c.charCodeAt(0) - 48);
			else if (isUpper(c)) n = n * 36 + (c.charCodeAt(0) - 55);
			else break;
			this.i++;
			if (++digits > 6) fail();
		}
		if (digits === 0) fail();
		return n;
	}

	private name(): Node {
		this.enter();
		try {
			const c = this.peek();
			if (c === "N") return this.nestedName();
			if (c === "Z") return this.localName();
			let node: Node;
			if (c === "S") {
				if (this.peek(1) === "t") {
					this.i += 2;
					node = { k: "nested", prefix: { k: "name", s: "std" }, name: this.unqualifiedName() };
				} else {
					node = this.substitution();
					if (this.peek() !== "I") return node;
					return { k: "template", name: node, args: this.templateArgs() };
				}
			} else {
				node = this.unqualifiedName();
			}
			if (this.peek() === "I") {
				this.subs.push(node);
				return { k: "template", name: node, args: this.templateArgs() };
			}
			return node;
		} finally {
			this.depth--;
		}
	}

	private nestedName(): Node {
		this.expect("N");
		let q = this.cvQuals();
		if (this.eat("R")) q += " &";
		else if (this.eat("O")) q += " &&";
		let node: Node | null = null;
		let bareSubstitution = false;
		while (!this.eat("E")) {
			const c = this.peek();
			if (c === "") fail();
			bareSubstitution = false;
			if (c === "S" && this.peek(1) === "t") {
				if (node !== null) fail();
				this.i += 2;
				const name = this.unqualifiedName();
				node = { k: "nested", prefix: node ?? { k: "name", s: "std" }, name };
			} else if (c === "S") {
				if (node !== null) fail();
				node = this.substitution();
				bareSubstitution = true;
				continue;
			} else if (c === "T") {
				if (node !== null) fail();
				node = this.templateParam();
			} else if (c === "D" && (this.peek(1) === "t" || this.peek(1) === "T")) {
				if (node !== null) fail();
				node = this.decltype();
			} else if (c === "I") {
				if (node === null) fail();
				node = { k: "template", name: node, args: this.templateArgs() };
			} else if (c === "M") {
				// A closure's data-member prefix adds nothing to the printed name.
				this.i++;
				continue;
			} else {
				const name = this.unqualifiedName();
				node = node === null ? name : { k: "nested", prefix: node, name };
			}
			if (this.peek() !== "E") this.subs.push(node);
		}
		// A nested name is more than a substitution: `NS_E` is invalid, as c++filt agrees.
		if (node === null || bareSubstitution) fail();
		this.nameQuals = q;
		return node;
	}

	private localName(): Node {
		this.expect("Z");
		let enc = this.encoding();
		// c++filt never prints the return type of the function that encloses a local entity.
		if (enc.k === "encoding") enc = { ...enc, ret: null };
		this.expect("E");
		if (this.eat("s")) {
			this.discriminator();
			return { k: "local", enc, entity: { k: "name", s: "string literal" } };
		}
		let entity: Node;
		if (this.eat("d")) {
			const n = this.peek() === "_" ? 1 : this.number() + 2;
			this.expect("_");
			const inner = this.name();
			entity = { k: "nested", prefix: { k: "name", s: `{default arg#${n}}` }, name: inner };
		} else entity = this.name();
		this.discriminator();
		return { k: "local", enc, entity };
	}

	/** `_ <digit>` or `__ <number> _`; read as c++filt does, which also takes a bare "_". */
	private discriminator(): void {
		if (!this.eat("_")) return;
		const two = this.eat("_");
		let n = 0;
		if (isDigit(this.peek())) n = this.number();
		if (two && n >= 10) this.expect("_");
	}

	/** `[r] [V] [K]`; c++filt takes them in any order and prints them in reverse. */
	private cvQuals(): string {
		let q = "";
		for (;;) {
			const c = this.peek();
			const word = c === "r" ? " restrict" : c === "V" ? " volatile" : c === "K" ? " const" : "";
			if (word === "") return q;
			if (!q.includes(word)) q = word + q;
			this.i++;
		}
	}

	private unqualifiedName(): Node {
		const c = this.peek();
		let node: Node;
		if (isDigit(c)) node = this.sourceName();
		else if (isLower(c)) node = this.operatorName();
		else if (c === "C" || (c === "D" && "012345".includes(this.peek(1)))) {
			if (this.lastName === null) fail();
			if (c === "C") {
				this.i++;
				if (this.eat("I")) {
					// Inheriting constructor: c++filt names it after the base class it comes from.
					if (!"12345".includes(this.peek()) || this.peek() === "") fail();
					this.i++;
					this.type();
					if (this.lastName === null) fail();
					return this.abiTags({ k: "ctor", name: this.lastName, dtor: false });
				} else if ("12345".includes(this.peek()) && this.peek() !== "") this.i++;
				else fail();
			} else this.i += 2;
			// Named after the last source name read, as c++filt does, whatever the prefix ends with.
			node = { k: "ctor", name: this.lastName, dtor: c === "D" };
		} else if (c === "U") node = this.unnamedTypeName();
		else if (c === "L") {
			this.i++;
			node = this.sourceName();
			this.discriminator();
		} else if (c === "D" && this.peek(1) === "C") {
			this.i += 2;
			const names: string[] = [];
			while (!this.eat("E")) names.push(printNode(this.sourceName(), newBudget()));
			node = { k: "name", s: `[${names.join(", ")}]` };
		} else return fail();
		return this.abiTags(node);
	}

	private abiTags(name: Node): Node {
		let node = name;
		const last = this.lastName;
		while (this.peek() === "B") {
			this.i++;
			const tag = this.sourceName();
			if (tag.k !== "name") fail();
			node = { k: "abi", base: node, tag: tag.s };
		}
		this.lastName = last;
		return node;
	}

	private sourceName(): Node {
		const len = this.number();
		if (len <= 0 || this.i + len > this.s.length) fail();
		const id = this.s.slice(this.i, this.i + len);
		this.i += len;
		// GCC names anonymous namespaces "_GLOBAL__N_1" (or with '.'/'$' instead of the middle '_').
		const node: Node = { k: "name", s: /^_GLOBAL_[._$]N/.test(id) ? "(anonymous namespace)" : id };
		this.lastName = node;
		return node;
	}

	private unnamedTypeName(): Node {
		if (this.eat("Ut")) {
			const n = this.peek() === "_" ? 1 : this.number() + 2;
			this.expect("_");
			return { k: "name", s: `{unnamed type#${n}}` };
		}
		if (this.eat("Ul")) {
			const params: Node[] = [];
			while (this.peek() !== "E") params.push(this.type());
			this.i++;
			if (params.length === 0) fail();
			const n = this.peek() === "_" ? 1 : this.number() + 2;
			this.expect("_");
			return { k: "lambda", params: params.length === 1 && isVoid(params[0] as Node) ? [] : params, n };
		}
		return fail();
	}

	private operatorName(): Node {
		const two = this.s.slice(this.i, this.i + 2);
		if (two === "cv") {
			this.i += 2;
			const saved = this.inConversion;
			this.inConversion = true;
			try {
				return { k: "conv", type: this.type() };
			} finally {
				this.inConversion = saved;
			}
		}
		if (two === "li") {
			this.i += 2;
			const n = this.sourceName();
			return { k: "op", s: `operator"" ${printNode(n, newBudget())}` };
		}
		if (two[0] === "v" && isDigit(two[1] ?? "")) {
			this.i += 2;
			const n = this.sourceName();
			return { k: "op", s: `operator ${printNode(n, newBudget())}` };
		}
		// c++filt takes any operator code here, even ones only meaningful in expressions.
		const op = OPERATORS[two];
		if (op === undefined) return fail();
		this.i += 2;
		const sym = op[0].trimEnd();
		return { k: "op", s: isLower(sym[0] ?? "") ? `operator ${sym}` : `operator${sym}` };
	}

	private substitution(): Node {
		this.expect("S");
		const c = this.peek();
		const abbrev = STD_ABBREV[c];
		if (abbrev !== undefined) {
			this.i++;
			this.lastName = { k: "name", s: abbrev.last };
			return { k: "std", full: abbrev.full, last: abbrev.last };
		}
		let idx = 0;
		if (c !== "_") idx = this.seqId() + 1;
		this.expect("_");
		const node = this.subs[idx];
		if (node === undefined) fail();
		return node;
	}

	private templateParam(): Node {
		this.expect("T");
		let idx = 0;
		if (this.peek() !== "_") idx = this.number() + 1;
		this.expect("_");
		if (idx < 0) fail();
		return { k: "tparam", idx };
	}

	private templateArgs(): Node[] {
		this.enter();
		try {
			this.expect("I");
			const args: Node[] = [];
			const last = this.lastName;
			while (!this.eat("E")) {
				if (this.i >= this.s.length) fail();
				args.push(this.templateArg());
			}
			this.lastName = last;
			return args;
		} finally {
			this.depth--;
		}
	}

	private templateArg(): Node {
		const c = this.peek();
		if (c === "X") {
			this.i++;
			const e = this.expression();
			this.expect("E");
			return e;
		}
		if (c === "L") return this.exprPrimary();
		// `I…E` is how GCC before 4.5 wrote an argument pack; c++filt still reads it.
		if (c === "J" || c === "I") {
			this.i++;
			const args: Node[] = [];
			while (!this.eat("E")) {
				if (this.i >= this.s.length) fail();
				args.push(this.templateArg());
			}
			return { k: "argpack", args };
		}
		return this.type();
	}

	private decltype(): Node {
		this.expect("D");
		if (!this.eat("t") && !this.eat("T")) fail();
		const e = this.expression();
		this.expect("E");
		return { k: "expr", e: { t: "prefix", s: "decltype ", a: e, paren: true } };
	}

	type(): Node {
		this.enter();
		try {
			return this.typeInner();
		} finally {
			this.depth--;
		}
	}

	private typeInner(): Node {
		const c = this.peek();
		const builtin = BUILTIN[c];
		if (builtin !== undefined) {
			this.i++;
			return { k: "name", s: builtin };
		}
		let node: Node;
		switch (c) {
			case "u": {
				this.i++;
				node = this.sourceName();
				break;
			}
			case "r":
			case "V":
			case "K": {
				const q = this.cvQuals();
				const inner = this.type();
				if (inner.k === "fn") {
					// c++filt keeps one substitution for a qualified function type, not two.
					node = { ...inner, q: q + inner.q };
					this.subs[this.subs.length - 1] = node;
					return node;
				}
				node = { k: "qual", inner, q };
				break;
			}
			case "P":
			case "R":
			case "O": {
				this.i++;
				const inner = this.type();
				node = { k: c === "P" ? "ptr" : c === "R" ? "lref" : "rref", inner };
				break;
			}
			case "C":
			case "G": {
				this.i++;
				node = { k: "postfix", inner: this.type(), s: c === "C" ? " _Complex" : " _Imaginary" };
				break;
			}
			case "F":
				node = this.functionType(null);
				break;
			case "A":
				node = this.arrayType();
				break;
			case "M": {
				this.i++;
				const cls = this.type();
				const mem = this.type();
				node = { k: "ptrmem", cls, mem };
				break;
			}
			case "T": {
				const e = this.peek(1);
				if (e === "s" || e === "u" || e === "e") {
					this.i += 2;
					const kw = e === "s" ? "struct " : e === "u" ? "union " : "enum ";
					node = { k: "text", parts: [kw, this.name()] };
					break;
				}
				node = this.templateParam();
				if (this.peek() === "I") {
					if (!this.inConversion) {
						this.subs.push(node);
						node = { k: "template", name: node, args: this.templateArgs() };
					} else {
						// In `cv T_ I…E`, the arguments belong to the conversion operator unless a second
						// list follows: then `T_` is a template template parameter. c++filt looks ahead.
						const at = this.i;
						const subs = this.subs.length;
						const args = this.templateArgs();
						if (this.peek() === "I") {
							this.subs.push(node);
							node = { k: "template", name: node, args };
						} else {
							this.i = at;
							this.subs.length = subs;
						}
					}
				}
				break;
			}
			case "D":
				return this.dType();
			case "S": {
				const e = this.peek(1);
				if (e === "t") {
					node = this.name();
					break;
				}
				node = this.substitution();
				if (this.peek() === "I") {
					node = { k: "template", name: node, args: this.templateArgs() };
					break;
				}
				return node;
			}
			case "U": {
				this.i++;
				const q = this.sourceName();
				if (q.k !== "name") fail();
				let qs = q.s;
				if (this.peek() === "I") {
					const args = this.templateArgs();
					qs += printArgs(args, newBudget());
				}
				const inner = this.type();
				node = { k: "vendorq", inner, q: qs };
				break;
			}
			default:
				// "L" starts an internal-linkage name, which c++filt accepts as a class type too.
				if (c === "N" || c === "Z" || c === "L" || isDigit(c)) {
					node = this.name();
					// Qualifiers inside `N…E` qualify the type itself here, not a `this`.
					if (this.nameQuals !== "") {
						node = { k: "qual", inner: node, q: this.nameQuals };
						this.nameQuals = "";
					}
					break;
				}
				return fail();
		}
		this.subs.push(node);
		return node;
	}

	private dType(): Node {
		const e = this.peek(1);
		const b = BUILTIN_D[e];
		if (b !== undefined) {
			this.i += 2;
			return { k: "name", s: b };
		}
		let node: Node;
		if (e === "F") {
			this.i += 2;
			const n = this.number();
			const x = this.eat("x");
			if (!x) this.expect("_");
			return { k: "name", s: `_Float${n}${x ? "x" : ""}` };
		}
		if (e === "p") {
			this.i += 2;
			node = { k: "pack", pattern: this.type() };
		} else if (e === "t" || e === "T") {
			node = this.decltype();
		} else if (e === "v") {
			this.i += 2;
			let dim: string | Node;
			if (this.eat("_")) dim = this.expression();
			else dim = String(this.number());
			this.expect("_");
			node = { k: "vector", inner: this.type(), dim };
		} else if (e === "o" || e === "O" || e === "w" || e === "x") {
			// Exception specifications belong to the function type that follows.
			this.i += 2;
			const parts: (string | Node)[] = [];
			if (e === "o") parts.push(" noexcept");
			else if (e === "O") {
				parts.push(" noexcept(", this.expression(), ")");
				this.expect("E");
			} else if (e === "w") {
				parts.push(" throw(");
				for (let n = 0; !this.eat("E"); n++) {
					if (this.i >= this.s.length) fail();
					if (n > 0) parts.push(", ");
					parts.push(this.type());
				}
				parts.push(")");
			} else parts.push(" transaction_safe");
			if (this.peek() !== "F") fail();
			node = this.functionType({ k: "text", parts });
		} else return fail();
		this.subs.push(node);
		return node;
	}

	private functionType(spec: Node | null): Node {
		this.expect("F");
		this.eat("Y");
		const ret = this.type();
		const params: Node[] = [];
		let q = "";
		for (;;) {
			if (this.eat("E")) break;
			if (this.peek() === "R" && this.peek(1) === "E") {
				this.i += 2;
				q = " &";
				break;
			}
			if (this.peek() === "O" && this.peek(1) === "E") {
				this.i += 2;
				q = " &&";
				break;
			}
			if (this.i >= this.s.length) fail();
			params.push(this.type());
		}
		// c++filt requires a parameter list, if only "v".
		if (params.length === 0) fail();
		const ps = params.length === 1 && isVoid(params[0] as Node) ? [] : params;
		return { k: "fn", ret, params: ps, q, spec };
	}

	private arrayType(): Node {
		this.expect("A");
		let dim: string | Node = "";
		if (isDigit(this.peek())) dim = String(this.number());
		else if (this.peek() !== "_") dim = this.expression();
		this.expect("_");
		return { k: "array", dim, inner: this.type() };
	}

	private exprPrimary(): Node {
		this.expect("L");
		if (this.peek() === "Z" || (this.peek() === "_" && this.peek(1) === "Z")) {
			this.i += this.peek() === "Z" ? 1 : 2;
			const enc = this.encoding();
			this.expect("E");
			return enc;
		}
		const type = this.type();
		const start = this.i;
		while (this.peek() !== "E") {
			if (this.i >= this.s.length) fail();
			this.i++;
		}
		let text = this.s.slice(start, this.i);
		this.i++;
		if (text === "") {
			if (type.k === "name" && type.s === "decltype(nullptr)") return type;
			fail();
		}
		if (text.startsWith("n")) text = `-${text.slice(1)}`;
		if (type.k === "name") {
			if (type.s === "bool" && (text === "0" || text === "1")) {
				return { k: "expr", e: { t: "prim", s: text === "0" ? "false" : "true" } };
			}
			const suffix = LITERAL_SUFFIX[type.s];
			if (suffix !== undefined) return { k: "expr", e: { t: "literal", type: null, text: text + suffix, cast: false } };
			if (type.s === "float" || type.s === "double" || type.s === "long double") text = `[${text}]`;
		}
		return { k: "expr", e: { t: "literal", type, text, cast: true } };
	}

	private expression(): Node {
		this.enter();
		try {
			return this.expressionInner();
		} finally {
			this.depth--;
		}
	}

	private exprList(end: string): Node[] {
		const out: Node[] = [];
		while (!this.eat(end)) {
			if (this.i >= this.s.length) fail();
			out.push(this.expression());
		}
		return out;
	}

	private expressionInner(): Node {
		const c = this.peek();
		const two = this.s.slice(this.i, this.i + 2);
		if (c === "L") return this.exprPrimary();
		if (c === "T") return this.templateParam();
		if (two === "fp") {
			this.i += 2;
			if (this.eat("T")) return ex({ t: "prim", s: "this" });
			let n = 1;
			if (this.peek() !== "_") n = this.number() + 2;
			this.expect("_");
			return ex({ t: "prim", s: `{parm#${n}}` });
		}
		if (two === "sr") {
			this.i += 2;
			let scope: Node;
			if (this.eat("N")) {
				scope = this.type();
				while (!this.eat("E")) scope = { k: "nested", prefix: scope, name: this.simpleId() };
			} else if (isDigit(this.peek()) && !this.oldSr) {
				this.usedNewSr = true;
				scope = this.simpleId();
				while (!this.eat("E")) scope = { k: "nested", prefix: scope, name: this.simpleId() };
			} else scope = this.type();
			return { k: "nested", prefix: scope, name: this.baseUnresolved() };
		}
		if (two === "st" || two === "at") {
			this.i += 2;
			return ex({ t: "prefix", s: two === "st" ? "sizeof " : "alignof ", a: this.type(), paren: true });
		}
		if (two === "sz" || two === "az") {
			this.i += 2;
			return ex({ t: "prefix", s: two === "sz" ? "sizeof " : "alignof ", a: this.expression(), paren: false });
		}
		if (two === "sp") {
			this.i += 2;
			return ex({ t: "suffix", a: this.expression(), s: "..." });
		}
		if (two === "sZ") {
			this.i += 2;
			const a = this.peek() === "T" ? this.templateParam() : this.expression();
			return ex({ t: "prefix", s: "sizeof...", a, paren: true });
		}
		if (two === "tw") {
			this.i += 2;
			return ex({ t: "prefix", s: "throw ", a: this.expression(), paren: false });
		}
		if (two === "tr") {
			this.i += 2;
			return ex({ t: "prim", s: "throw" });
		}
		if (two === "cl") {
			this.i += 2;
			const f = this.expression();
			return ex({ t: "call", f, args: this.exprList("E") });
		}
		if (two === "cv") {
			this.i += 2;
			const type = this.type();
			if (this.eat("_")) return ex({ t: "cast", type, args: this.exprList("E"), single: false });
			return ex({ t: "cast", type, args: [this.expression()], single: true });
		}
		if (two === "tl") {
			this.i += 2;
			const type = this.type();
			return ex({ t: "braced", type, args: this.exprList("E") });
		}
		if (two === "il") {
			this.i += 2;
			return ex({ t: "braced", type: null, args: this.exprList("E") });
		}
		if (two === "dc" || two === "sc" || two === "cc" || two === "rc") {
			this.i += 2;
			const op = { dc: "dynamic_cast", sc: "static_cast", cc: "const_cast", rc: "reinterpret_cast" }[two];
			const type = this.type();
			return ex({ t: "named_cast", op, type, a: this.expression() });
		}
		if (two === "dt" || two === "pt") {
			this.i += 2;
			const a = this.expression();
			const b = this.unresolvedName();
			return ex({ t: "member", a, op: two === "dt" ? "." : "->", b });
		}
		if (two === "ds") {
			this.i += 2;
			const a = this.expression();
			return ex({ t: "member", a, op: ".*", b: this.expression() });
		}
		if (two === "on") {
			this.i += 2;
			return this.unresolvedName();
		}
		if (two === "gs") {
			this.i += 2;
			return ex({ t: "global", a: this.expression() });
		}
		if (two === "nw" || two === "na") {
			this.i += 2;
			const placement = this.exprList("_");
			const type = this.type();
			let init: Node[] | null = null;
			if (this.eat("pi")) init = this.exprList("E");
			else this.expect("E");
			return ex({ t: "new", array: two === "na", placement, type, init });
		}
		if (two === "dl" || two === "da") {
			this.i += 2;
			return ex({ t: "prefix", s: two === "dl" ? "delete " : "delete[] ", a: this.expression(), paren: false });
		}
		if (isDigit(c)) return this.unresolvedName();
		const op = OPERATORS[two];
		if (op !== undefined && two !== "nw" && two !== "na" && two !== "dl" && two !== "da") {
			this.i += 2;
			if (op[1] === 1) {
				if ((two === "pp" || two === "mm") && this.eat("_")) {
					return ex({ t: "unary", op: op[0], a: this.expression() });
				}
				const a = this.expression();
				if (two === "pp" || two === "mm") return ex({ t: "suffix", a, s: op[0] });
				return ex({ t: "unary", op: op[0], a });
			}
			if (op[1] === 2) {
				const a = this.expression();
				const b = this.expression();
				if (two === "ix") return ex({ t: "index", a, b });
				return ex({ t: "binary", op: op[0], a, b });
			}
			const a = this.expression();
			const b = this.expression();
			return ex({ t: "trinary", a, b, c: this.expression() });
		}
		return fail();
	}

	private simpleId(): Node {
		const n = this.sourceName();
		if (this.peek() === "I") return { k: "template", name: n, args: this.templateArgs() };
		return n;
	}

	private baseUnresolved(): Node {
		if (isDigit(this.peek())) return this.simpleId();
		if (this.eat("on")) {
			const n = this.operatorName();
			if (this.peek() === "I") return { k: "template", name: n, args: this.templateArgs() };
			return n;
		}
		const n = this.operatorName();
		if (this.peek() === "I") return { k: "template", name: n, args: this.templateArgs() };
		return n;
	}

	private unresolvedName(): Node {
		if (this.peek() === "s" && this.peek(1) === "r") return this.expressionInner();
		return this.baseUnresolved();
	}
}

function isVoid(n: Node): boolean {
	return n.k === "name" && n.s === "void";
}

function lastComponent(n: Node): Node {
	if (n.k === "nested") return lastComponent(n.name);
	if (n.k === "local") return lastComponent(n.entity);
	if (n.k === "abi") return lastComponent(n.base);
	return n;
}

/** The template arguments a function's `T_` refers to: those of its (local) name's template. */
function templateOf(name: Node): Node[] | null {
	let n = name;
	if (n.k === "local") n = n.entity;
	if (n.k === "nested" && n.prefix.k === "name" && n.prefix.s.startsWith("{default arg#")) n = n.name;
	return n.k === "template" ? n.args : null;
}

function hasReturnType(name: Node): boolean {
	if (name.k === "local") return hasReturnType(name.entity);
	if (name.k !== "template") return false;
	const last = lastComponent(name.name);
	return last.k !== "ctor" && last.k !== "conv";
}

// ---------------------------------------------------------------------------------------------
// Printing

// Marks a space that a pointer declarator drops: "void (*)()" but "void (int)" and "int f()".
const GAP = "\u0001";

class Printer {
	private packIndex = -1;
	/** Inside a lambda's signature `T_` is a generic lambda's `auto` parameter. */
	private inLambda = false;
	private templates: Node[][] = [];
	/** Nodes being printed, outermost first. */
	private readonly stack: Node[] = [];
	/** The templates in scope where a reference to `T_` was first printed; see `type`. */
	private readonly savedScopes = new Map<Node, Node[][]>();
	private spaceLast = false;

	constructor(private readonly budget: Budget) {}

	private step(s: string): string {
		this.budget.steps++;
		this.budget.out += s.length;
		if (this.budget.steps > this.budget.maxSteps || s.length > this.budget.maxOut) throw BudgetExceeded;
		return s;
	}

	node(n: Node): string {
		return this.type(n, "");
	}

	/**
	 * Like c++filt, `T_` means an argument of the innermost function template being printed, and
	 * that argument is itself printed with the enclosing templates only (it may be an outer `T_`).
	 */
	private lookup(idx: number, level: number): Node {
		const args = this.templates[level];
		if (args === undefined) return fail();
		const arg = args[idx];
		if (arg === undefined) return fail();
		// Inside a pack expansion, a pack shorter than the one being expanded is an error to c++filt.
		if (arg.k === "argpack" && this.packIndex >= 0) return arg.args[this.packIndex] ?? fail();
		return arg;
	}

	/** What a node stands for once template parameters are replaced; for inspecting, not printing. */
	private resolve(n: Node): Node {
		if (this.inLambda) return n;
		let level = this.templates.length - 1;
		let r = n;
		for (let guard = 0; r.k === "tparam"; guard++) {
			if (guard > 32) fail();
			r = this.lookup(r.idx, level);
			level--;
		}
		return r;
	}

	/** Length of the argument pack a pack expansion iterates over, or -1. */
	private packLength(n: Node, depth: number): number {
		if (depth > 64 || this.inLambda) return -1;
		const d = depth + 1;
		switch (n.k) {
			case "tparam": {
				const a = this.templates[this.templates.length - 1]?.[n.idx];
				if (a === undefined) return -1;
				if (a.k === "argpack") return a.args.length;
				return -1;
			}
			case "qual":
			case "ptr":
			case "lref":
			case "rref":
			case "postfix":
			case "vendorq":
			case "vector":
				return this.packLength(n.inner, d);
			case "text":
				for (const p of n.parts) {
					const l = typeof p === "string" ? -1 : this.packLength(p, d);
					if (l >= 0) return l;
				}
				return -1;
			case "template":
				for (const a of n.args) {
					const l = this.packLength(a, d);
					if (l >= 0) return l;
				}
				return this.packLength(n.name, d);
			case "nested":
				return Math.max(this.packLength(n.prefix, d), this.packLength(n.name, d));
			case "fn": {
				for (const p of n.params) {
					const l = this.packLength(p, d);
					if (l >= 0) return l;
				}
				return n.ret ? this.packLength(n.ret, d) : -1;
			}
			case "ptrmem":
				return Math.max(this.packLength(n.cls, d), this.packLength(n.mem, d));
			case "array":
				return this.packLength(n.inner, d);
			case "expr": {
				const e = n.e;
				const kids: Node[] = [];
				if ("a" in e) kids.push(e.a);
				if ("b" in e) kids.push(e.b);
				if ("c" in e) kids.push(e.c);
				if ("f" in e) kids.push(e.f);
				if ("args" in e) kids.push(...e.args);
				if ("type" in e && e.type) kids.push(e.type);
				if ("placement" in e) kids.push(...e.placement);
				if ("init" in e && e.init) kids.push(...e.init);
				for (const k of kids) {
					const l = this.packLength(k, d);
					if (l >= 0) return l;
				}
				return -1;
			}
			default:
				return -1;
		}
	}

	/**
	 * Comma-separated items. Like c++filt, trailing items that print nothing (empty packs) take
	 * their ", " back, and then leave `spaceLast` set: c++filt decides on "> >" from the last
	 * character it appended, which is then that removed space.
	 */
	list(items: Node[]): string {
		const parts: string[] = [];
		let last = -1;
		let spaceAfterLast = false;
		for (let i = 0; i < items.length; i++) {
			this.spaceLast = false;
			const s = this.item(items[i] as Node);
			parts.push(s);
			if (s !== "") {
				last = i;
				spaceAfterLast = this.spaceLast;
			}
		}
		// c++filt prints "a, , c" for an empty middle item but drops trailing empty ones.
		this.spaceLast = last < items.length - 1 && items.length > 1 ? true : spaceAfterLast;
		return this.step(parts.slice(0, last + 1).join(", "));
	}

	private item(it: Node): string {
		if (it.k === "pack") {
			const len = this.packLength(it.pattern, 0);
			if (len < 0) return `${this.paren(it.pattern)}...`;
			const saved = this.packIndex;
			const parts: string[] = [];
			for (let i = 0; i < len; i++) {
				this.packIndex = i;
				parts.push(this.node(it.pattern));
			}
			this.packIndex = saved;
			return parts.join(", ");
		}
		if (it.k === "argpack") return this.list(it.args);
		if (it.k === "tparam") {
			const r = this.resolve(it);
			if (r.k === "argpack") return this.list(r.args);
		}
		return this.node(it);
	}

	args(args: Node[]): string {
		const s = this.list(args);
		const space = s.endsWith(">") && !this.spaceLast;
		this.spaceLast = false;
		return this.step(space ? `<${s} >` : `<${s}>`);
	}

	private paren(n: Node): string {
		return `(${this.node(n)})`;
	}

	/** Prints `n` around the declarator `d` (what sits "inside" the type, like `*` or a name). */
	type(n: Node, d: string): string {
		if (++this.budget.depth > 512) throw BudgetExceeded;
		this.stack.push(n);
		const outer = this.templates;
		try {
			if ((n.k === "lref" || n.k === "rref") && n.inner.k === "tparam" && !this.inLambda) {
				// c++filt quirk: a reference to `T_` reached again through a substitution resolves `T_`
				// with the templates of the place it was first printed, unless it is inside itself.
				const scope = this.savedScopes.get(n.inner);
				if (scope === undefined) this.savedScopes.set(n.inner, outer.slice());
				else if (!this.stack.includes(n.inner) && this.stack.indexOf(n) === this.stack.length - 1) {
					this.templates = scope.slice();
				}
			}
			return this.step(this.typeInner(n, d));
		} finally {
			this.templates = outer;
			this.stack.pop();
			this.budget.depth--;
		}
	}

	/** Function and array types put a pointer or reference in parentheses: `int (*) [3]`. */
	private isDeclaratorType(n: Node): boolean {
		let t = this.resolve(n);
		if (t.k === "qual") t = this.resolve(t.inner);
		return t.k === "fn" || t.k === "array";
	}

	/** A type with no declarator syntax of its own: the declarator just follows it. */
	private plain(d: string, s: string): string {
		return d === "" ? s : s + (d.charCodeAt(0) === 1 ? ` ${d.slice(1)}` : d);
	}

	private typeInner(n: Node, d: string): string {
		switch (n.k) {
			case "name":
				return this.plain(d, n.s);
			case "std":
				return this.plain(d, n.full);
			case "op":
				return this.plain(d, n.s);
			case "nested":
				return this.plain(d, `${this.node(n.prefix)}::${this.node(n.name)}`);
			case "template": {
				const name = this.node(n.name);
				return this.plain(d, name.endsWith("<") ? `${name} ${this.args(n.args)}` : name + this.args(n.args));
			}
			case "abi":
				return this.plain(d, `${this.node(n.base)}[abi:${n.tag}]`);
			case "ctor": {
				const name = this.node(n.name);
				return this.plain(d, n.dtor ? `~${name}` : name);
			}
			case "conv":
				return this.plain(d, `operator ${this.node(n.type)}`);
			case "local":
				return this.plain(d, `${this.node(n.enc)}::${this.node(n.entity)}`);
			case "lambda": {
				const saved = this.inLambda;
				this.inLambda = true;
				try {
					return this.plain(d, `{lambda(${this.list(n.params)})#${n.n}}`);
				} finally {
					this.inLambda = saved;
				}
			}
			case "special":
				return this.plain(d, n.prefix + this.node(n.target));
			case "ctorvt":
				return this.plain(d, `construction vtable for ${this.node(n.b)}-in-${this.node(n.a)}`);
			case "clone":
				return this.plain(d, `${this.node(n.inner)} [clone ${n.suffix}]`);
			case "argpack":
				return this.plain(d, this.list(n.args));
			case "pack":
				return this.plain(d, this.list([n]));
			case "tparam": {
				if (this.inLambda) return this.plain(d, `auto:${n.idx + 1}`);
				const r = this.lookup(n.idx, this.templates.length - 1);
				const top = this.templates.pop() as Node[];
				try {
					if (r.k === "argpack") return this.plain(d, this.list(r.args));
					return this.type(r, d);
				} finally {
					this.templates.push(top);
				}
			}
			case "qual": {
				let inner = n.inner;
				inner = this.resolve(inner);
				if (inner.k === "qual") {
					// `K` applied to a `const T` argument still prints one "const".
					const q = [" const", " volatile", " restrict"].filter(
						(x) => n.q.includes(x) || (inner as { q: string }).q.includes(x),
					);
					return this.type({ k: "qual", inner: inner.inner, q: q.join("") }, d);
				}
				// A qualified array is an array of qualified elements: "char const (&) [11]".
				if (inner.k === "array") {
					return this.type({ ...inner, inner: { k: "qual", inner: inner.inner, q: n.q } }, d);
				}
				return this.type(n.inner, n.q + d.replace(GAP, " "));
			}
			case "postfix":
			case "vendorq":
				return this.type(n.inner, ` ${n.k === "postfix" ? n.s.slice(1) : n.q}${d.replace(GAP, " ")}`);
			case "ptr": {
				let inner = n.inner;
				inner = this.resolve(inner);
				const wrapped = this.isDeclaratorType(inner);
				return this.type(n.inner, `*${d.replace(GAP, wrapped ? "" : " ")}`);
			}
			case "lref":
			case "rref": {
				// Reference collapsing: a reference to a template argument that is a reference.
				let inner = n.inner;
				let kind: string = n.k;
				for (let guard = 0; guard < 64; guard++) {
					let r = inner;
					r = this.resolve(r);
					if (r.k !== "lref" && r.k !== "rref") break;
					if (r.k === "lref") kind = "lref";
					inner = r.inner;
				}
				const gap = this.isDeclaratorType(inner) ? "" : " ";
				return this.type(inner, `${kind === "lref" ? "&" : "&&"}${d.replace(GAP, gap)}`);
			}
			case "fn": {
				const inner = d === "" ? "" : `(${d.replace(GAP, "")})`;
				const ret = n.ret ?? { k: "name", s: "" };
				const spec = n.spec === null ? "" : this.node(n.spec);
				return this.type(ret, `${GAP}${inner}(${this.list(n.params)})${n.q}${spec}`);
			}
			case "encoding": {
				const args = templateOf(n.name);
				if (args !== null) this.templates.push(args);
				try {
					const name = this.node(n.name);
					const tail = `${name}(${this.list(n.params)})${n.q}`;
					if (n.ret === null) return this.plain(d, tail);
					return this.type(n.ret, GAP + tail + d.replace(GAP, " "));
				} finally {
					if (args !== null) this.templates.pop();
				}
			}
			case "array": {
				const dim = typeof n.dim === "string" ? n.dim : this.node(n.dim);
				if (d.startsWith(GAP) && d.endsWith("]")) return this.type(n.inner, `${d}[${dim}]`);
				const inner = d === "" ? "" : `(${d.replace(GAP, "")}) `;
				return this.type(n.inner, `${GAP}${inner}[${dim}]`);
			}
			case "ptrmem": {
				const cls = this.node(n.cls);
				let mem = n.mem;
				mem = this.resolve(mem);
				if (mem.k === "fn") return this.type(mem, `${cls}::*${d.replace(GAP, "")}`);
				return this.type(n.mem, ` ${cls}::*${d.replace(GAP, "")}`);
			}
			case "expr":
				return this.plain(d, this.expr(n.e));
			case "text": {
				let out = "";
				for (const p of n.parts) out += typeof p === "string" ? p : this.node(p);
				return this.plain(d, out);
			}
			case "vector": {
				const dim = typeof n.dim === "string" ? n.dim : this.node(n.dim);
				return this.type(n.inner, ` __vector(${dim})${d.replace(GAP, " ")}`);
			}
		}
	}

	/** c++filt parenthesises every operand that is not a plain name or function parameter. */
	private sub(n: Node): string {
		const simple =
			n.k === "name" ||
			n.k === "nested" ||
			(n.k === "expr" && n.e.t === "prim" && n.e.s.startsWith("{parm#")) ||
			(n.k === "expr" && n.e.t === "braced" && n.e.type === null);
		const s = this.node(n);
		return simple ? s : `(${s})`;
	}

	private expr(e: Expr): string {
		switch (e.t) {
			case "prim":
				return e.s;
			case "literal":
				return e.cast && e.type ? `(${this.node(e.type)})${e.text}` : e.text;
			case "unary":
				// The address of a qualified function prints without its parameter list.
				if (e.op === "&" && e.a.k === "encoding" && e.a.name.k === "nested" && e.a.q === "")
					return `&${this.node(e.a.name)}`;
				return e.op + this.sub(e.a);
			case "binary": {
				const s = `${this.sub(e.a)}${e.op}${this.sub(e.b)}`;
				return e.op === ">" ? `(${s})` : s;
			}
			case "index":
				return `${this.sub(e.a)}[${this.node(e.b)}]`;
			case "global":
				return `::${this.node(e.a)}`;
			case "new": {
				const place = e.placement.length > 0 ? `(${this.list(e.placement)}) ` : "";
				const init = e.init === null ? "" : `(${this.list(e.init)})`;
				return `${e.array ? "new[] " : "new "}${place}${this.node(e.type)}${init}`;
			}
			case "trinary":
				return `${this.sub(e.a)}?${this.sub(e.b)} : ${this.sub(e.c)}`;
			case "call":
				return `${this.sub(e.f)}(${this.list(e.args)})`;
			case "cast":
				if (e.single) return `(${this.node(e.type)})${this.sub(e.args[0] as Node)}`;
				return `(${this.node(e.type)})(${this.list(e.args)})`;
			case "named_cast":
				return `${e.op}<${this.node(e.type)}>(${this.node(e.a)})`;
			case "prefix":
				if (e.s === "sizeof...") {
					const len = this.packLength(e.a, 0);
					if (len >= 0) return String(len);
					if (e.a.k === "tparam") return "0";
				}
				return e.paren ? `${e.s}(${this.node(e.a)})` : e.s + this.sub(e.a);
			case "suffix": {
				if (e.s === "...") {
					// A pack expansion over a known pack prints its elements, as c++filt does.
					const len = this.packLength(e.a, 0);
					if (len >= 0) return this.item({ k: "pack", pattern: e.a });
				}
				return this.sub(e.a) + e.s;
			}
			case "member":
				return `${this.sub(e.a)}${e.op}${this.node(e.b)}`;
			case "braced":
				return `${e.type ? this.node(e.type) : ""}{${this.list(e.args)}}`;
		}
	}
}

function ex(e: Expr): Node {
	return { k: "expr", e };
}

function printNode(n: Node, budget: Budget): string {
	return new Printer(budget).node(n);
}

function printArgs(args: Node[], budget: Budget): string {
	return new Printer(budget).args(args);
}

/** Demangles an Itanium `_Z` symbol, or returns null when it cannot be parsed. */
export function demangleItanium(symbol: string): string | null {
	const parser = new Parser(symbol, false);
	let tree: Node;
	try {
		tree = parser.mangled();
	} catch {
		if (!parser.usedNewSr) return null;
		// Like c++filt: read `sr` the pre-GCC-4.9 way and try again.
		try {
			tree = new Parser(symbol, true).mangled();
		} catch {
			return null;
		}
	}
	try {
		return printNode(tree, newBudget());
	} catch {
		// Budget exhausted, or a bug in this module: neither may escape to callers.
		return null;
	}
}

const GLOBAL_CTOR_DTOR = /^_GLOBAL_[._$]([DI])_/;

/** GCC's `_GLOBAL__I_<name>` and `_GLOBAL__D_<name>`, printed as c++filt prints them. */
export function demangleGlobalCtorDtor(symbol: string): string | null {
	const m = GLOBAL_CTOR_DTOR.exec(symbol);
	if (m === null) return null;
	const what = m[1] === "I" ? "global constructors keyed to " : "global destructors keyed to ";
	const rest = symbol.slice(m[0].length);
	if (rest === "") return null;
	if (!rest.startsWith("_Z")) return what + rest;
	try {
		return what + printNode(new Parser(rest, false).keyedEncoding(), newBudget());
	} catch {
		return null;
	}
}
