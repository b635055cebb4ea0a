/**
 * Rust's legacy mangling: an Itanium-style `_ZN…E` path whose last segment is `17h<16 hex>`, with
 * `$…$` escapes for punctuation. Output follows `c++filt` (binutils 2.40): it keeps the hash
 * segment (`::h0123…`), since c++filt demangles in verbose mode, and it is what tells apart the
 * monomorphised copies of one generic function, which this scheme does not otherwise encode.
 */

const ESCAPES: Record<string, string> = {
	SP: "@",
	BP: "*",
	RF: "&",
	LT: "<",
	GT: ">",
	LP: "(",
	RP: ")",
	C: ",",
};

const HASH = /^h[0-9a-f]{16}$/;

/** Demangles a legacy Rust symbol, or returns null when `symbol` is not one. */
export function demangleRustLegacy(symbol: string): string | null {
	if (!symbol.startsWith("_ZN")) return null;
	// A `.llvm.123`-style suffix may follow the final "E"; like c++filt, drop it.
	let end = symbol.length;
	if (!symbol.endsWith("E")) end = symbol.lastIndexOf("E.") + 1;
	if (symbol.charCodeAt(end - 1) !== 69 /* E */ || end - 1 < 3 + 19) return null;
	if (!symbol.startsWith("17h", end - 20)) return null;
	const idents: string[] = [];
	let i = 3;
	while (i < end - 1) {
		let len = 0;
		const start = i;
		while (i < end - 1 && symbol.charCodeAt(i) >= 48 && symbol.charCodeAt(i) <= 57) {
			len = len * 10 + symbol.charCodeAt(i) - 48;
			i++;
		}
		if (i === start || len === 0 || i + len > end - 1) return null;
		idents.push(symbol.slice(i, i + len));
		i += len;
	}
	const hash = idents[idents.length - 1];
	if (hash === undefined || !HASH.test(hash)) return null;
	// A real hash has many distinct digits; this keeps C++ names that merely look alike, as c++filt does.
	if (new Set(hash.slice(1)).size < 5) return null;
	for (const id of idents) if (!/^[A-Za-z0-9_$.]+$/.test(id)) return null;
	return idents.map(unescapeIdent).join("::");
}

function unescapeIdent(ident: string): string {
	let s = ident;
	// The compiler prefixes "_" when an identifier would otherwise begin with an escape.
	if (s.startsWith("_$")) s = s.slice(1);
	let out = "";
	let i = 0;
	while (i < s.length) {
		const c = s[i];
		if (c === "$") {
			const close = s.indexOf("$", i + 1);
			const decoded = close < 0 ? undefined : decodeEscape(s.slice(i + 1, close));
			// An unknown escape ends decoding: the rest is printed as it is, as c++filt does.
			if (decoded === undefined) return out + s.slice(i);
			out += decoded;
			i = close + 1;
		} else if (c === "." && s[i + 1] === ".") {
			out += "::";
			i += 2;
		} else {
			out += c;
			i++;
		}
	}
	return out;
}

function decodeEscape(code: string): string | undefined {
	const named = ESCAPES[code];
	if (named !== undefined) return named;
	if (/^u[0-9a-f]{2}$/.test(code)) {
		const v = Number.parseInt(code.slice(1), 16);
		if (v >= 0x20 && v <= 0x7f) return String.fromCharCode(v);
	}
	return undefined;
}
