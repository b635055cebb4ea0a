/**
 * The Rust demanglers: v0 (`_R…`) and legacy (`_ZN…17h<hash>E`). The input's first byte picks the
 * scheme so that the rest is spent on one grammar; the text is the remaining bytes as UTF-8, since
 * v0 names carry Punycode and legacy names `$u…$` escapes of non-ASCII identifiers.
 */
import { demangle, readableName } from "../../../src/demangle/demangle.js";
import { MAX_OUTPUT } from "../../../src/demangle/limits.js";
import { demangleRustLegacy } from "../../../src/demangle/rust-legacy.js";
import { demangleRustV0 } from "../../../src/demangle/rust-v0.js";
import { checkLength } from "./demangleCheck.js";

export function fuzz(data: Buffer): void {
	if (data.length === 0) return;
	const text = data.toString("utf8", 1);
	const v0 = (data[0] as number) % 2 === 0;
	const symbol = v0 ? (text.startsWith("_R") ? text : `_R${text}`) : text.startsWith("_ZN") ? text : `_ZN${text}`;
	checkLength(symbol, v0 ? demangleRustV0(symbol) : demangleRustLegacy(symbol), MAX_OUTPUT);
	checkLength(symbol, demangle(symbol), MAX_OUTPUT);
	readableName(symbol);
}
