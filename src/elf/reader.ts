/**
 * A reader for ELF64 little-endian files, written against the System V ABI's ELF chapter.
 * It reads headers eagerly and section contents on demand through positioned reads, so a 100 MB
 * binary costs only the sections asked for (the symbol and string tables), never the whole file.
 */

import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { errnoCode } from "../errors.js";
import {
	EI_CLASS,
	EI_DATA,
	EI_NIDENT,
	ELF64_EHDR_SIZE,
	ELF64_PHDR_SIZE,
	ELF64_SHDR_SIZE,
	ELF64_ST_BIND,
	ELF64_ST_TYPE,
	ELF64_SYM_SIZE,
	ELFCLASS64,
	ELFDATA2LSB,
	ELFMAG,
	EM_AARCH64,
	EM_BPF,
	EM_X86_64,
	NT_GNU_BUILD_ID,
	PN_XNUM,
	PT_NOTE,
	SHN_XINDEX,
	SHT_NOBITS,
	SHT_NOTE,
	SHT_SYMTAB_SHNDX,
} from "./constants.js";
import { ElfReadError, ElfUnsupportedError } from "./errors.js";

export * from "./constants.js";

export interface ElfHeader {
	type: number;
	machine: number;
	entry: number;
	phoff: number;
	shoff: number;
	phentsize: number;
	phnum: number;
	shentsize: number;
	shnum: number;
	shstrndx: number;
}

export interface ElfSection {
	index: number;
	name: string;
	type: number;
	flags: number;
	addr: number;
	offset: number;
	size: number;
	link: number;
	info: number;
	addralign: number;
	entsize: number;
}

export interface ElfSegment {
	type: number;
	flags: number;
	offset: number;
	vaddr: number;
	filesz: number;
	memsz: number;
}

export interface ElfSymbol {
	name: string;
	value: number;
	size: number;
	type: number;
	bind: number;
	/** Section index, already resolved through SHT_SYMTAB_SHNDX for extended indices. */
	shndx: number;
}

/** Unsigned 64-bit read as a JS number; ELF addresses and sizes of user programs fit in 53 bits. */
function u64(view: DataView, at: number): number {
	return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x1_0000_0000;
}

export function machineName(machine: number): string {
	switch (machine) {
		case EM_X86_64:
			return "x86_64";
		case EM_AARCH64:
			return "aarch64";
		case EM_BPF:
			return "bpf";
		default:
			return `machine ${machine}`;
	}
}

export class ElfFile {
	readonly path: string;
	readonly header: ElfHeader;
	readonly sections: readonly ElfSection[];
	readonly segments: readonly ElfSegment[];
	readonly fileSize: number;
	private fd: number;

	private constructor(path: string, fd: number) {
		this.path = path;
		this.fd = fd;
		this.fileSize = fstatSync(fd).size;
		this.header = this.readHeader();
		this.segments = this.readSegments();
		this.sections = this.readSections();
	}

	/** Opens and validates `path`; the caller must close() it (or use withElf). */
	static open(path: string): ElfFile {
		let fd: number;
		try {
			fd = openSync(path, "r");
		} catch (err) {
			const code = errnoCode(err);
			if (code === "ENOENT") {
				throw new ElfReadError(`${path}: no such file`, "Check the --path value; build the binary first if needed.");
			}
			if (code === "EISDIR") {
				throw new ElfReadError(`${path}: is a directory`, "Give the path of an executable or shared library file.");
			}
			throw new ElfReadError(`${path}: cannot open (${code ?? String(err)})`, "Check the file's permissions.", {
				cause: err,
			});
		}
		try {
			if (fstatSync(fd).isDirectory()) {
				throw new ElfReadError(`${path}: is a directory`, "Give the path of an executable or shared library file.");
			}
			return new ElfFile(path, fd);
		} catch (err) {
			closeSync(fd);
			throw err;
		}
	}

	close(): void {
		if (this.fd >= 0) {
			closeSync(this.fd);
			this.fd = -1;
		}
	}

	/** Reads `length` bytes at file offset `offset`; fails on a short read (a truncated file). */
	read(offset: number, length: number): Buffer {
		if (offset < 0 || length < 0 || offset + length > this.fileSize) {
			throw new ElfReadError(
				`${this.path}: truncated or corrupt ELF (wants bytes ${offset}..${offset + length}, file has ${this.fileSize})`,
				"Rebuild the binary, or point --path at an intact copy.",
			);
		}
		const buf = Buffer.allocUnsafe(length);
		let done = 0;
		while (done < length) {
			const n = readSync(this.fd, buf, done, length - done, offset + done);
			if (n === 0) break;
			done += n;
		}
		if (done !== length) {
			throw new ElfReadError(`${this.path}: short read at offset ${offset}`, "Is the file being rewritten? Try again.");
		}
		return buf;
	}

	private readHeader(): ElfHeader {
		if (this.fileSize < EI_NIDENT) {
			throw new ElfReadError(
				`${this.path}: not an ELF file (too short)`,
				"Give the path of a compiled program or library.",
			);
		}
		const ident = this.read(0, EI_NIDENT);
		if (!ident.subarray(0, ELFMAG.length).equals(ELFMAG)) {
			throw new ElfReadError(
				`${this.path}: not an ELF file`,
				"Give the compiled binary, not a script or wrapper (for a script, trace the interpreter it runs).",
			);
		}
		if (ident[EI_CLASS] !== ELFCLASS64) {
			throw new ElfUnsupportedError(
				`${this.path}: 32-bit ELF is not supported`,
				"xcover traces 64-bit x86_64 and aarch64 binaries; build the program for a 64-bit target.",
			);
		}
		if (ident[EI_DATA] !== ELFDATA2LSB) {
			throw new ElfUnsupportedError(
				`${this.path}: big-endian ELF is not supported`,
				"xcover traces little-endian x86_64 and aarch64 binaries.",
			);
		}
		if (this.fileSize < ELF64_EHDR_SIZE) {
			throw new ElfReadError(`${this.path}: truncated ELF header`, "Rebuild the binary.");
		}
		const h = this.read(0, ELF64_EHDR_SIZE);
		const v = new DataView(h.buffer, h.byteOffset, h.byteLength);
		const header: ElfHeader = {
			type: v.getUint16(16, true),
			machine: v.getUint16(18, true),
			entry: u64(v, 24),
			phoff: u64(v, 32),
			shoff: u64(v, 40),
			phentsize: v.getUint16(54, true),
			phnum: v.getUint16(56, true),
			shentsize: v.getUint16(58, true),
			shnum: v.getUint16(60, true),
			shstrndx: v.getUint16(62, true),
		};
		// Extended numbering: with 0xff00+ sections the real counts live in section header 0.
		if (header.shoff !== 0 && (header.shnum === 0 || header.shstrndx === SHN_XINDEX || header.phnum === PN_XNUM)) {
			const s0 = this.read(header.shoff, ELF64_SHDR_SIZE);
			const sv = new DataView(s0.buffer, s0.byteOffset, ELF64_SHDR_SIZE);
			if (header.shnum === 0) header.shnum = u64(sv, 32);
			if (header.shstrndx === SHN_XINDEX) header.shstrndx = sv.getUint32(40, true);
			if (header.phnum === PN_XNUM) header.phnum = sv.getUint32(44, true);
		}
		if (header.shnum > 0 && header.shentsize !== ELF64_SHDR_SIZE) {
			throw new ElfReadError(`${this.path}: corrupt section header size ${header.shentsize}`, "Rebuild the binary.");
		}
		if (header.phnum > 0 && header.phentsize !== ELF64_PHDR_SIZE) {
			throw new ElfReadError(`${this.path}: corrupt program header size ${header.phentsize}`, "Rebuild the binary.");
		}
		return header;
	}

	private readSegments(): ElfSegment[] {
		const { phoff, phnum } = this.header;
		if (phnum === 0) return [];
		const raw = this.read(phoff, phnum * ELF64_PHDR_SIZE);
		const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
		const out: ElfSegment[] = [];
		for (let i = 0; i < phnum; i++) {
			const at = i * ELF64_PHDR_SIZE;
			out.push({
				type: v.getUint32(at, true),
				flags: v.getUint32(at + 4, true),
				offset: u64(v, at + 8),
				vaddr: u64(v, at + 16),
				filesz: u64(v, at + 32),
				memsz: u64(v, at + 40),
			});
		}
		return out;
	}

	private readSections(): ElfSection[] {
		const { shoff, shnum, shstrndx } = this.header;
		if (shnum === 0 || shoff === 0) return [];
		const raw = this.read(shoff, shnum * ELF64_SHDR_SIZE);
		const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
		const out: ElfSection[] = [];
		for (let i = 0; i < shnum; i++) {
			const at = i * ELF64_SHDR_SIZE;
			out.push({
				index: i,
				name: String(v.getUint32(at, true)),
				type: v.getUint32(at + 4, true),
				flags: u64(v, at + 8),
				addr: u64(v, at + 16),
				offset: u64(v, at + 24),
				size: u64(v, at + 32),
				link: v.getUint32(at + 40, true),
				info: v.getUint32(at + 44, true),
				addralign: u64(v, at + 48),
				entsize: u64(v, at + 56),
			});
		}
		const shstr = out[shstrndx];
		const names = shstr ? this.sectionData(shstr) : Buffer.alloc(0);
		for (const s of out) s.name = cString(names, Number(s.name));
		return out;
	}

	section(name: string): ElfSection | undefined {
		return this.sections.find((s) => s.name === name);
	}

	sectionData(section: ElfSection): Buffer {
		if (section.type === SHT_NOBITS) return Buffer.alloc(0);
		return this.read(section.offset, section.size);
	}

	/**
	 * Symbols of a SHT_SYMTAB or SHT_DYNSYM section. `filter` sees the raw type and section index
	 * before the name is decoded, so callers that keep few symbols do not pay for every name.
	 */
	symbols(table: ElfSection, filter?: (type: number, shndx: number, size: number) => boolean): ElfSymbol[] {
		if (table.entsize !== ELF64_SYM_SIZE && table.size > 0) {
			throw new ElfReadError(`${this.path}: corrupt symbol table ${table.name}`, "Rebuild the binary.");
		}
		const strtab = this.sections[table.link];
		if (!strtab)
			throw new ElfReadError(`${this.path}: symbol table ${table.name} has no string table`, "Rebuild the binary.");
		const raw = this.sectionData(table);
		const strings = this.sectionData(strtab);
		const shndxSection = this.sections.find((s) => s.type === SHT_SYMTAB_SHNDX && s.link === table.index);
		const shndxTable = shndxSection ? this.sectionData(shndxSection) : undefined;
		const v = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
		const count = Math.floor(raw.byteLength / ELF64_SYM_SIZE);
		const out: ElfSymbol[] = [];
		for (let i = 0; i < count; i++) {
			const at = i * ELF64_SYM_SIZE;
			const info = v.getUint8(at + 4);
			const type = ELF64_ST_TYPE(info);
			let shndx = v.getUint16(at + 6, true);
			if (shndx === SHN_XINDEX && shndxTable && (i + 1) * 4 <= shndxTable.length) {
				shndx = shndxTable.readUInt32LE(i * 4);
			}
			const size = u64(v, at + 16);
			if (filter && !filter(type, shndx, size)) continue;
			out.push({
				name: cString(strings, v.getUint32(at, true)),
				value: u64(v, at + 8),
				size,
				type,
				bind: ELF64_ST_BIND(info),
				shndx,
			});
		}
		return out;
	}

	/** The GNU build-id as lowercase hex, from PT_NOTE segments or SHT_NOTE sections. */
	buildId(): string | undefined {
		const places: Array<{ offset: number; size: number }> = [];
		for (const s of this.segments) if (s.type === PT_NOTE) places.push({ offset: s.offset, size: s.filesz });
		if (places.length === 0) {
			for (const s of this.sections) if (s.type === SHT_NOTE) places.push({ offset: s.offset, size: s.size });
		}
		for (const place of places) {
			if (place.size > 1 << 20 || place.offset + place.size > this.fileSize) continue;
			const notes = this.read(place.offset, place.size);
			let at = 0;
			while (at + 12 <= notes.length) {
				const namesz = notes.readUInt32LE(at);
				const descsz = notes.readUInt32LE(at + 4);
				const type = notes.readUInt32LE(at + 8);
				const nameAt = at + 12;
				const descAt = nameAt + align4(namesz);
				// Sizes come from the file: a note that claims more than is left ends the walk.
				if (descAt > notes.length || descAt + descsz > notes.length) break;
				if (type === NT_GNU_BUILD_ID && namesz === 4 && notes.toString("latin1", nameAt, nameAt + 3) === "GNU") {
					return notes.toString("hex", descAt, descAt + descsz);
				}
				at = descAt + align4(descsz);
			}
		}
		return undefined;
	}
}

/** Rounded up to a multiple of 4, in floating point: a 32-bit `&` turns sizes of 2^31 and more negative. */
function align4(n: number): number {
	return Math.ceil(n / 4) * 4;
}

function cString(buf: Buffer, at: number): string {
	if (at >= buf.length) return "";
	let end = buf.indexOf(0, at);
	if (end < 0) end = buf.length;
	return buf.toString("utf8", at, end);
}

/** Opens `path`, runs `fn` and always closes the file. */
export function withElf<T>(path: string, fn: (elf: ElfFile) => T): T {
	const elf = ElfFile.open(path);
	try {
		return fn(elf);
	} finally {
		elf.close();
	}
}
