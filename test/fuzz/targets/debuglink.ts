/**
 * Debug files given by the user or found next to a binary: the input is the candidate debug file,
 * checked against a fixed binary's build-id (the explicit path), then searched for as a binary of
 * its own (build-id tree and .gnu_debuglink candidates beside it, each CRC-checked).
 */

import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { ignoreDiagnostics } from "../../../src/diagnostics.js";
import { DebugFileMismatchError, findDebugFile, readDebuglink } from "../../../src/elf/debugFile.js";
import { ElfReadError, ElfUnsupportedError } from "../../../src/elf/errors.js";
import { ElfFile } from "../../../src/elf/reader.js";
import { asFile, buildElf, scratchDir, tolerate } from "./support.js";

const FINE = [ElfReadError, ElfUnsupportedError, DebugFileMismatchError];
const dir = scratchDir("debuglink");
const root = join(dir, "root");
mkdirSync(root, { recursive: true });

/** A binary with a build-id note, for the explicit-path check. */
function fixedBinary(): ElfFile {
	const note = Buffer.alloc(16 + 20);
	note.writeUInt32LE(4, 0);
	note.writeUInt32LE(20, 4);
	note.writeUInt32LE(3, 8);
	note.write("GNU\0", 12, "latin1");
	note.fill(0xab, 16);
	const path = join(dir, "binary");
	copyFileSync(asFile(buildElf([{ name: ".note.gnu.build-id", type: 7, flags: 2, addr: 0, data: note }]), "b"), path);
	return ElfFile.open(path);
}
const binary = fixedBinary();

export function fuzz(data: Buffer): void {
	const path = asFile(data, "candidate.debug");
	tolerate(FINE, () => findDebugFile(binary, { explicitPath: path, diagnostics: ignoreDiagnostics }));
	const elf = tolerate(FINE, () => ElfFile.open(path));
	if (!elf) return;
	try {
		tolerate(FINE, () => readDebuglink(elf));
		// The input's own debuglink names a file beside it: the input itself, which the search must skip.
		tolerate(FINE, () => findDebugFile(elf, { debugRoots: [root], diagnostics: ignoreDiagnostics }));
	} finally {
		elf.close();
	}
}
