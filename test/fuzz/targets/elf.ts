/**
 * The ELF reader on whole files: headers, program and section headers (extended numbering too),
 * section contents, symbol tables, notes (build-id), .gnu_debuglink, and the function table built
 * from all of them.
 */
import { ignoreDiagnostics } from "../../../src/diagnostics.js";
import { DebugFileMismatchError, findDebugFile, readDebuglink } from "../../../src/elf/debugFile.js";
import { ElfReadError, ElfUnsupportedError } from "../../../src/elf/errors.js";
import { functionTableOf } from "../../../src/elf/functions.js";
import { ElfFile, SHT_DYNSYM, SHT_SYMTAB } from "../../../src/elf/reader.js";
import { asFile, scratchDir, tolerate } from "./support.js";

const FINE = [ElfReadError, ElfUnsupportedError, DebugFileMismatchError];
/** Sections larger than this are not read whole: the reader itself never reads more than it needs. */
const MAX_SECTION_READ = 1 << 20;
const roots = [scratchDir("debug-root")];

export function fuzz(data: Buffer): void {
	const elf = tolerate(FINE, () => ElfFile.open(asFile(data, "elf")));
	if (!elf) return;
	try {
		for (const s of elf.sections) {
			if (s.size <= MAX_SECTION_READ) tolerate(FINE, () => elf.sectionData(s));
			if (s.type === SHT_SYMTAB || s.type === SHT_DYNSYM) tolerate(FINE, () => elf.symbols(s));
		}
		tolerate(FINE, () => elf.buildId());
		tolerate(FINE, () => readDebuglink(elf));
		tolerate(FINE, () => findDebugFile(elf, { debugRoots: roots, diagnostics: ignoreDiagnostics }));
		tolerate(FINE, () => functionTableOf(elf));
	} finally {
		elf.close();
	}
}
