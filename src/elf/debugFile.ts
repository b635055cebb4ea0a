/**
 * Finds the separate debug file of a binary the way GDB and elfutils do: an explicit path, then
 * the build-id tree (`ROOT/.build-id/xx/yyyy….debug`), then the `.gnu_debuglink` name next to the
 * binary, in its `.debug/` folder and under `ROOT/<binary's folder>`, checked by CRC-32.
 */
import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import * as zlib from "node:zlib";
import { type DiagnosticSink, stderrDiagnostics } from "../diagnostics.js";
import { XcoverError } from "../errors.js";
import { ElfFile } from "./reader.js";

export interface DebugFileLocation {
	path: string;
	via: "explicit" | "build-id" | "debuglink";
}

export interface DebugFileOptions {
	/** A debug file the user named; it must carry the binary's build-id when both have one. */
	explicitPath?: string;
	/** Global debug directories; default ["/usr/lib/debug"]. */
	debugRoots?: readonly string[];
	/** Told of each candidate turned down (a CRC or build-id mismatch); default stderr. */
	diagnostics?: DiagnosticSink;
}

/** The debug file a user named belongs to another build of the program. */
export class DebugFileMismatchError extends XcoverError {}

/**
 * Where the debug information of `elf` lives, if anywhere but in `elf` itself. Throws
 * DebugFileMismatchError (or an ElfReadError) only for an explicit path; searching never throws.
 */
export function findDebugFile(elf: ElfFile, options: DebugFileOptions = {}): DebugFileLocation | undefined {
	const sink = options.diagnostics ?? stderrDiagnostics;
	const buildId = safe(() => elf.buildId());
	if (options.explicitPath !== undefined) {
		checkExplicit(elf.path, buildId, options.explicitPath);
		return { path: options.explicitPath, via: "explicit" };
	}
	const roots = options.debugRoots ?? ["/usr/lib/debug"];
	if (buildId !== undefined && buildId.length > 2) {
		for (const root of roots) {
			const candidate = join(root, ".build-id", buildId.slice(0, 2), `${buildId.slice(2)}.debug`);
			if (!existsSync(candidate) || isSameFile(candidate, elf.path)) continue;
			const theirs = safe(() => readBuildId(candidate));
			if (theirs === buildId) return { path: candidate, via: "build-id" };
			sink.report({
				kind: "debug-file-mismatch",
				message: `${candidate}: build-id ${theirs ?? "missing"} does not match ${elf.path} (${buildId}); ignored`,
				file: candidate,
			});
		}
	}
	const link = safe(() => readDebuglink(elf));
	if (link) {
		const dir = dirname(elf.path);
		const absDir = safe(() => dirname(realpathSync(elf.path))) ?? dir;
		const candidates = [
			join(dir, link.name),
			join(dir, ".debug", link.name),
			...roots.map((r) => join(r, absDir, link.name)),
		];
		for (const candidate of [...new Set(candidates)]) {
			if (!existsSync(candidate) || isSameFile(candidate, elf.path)) continue;
			const crc = safe(() => crc32OfFile(candidate));
			if (crc === link.crc) return { path: candidate, via: "debuglink" };
			sink.report({
				kind: "debug-file-mismatch",
				message: `${candidate}: CRC ${hex8(crc)} does not match the ${hex8(link.crc)} that ${elf.path}'s .gnu_debuglink expects; ignored (it belongs to another build)`,
				file: candidate,
			});
		}
	}
	return undefined;
}

function checkExplicit(binary: string, buildId: string | undefined, path: string): void {
	const theirs = readBuildId(path);
	if (buildId !== undefined && theirs !== undefined && theirs !== buildId) {
		throw new DebugFileMismatchError(
			`${path}: build-id ${theirs} does not match ${binary} (${buildId})`,
			"The debug file comes from another build; give the one produced with this binary (objcopy --only-keep-debug), or leave the option out.",
		);
	}
}

function readBuildId(path: string): string | undefined {
	const f = ElfFile.open(path);
	try {
		return f.buildId();
	} finally {
		f.close();
	}
}

/** The `.gnu_debuglink` section: a file name, NUL, padding to 4 bytes, then a little-endian CRC-32. */
export function readDebuglink(elf: ElfFile): { name: string; crc: number } | undefined {
	const s = elf.section(".gnu_debuglink");
	if (!s || s.size < 8) return undefined;
	const data = elf.sectionData(s);
	const nul = data.indexOf(0);
	if (nul <= 0) return undefined;
	const crcAt = (nul + 4) & ~3;
	if (crcAt + 4 > data.length) return undefined;
	const name = data.toString("utf8", 0, nul);
	// A debuglink names a file, never a path; a name with a slash would escape the search folders.
	if (name.includes("/")) return undefined;
	return { name, crc: data.readUInt32LE(crcAt) };
}

type Crc32 = (data: Uint8Array, value?: number) => number;
/** zlib.crc32 exists from Node 20.15 / 22.2; older Node 20 releases use the table below. */
const nativeCrc32 = (zlib as unknown as { crc32?: Crc32 }).crc32;

let table: Uint32Array | undefined;
function tableCrc32(data: Uint8Array, value = 0): number {
	if (!table) {
		table = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			table[n] = c >>> 0;
		}
	}
	let crc = ~value >>> 0;
	for (let i = 0; i < data.length; i++) crc = (table[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
	return ~crc >>> 0;
}

/** CRC-32 (the zlib/gzip polynomial that .gnu_debuglink uses). */
export function crc32(data: Uint8Array, value = 0): number {
	return nativeCrc32 ? nativeCrc32(data, value) >>> 0 : tableCrc32(data, value);
}

/** CRC-32 of a whole file, read in chunks so a 1 GB debug file does not need 1 GB of memory. */
export function crc32OfFile(path: string): number {
	const fd = openSync(path, "r");
	try {
		const buf = Buffer.allocUnsafe(1 << 20);
		let crc = 0;
		let pos = 0;
		for (;;) {
			const n = readSync(fd, buf, 0, buf.length, pos);
			if (n <= 0) return crc;
			crc = crc32(buf.subarray(0, n), crc);
			pos += n;
		}
	} finally {
		closeSync(fd);
	}
}

function isSameFile(a: string, b: string): boolean {
	try {
		const sa = statSync(a);
		const sb = statSync(b);
		return sa.dev === sb.dev && sa.ino === sb.ino;
	} catch {
		return false;
	}
}

function safe<T>(fn: () => T): T | undefined {
	try {
		return fn();
	} catch {
		return undefined;
	}
}

function hex8(n: number | undefined): string {
	return n === undefined ? "unreadable" : `0x${n.toString(16).padStart(8, "0")}`;
}
