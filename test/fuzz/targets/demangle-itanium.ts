/**
 * The C++ (Itanium ABI) demangler. Names are bytes from symbol tables, so the input is read as
 * Latin-1 (one character per byte) and given the `_Z` prefix when it lacks one, so that mutations
 * are spent on the grammar. The demanglers never throw and bound their output.
 */
import { demangle, readableName } from "../../../src/demangle/demangle.js";
import { demangleGlobalCtorDtor, demangleItanium } from "../../../src/demangle/itanium.js";
import { MAX_OUTPUT } from "../../../src/demangle/limits.js";
import { checkLength } from "./demangleCheck.js";

export function fuzz(data: Buffer): void {
	const text = data.toString("latin1");
	const symbol = text.startsWith("_Z") || text.startsWith("_GLOBAL_") ? text : `_Z${text}`;
	checkLength(symbol, demangleItanium(symbol), MAX_OUTPUT);
	checkLength(symbol, demangleGlobalCtorDtor(symbol), MAX_OUTPUT);
	checkLength(symbol, demangle(symbol), MAX_OUTPUT);
	readableName(symbol);
}
