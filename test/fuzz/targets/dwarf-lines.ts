/**
 * Line number programs on their own: the input is a .debug_line section, read table after table
 * (header, directory and file tables of DWARF 2-5, then the state machine), as readDwarfLineTable
 * does for each unit.
 */
import { ignoreDiagnostics } from "../../../src/diagnostics.js";
import { DwarfError } from "../../../src/dwarf/errors.js";
import { readLineHeader, rowAt, runLineProgram } from "../../../src/dwarf/lines.js";
import { DebugSections } from "../../../src/dwarf/sections.js";
import { ElfFile } from "../../../src/elf/reader.js";
import { asFile, buildElf, tolerate } from "./support.js";

const FINE = [DwarfError];
const strings = Buffer.from("\0/src\0main.c\0include\0util.h\0", "latin1");
const offsets = Buffer.alloc(8 + 4 * 4);
for (const [i, o] of [1, 6, 13, 21].entries()) offsets.writeUInt32LE(o, 8 + 4 * i);
const elf = ElfFile.open(
	asFile(
		buildElf([
			{ name: ".debug_line_str", type: 1, flags: 0, addr: 0, data: strings },
			{ name: ".debug_str", type: 1, flags: 0, addr: 0, data: strings },
			{ name: ".debug_str_offsets", type: 1, flags: 0, addr: 0, data: offsets },
		]),
		"line-strings",
	),
);
const sections = new DebugSections(elf, ignoreDiagnostics);

export function fuzz(data: Buffer): void {
	for (let offset = 0, tables = 0; offset < data.length && tables < 64; tables++) {
		const header = tolerate(FINE, () => readLineHeader(sections, data, ".debug_line", offset, "/comp"));
		if (!header) return;
		const rows = tolerate(FINE, () => runLineProgram(data, ".debug_line", header));
		if (rows && rows.count > 0) rowAt(rows, rows.addr[0] as number);
		offset = header.end;
	}
}
