/**
 * Go binaries as ELF files: locating .gopclntab (by name, or by scanning data for its magic when
 * sections are gone), the pointers of PIE relocations, and .go.buildinfo in both layouts. Both
 * entry points promise never to throw, so only a file ElfFile.open refuses is fine.
 */
import { ignoreDiagnostics } from "../../../src/diagnostics.js";
import { ElfReadError, ElfUnsupportedError } from "../../../src/elf/errors.js";
import { ElfFile } from "../../../src/elf/reader.js";
import { readGoBuildInfo, readGoSymbols } from "../../../src/golang/index.js";
import { asFile, tolerate } from "./support.js";

export function fuzz(data: Buffer): void {
	const elf = tolerate([ElfReadError, ElfUnsupportedError], () => ElfFile.open(asFile(data, "go")));
	if (!elf) return;
	try {
		readGoSymbols(elf, { lines: true, diagnostics: ignoreDiagnostics });
		readGoBuildInfo(elf);
	} finally {
		elf.close();
	}
}
