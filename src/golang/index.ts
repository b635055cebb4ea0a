/**
 * Go symbols for binaries whose symbol table is gone: `go build -ldflags="-s -w"` drops .symtab
 * and DWARF, but the runtime needs .gopclntab for tracebacks, so every function's entry, name,
 * file and lines survive there. Go functions are probed at their entry only.
 */
import type { ElfFile } from "../elf/reader.js";
import { readGoBuildInfo } from "./buildinfo.js";
import { GoImage } from "./image.js";
import { goPackageOf } from "./packages.js";
import { type PclntabFunction, type PclntabOptions, type PclntabVersion, readPclntab } from "./pclntab.js";

export { type GoBuildInfo, readGoBuildInfo } from "./buildinfo.js";
export { goPackageOf, isGoRuntimeOrStd } from "./packages.js";
export type { GoLineRow } from "./pclntab.js";

/**
 * A function as the pclntab lists it, with its package. Its name is the pclntab's, which differs
 * from .symtab for assembly (no `.abi0` suffix) and generic instances (`F[...]` rather than their
 * shape types).
 */
export interface GoFunction extends PclntabFunction {
	package: string;
}

export interface GoSymbols {
	/** Layout of the pclntab: 1.16 (Go 1.16-1.17), 1.18 (Go 1.18-1.19) or 1.20 (Go 1.20 onwards). */
	version: PclntabVersion;
	mainModule?: string;
	/** Sorted by entry, as the pclntab lists them. */
	functions: GoFunction[];
}

/** The Go functions of `elf`, or undefined when it is not a Go binary. Never throws: damage goes to `options.diagnostics`. */
export function readGoSymbols(elf: ElfFile, options: PclntabOptions = {}): GoSymbols | undefined {
	const image = new GoImage(elf);
	const table = readPclntab(elf, image, options);
	if (!table) return undefined;
	const mainModule = readGoBuildInfo(elf, image)?.mainModule;
	const packages = new Map<string, string>();
	const functions = table.functions.map((f): GoFunction => {
		// Methods of one type share a prefix: cache the package by the text before the last dot.
		const key = f.name.slice(0, Math.max(0, f.name.lastIndexOf(".")));
		let pkg = packages.get(key);
		if (pkg === undefined) {
			pkg = goPackageOf(f.name);
			packages.set(key, pkg);
		}
		// The ELF symbol table spells U+00B7 (numbered local types, `T·1`) as a dot; so do we, so
		// a stripped build and its unstripped twin name their functions alike.
		const name = f.name.includes("·") ? f.name.replaceAll("·", ".") : f.name;
		const out: GoFunction = { name, entry: f.entry, end: f.end, package: pkg };
		if (f.file !== undefined) out.file = f.file;
		if (f.lineStart !== undefined) out.lineStart = f.lineStart;
		if (f.lineEnd !== undefined) out.lineEnd = f.lineEnd;
		if (f.rows !== undefined) out.rows = f.rows;
		return out;
	});
	const symbols: GoSymbols = { version: table.version, functions };
	if (mainModule !== undefined) symbols.mainModule = mainModule;
	return symbols;
}
