/**
 * Reads the build information the Go linker leaves in `.go.buildinfo` (what `go version -m`
 * prints): the Go version and the main module's path. Two layouts exist: up to Go 1.17 the
 * header holds pointers to two Go string headers; from Go 1.18 (flag bit 2) the strings follow
 * the header inline, each prefixed by a varint length.
 */
import type { ElfFile } from "../elf/reader.js";
import { PF_X, PT_LOAD, SHT_NOBITS } from "../elf/reader.js";
import { GoImage } from "./image.js";

export interface GoBuildInfo {
	/** The toolchain that built the binary, as `go1.19.8`. */
	goVersion?: string;
	/** The main module's path (`mod` line), absent in GOPATH-mode builds. */
	mainModule?: string;
	/** The main package's import path (`path` line). */
	mainPackage?: string;
}

const MAGIC = Buffer.from("\xff Go buildinf:", "latin1");
const HEADER_SIZE = 32;
const FLAG_BIG_ENDIAN = 1;
const FLAG_INLINE_STRINGS = 2;
/** modinfo is wrapped in two 16-byte sentinels so a linker can find it; not part of the text. */
const SENTINEL_SIZE = 16;
/** Longest string accepted; real modinfo is a few kilobytes per hundred dependencies. */
const MAX_STRING = 16 << 20;
/** Bytes of data segments scanned for the header when no section names it. */
const MAX_SCAN = 64 << 20;

/** The build information of `elf`, or undefined when it has none or it cannot be read. Never throws. */
export function readGoBuildInfo(elf: ElfFile, image = new GoImage(elf)): GoBuildInfo | undefined {
	try {
		const found = locate(elf, image);
		if (!found) return undefined;
		return parse(found.bytes, found.vaddr, image);
	} catch {
		return undefined;
	}
}

function locate(elf: ElfFile, image: GoImage): { vaddr: number; bytes: Buffer } | undefined {
	const section = elf.section(".go.buildinfo");
	if (section && section.type !== SHT_NOBITS) {
		const bytes = image.readClamped(section.offset, section.size);
		return bytes.subarray(0, MAGIC.length).equals(MAGIC) ? { vaddr: section.addr, bytes } : undefined;
	}
	// The header is 16-byte aligned at the start of writable data; scan data segments for it.
	for (const s of elf.segments) {
		if (s.type !== PT_LOAD || s.flags & PF_X || s.filesz === 0) continue;
		const bytes = image.readClamped(s.offset, Math.min(s.filesz, MAX_SCAN));
		for (let at = bytes.indexOf(MAGIC); at >= 0; at = bytes.indexOf(MAGIC, at + 1)) {
			if ((s.vaddr + at) % 16 === 0) return { vaddr: s.vaddr + at, bytes: bytes.subarray(at) };
		}
	}
	return undefined;
}

function parse(bytes: Buffer, vaddr: number, image: GoImage): GoBuildInfo | undefined {
	if (bytes.length < HEADER_SIZE) return undefined;
	const ptrSize = bytes[14] as number;
	const flags = bytes[15] as number;
	if (flags & FLAG_BIG_ENDIAN) return undefined;
	let version: string | undefined;
	let modinfo: string | undefined;
	if (flags & FLAG_INLINE_STRINGS) {
		const cursor = { at: HEADER_SIZE };
		version = inlineString(bytes, cursor);
		modinfo = inlineString(bytes, cursor);
	} else {
		if (ptrSize !== 4 && ptrSize !== 8) return undefined;
		version = goString(image, image.pointerAt(vaddr + 16, ptrSize), ptrSize);
		modinfo = goString(image, image.pointerAt(vaddr + 16 + ptrSize, ptrSize), ptrSize);
	}
	const info: GoBuildInfo = {};
	if (version) info.goVersion = version;
	if (modinfo !== undefined) {
		const text =
			modinfo.length >= 2 * SENTINEL_SIZE + 1 && modinfo[modinfo.length - SENTINEL_SIZE - 1] === "\n"
				? modinfo.slice(SENTINEL_SIZE, modinfo.length - SENTINEL_SIZE)
				: modinfo;
		for (const line of text.split("\n")) {
			const [key, value] = line.split("\t");
			if (key === "path" && value) info.mainPackage = value;
			if (key === "mod" && value) info.mainModule = value;
		}
	}
	return info;
}

function inlineString(bytes: Buffer, cursor: { at: number }): string | undefined {
	let length = 0;
	for (let shift = 0; ; shift += 7) {
		if (shift > 28 || cursor.at >= bytes.length) return undefined;
		const b = bytes[cursor.at++] as number;
		length += (b & 0x7f) * 2 ** shift;
		if (!(b & 0x80)) break;
	}
	if (length > MAX_STRING || cursor.at + length > bytes.length) return undefined;
	const s = bytes.toString("utf8", cursor.at, cursor.at + length);
	cursor.at += length;
	return s;
}

/** A Go string header (data pointer, length) at `vaddr`, and the bytes it points to. */
function goString(image: GoImage, vaddr: number, ptrSize: number): string | undefined {
	if (vaddr === 0) return undefined;
	const data = image.pointerAt(vaddr, ptrSize);
	const length = image.pointerAt(vaddr + ptrSize, ptrSize);
	if (length > MAX_STRING) return undefined;
	return image.bytesAt(data, length).toString("utf8");
}
