/**
 * The DWARF reader on a set of debug sections (see decodeSections for the container), laid out
 * in a synthetic ELF so mutations hit DWARF bytes rather than ELF headers. It drives the decoders
 * directly, as readDwarfFunctions does, because readDwarfFunctions turns every exception into a
 * warning: here only DwarfError is fine. It then runs the two public entry points for what the
 * driver does not reach (split units, the merged line table, the last-resort catch).
 */

import { DiagnosticList, ignoreDiagnostics } from "../../../src/diagnostics.js";
import { DwarfError, hasDebugInfo, readDwarfFunctions, readDwarfLineTable } from "../../../src/dwarf/index.js";
import { readLineHeader, rowAt, runLineProgram } from "../../../src/dwarf/lines.js";
import { readRanges } from "../../../src/dwarf/ranges.js";
import { DebugSections } from "../../../src/dwarf/sections.js";
import { newSource, readUnit, readUnitHeader, type UnitContext } from "../../../src/dwarf/units.js";
import { ElfReadError } from "../../../src/elf/errors.js";
import { ElfFile } from "../../../src/elf/reader.js";
import { asFile, buildElf, decodeSections, tolerate } from "./support.js";

const FINE = [DwarfError, ElfReadError];
const MAX_DIES = 200_000;

function drive(elf: ElfFile): void {
	const sections = new DebugSections(elf, ignoreDiagnostics);
	const source = newSource(sections);
	const info = sections.get("debug_info");
	const units: UnitContext[] = [];
	const budget = { dies: MAX_DIES };
	const rangeBudget = { entries: 1 << 16 };
	for (let offset = 0; info && offset < info.length && budget.dies >= 0; ) {
		const header = tolerate(FINE, () => readUnitHeader(info, offset, ".debug_info"));
		if (!header) break;
		const unit = tolerate(FINE, () => readUnit(source, header, ".debug_info", { budget }));
		if (unit) units.push(unit);
		offset = header.end;
	}
	const line = sections.get("debug_line");
	// Once per line program, as the reader does: units may share one.
	const programs = new Set<number>();
	for (const u of units) {
		if (u.stmtList === undefined || !line || programs.has(u.stmtList)) continue;
		const stmtList = u.stmtList;
		programs.add(stmtList);
		const header = tolerate(FINE, () => readLineHeader(sections, line, ".debug_line", stmtList, u.compDir));
		if (!header) continue;
		const rows = tolerate(FINE, () => runLineProgram(line, ".debug_line", header));
		if (rows) rowAt(rows, u.lowPc);
	}
	for (const d of source.dies.values()) {
		const { rangesForm, rangesValue } = d;
		if (rangesForm !== undefined && rangesValue !== undefined) {
			tolerate(FINE, () => readRanges(d.unit, rangesForm, rangesValue, rangeBudget));
		}
	}
}

/** readDwarfFunctions' last net: a warning that says an unexpected exception got that far. */
/** The readers' last net catches what no decoder reported: each such catch is a bug to fix. */
function escaped(told: DiagnosticList): string | undefined {
	return told.items.find((d) => d.kind === "table-unreadable")?.message;
}

export function fuzz(data: Buffer): void {
	const path = asFile(buildElf(decodeSections(data)), "dwarf");
	const elf = ElfFile.open(path);
	try {
		drive(elf);
		hasDebugInfo(elf);
		// The input stands in for its own .dwo: split units then read its .debug_*.dwo sections.
		const told = new DiagnosticList();
		const options = {
			maxDies: MAX_DIES,
			maxRowVisits: 1_000_000,
			openSplit: () => ElfFile.open(path),
			diagnostics: told,
		};
		readDwarfFunctions(elf, options);
		readDwarfLineTable(elf, options);
		const leak = escaped(told);
		if (leak) throw new Error(`an unexpected exception reached the last catch: ${leak}`);
	} finally {
		elf.close();
	}
}
