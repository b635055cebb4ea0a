import { demangleGlobalCtorDtor, demangleItanium } from "./itanium.js";
import { demangleRustLegacy } from "./rust-legacy.js";
import { demangleRustV0 } from "./rust-v0.js";

/**
 * Readable names for mangled symbols (C++ Itanium ABI, Rust legacy and v0), printed as binutils'
 * `c++filt` prints them. A name that is not mangled, or that cannot be parsed, comes back
 * unchanged. Never throws; work per name is bounded, whatever the input.
 */
export function demangle(symbol: string): string {
	if (symbol.length < 3 || symbol.charCodeAt(0) !== 95 /* _ */) return symbol;
	// A symbol version from .dynsym ("name@@GLIBCXX_3.4") is kept as it is, as c++filt keeps it.
	const at = symbol.indexOf("@");
	if (at > 0) return demangleName(symbol.slice(0, at)) + symbol.slice(at);
	return demangleName(symbol);
}

function demangleName(symbol: string): string {
	const kind = symbol.charCodeAt(1);
	if (kind === 90 /* Z */) {
		// Legacy Rust names are valid Itanium names too; try Rust first, like c++filt.
		return demangleRustLegacy(symbol) ?? demangleItanium(symbol) ?? symbol;
	}
	if (kind === 82 /* R */) return demangleRustV0(symbol) ?? symbol;
	if (kind === 71 /* G */) return demangleGlobalCtorDtor(symbol) ?? symbol;
	return symbol;
}

/**
 * The name reports show and `xcover diff` matches on: demangled, without what changes from one
 * build to the next. Rust legacy names end in a hash of the crate and its dependencies
 * (`::h05af221e174051e9`) and v0 names carry crate disambiguators (`core[c1f1a4ba060b9bfa]`);
 * both change whenever a dependency or the compiler does, which would make every Rust function
 * look removed and re-added between two builds. rustfilt drops them by default for that reason.
 */
export function readableName(symbol: string): string {
	const name = demangle(symbol);
	if (name === symbol) return name;
	if (symbol.charCodeAt(1) === 82 /* R */) return name.replace(RUST_DISAMBIGUATOR, "");
	// Only a legacy Rust symbol spells its hash as "17h" and 16 hex digits.
	return symbol.includes("17h") ? withoutRustHash(name) : name;
}

const RUST_DISAMBIGUATOR = /(?<=[\p{L}\p{N}_])\[[0-9a-f]{1,16}\]/gu;

/**
 * Drops a legacy Rust hash, "::h" and 16 hex digits at the end (before any "@VERSION"). Checked
 * by hand: this runs on every C++ name of a large binary, where a regular expression scanning
 * the whole name cost more than the check.
 */
function withoutRustHash(name: string): string {
	const at = name.indexOf("@");
	const end = at < 0 ? name.length : at;
	const start = end - 19;
	if (
		start < 0 ||
		name.charCodeAt(start) !== 58 ||
		name.charCodeAt(start + 1) !== 58 ||
		name.charCodeAt(start + 2) !== 104
	)
		return name;
	for (let i = start + 3; i < end; i++) {
		const c = name.charCodeAt(i);
		if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return name;
	}
	return name.slice(0, start) + name.slice(end);
}
