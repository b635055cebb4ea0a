/**
 * Go's pclntab on its own: the input is the table's bytes (any of the 1.16, 1.18 and 1.20
 * layouts), decoded with line rows as line coverage asks for them. parsePclntab reports damage as
 * warnings and never throws, so here every exception is a finding.
 */
import { ignoreDiagnostics } from "../../../src/diagnostics.js";
import { ElfFile } from "../../../src/elf/reader.js";
import { GoImage } from "../../../src/golang/image.js";
import { parsePclntab } from "../../../src/golang/pclntab.js";
import { asFile, buildElf } from "./support.js";

const image = new GoImage(ElfFile.open(asFile(buildElf([]), "go-image")));

export function fuzz(data: Buffer): void {
	const table = parsePclntab(data, 0x400000, image, "pclntab", { lines: true, diagnostics: ignoreDiagnostics });
	if (!table) return;
	let rows = 0;
	for (const f of table.functions) rows += f.rows?.length ?? 0;
	// Rows come from pc-value steps, which are bounded per function; a table cannot make more of them than that.
	if (rows > table.functions.length * (1 << 20) + 1)
		throw new Error(`${rows} rows from ${table.functions.length} functions`);
}
