/**
 * The loaded image of an ELF file as Go's tables see it: bytes by virtual address, and pointers
 * as the dynamic loader will leave them. PIE binaries store some pointers as 0 (or as a link-time
 * value) and let an R_*_RELATIVE relocation write the final one, so a pointer read consults the
 * relocations first.
 */

import {
	DT_NULL,
	DT_RELA,
	DT_RELASZ,
	ELF64_DYN_SIZE,
	ELF64_RELA_SIZE,
	EM_AARCH64,
	PT_DYNAMIC,
	PT_LOAD,
	R_AARCH64_RELATIVE,
	R_X86_64_RELATIVE,
	SHT_NOBITS,
	SHT_RELA,
} from "../elf/constants.js";
import type { ElfFile } from "../elf/reader.js";
import { GoTableError } from "./errors.js";

/** More relocations than this is not a binary we can afford to index; pointers then read as stored. */
const MAX_RELOCATIONS = 8_000_000;

export class GoImage {
	readonly elf: ElfFile;
	private relative: Map<number, number> | undefined;

	constructor(elf: ElfFile) {
		this.elf = elf;
	}

	/** File offset of `vaddr` by the PT_LOAD segments, or undefined when no segment holds it in the file. */
	offsetOf(vaddr: number, length = 1): number | undefined {
		for (const s of this.elf.segments) {
			if (s.type !== PT_LOAD) continue;
			if (vaddr >= s.vaddr && vaddr + length <= s.vaddr + s.filesz) return s.offset + (vaddr - s.vaddr);
		}
		// Objects without program headers still name their sections' addresses.
		for (const s of this.elf.sections) {
			if (s.addr === 0 || s.type === SHT_NOBITS) continue;
			if (vaddr >= s.addr && vaddr + length <= s.addr + s.size) return s.offset + (vaddr - s.addr);
		}
		return undefined;
	}

	/** `length` bytes at `vaddr`; throws GoTableError when the file does not hold them. */
	bytesAt(vaddr: number, length: number): Buffer {
		const offset = this.offsetOf(vaddr, length);
		if (offset === undefined || offset + length > this.elf.fileSize) {
			throw new GoTableError(`${this.elf.path}: address 0x${vaddr.toString(16)} is not in the file`);
		}
		return this.elf.read(offset, length);
	}

	/** Up to `length` bytes from file offset `offset`, fewer when the file ends first. */
	readClamped(offset: number, length: number): Buffer {
		const available = Math.max(0, Math.min(length, this.elf.fileSize - offset));
		return available > 0 ? this.elf.read(offset, available) : Buffer.alloc(0);
	}

	/** The value an R_*_RELATIVE relocation writes at `vaddr`, if one does. */
	relocatedPointer(vaddr: number): number | undefined {
		return this.relocations().get(vaddr);
	}

	/** A pointer-sized value at `vaddr` after dynamic relocation. */
	pointerAt(vaddr: number, ptrSize: number): number {
		const relocated = this.relocations().get(vaddr);
		if (relocated !== undefined) return relocated;
		const b = this.bytesAt(vaddr, ptrSize);
		return ptrSize === 8 ? b.readUInt32LE(0) + b.readUInt32LE(4) * 0x1_0000_0000 : b.readUInt32LE(0);
	}

	/** R_*_RELATIVE targets and addends (load bias 0), read once. */
	private relocations(): Map<number, number> {
		if (this.relative) return this.relative;
		const out = new Map<number, number>();
		this.relative = out;
		const relative = this.elf.header.machine === EM_AARCH64 ? R_AARCH64_RELATIVE : R_X86_64_RELATIVE;
		try {
			for (const { offset, size } of this.relaTables()) {
				const count = Math.min(Math.floor(size / ELF64_RELA_SIZE), MAX_RELOCATIONS - out.size);
				if (count <= 0) break;
				const raw = this.readClamped(offset, count * ELF64_RELA_SIZE);
				for (let at = 0; at + ELF64_RELA_SIZE <= raw.length; at += ELF64_RELA_SIZE) {
					if (raw.readUInt32LE(at + 8) !== relative) continue;
					const where = raw.readUInt32LE(at) + raw.readUInt32LE(at + 4) * 0x1_0000_0000;
					const addend = Number(raw.readBigInt64LE(at + 16));
					out.set(where, addend);
				}
			}
		} catch {
			// A corrupt relocation table leaves the pointers as stored in the file.
		}
		return out;
	}

	private relaTables(): Array<{ offset: number; size: number }> {
		const bySection = this.elf.sections
			.filter((s) => s.type === SHT_RELA && (s.entsize === ELF64_RELA_SIZE || s.entsize === 0))
			.map((s) => ({ offset: s.offset, size: s.size }));
		if (bySection.length > 0 || this.elf.sections.length > 0) return bySection;
		// Without section headers the dynamic segment still says where the loader finds them.
		const dynamic = this.elf.segments.find((s) => s.type === PT_DYNAMIC);
		if (!dynamic) return [];
		const raw = this.readClamped(dynamic.offset, Math.min(dynamic.filesz, 1 << 16));
		let rela: number | undefined;
		let relasz = 0;
		for (let at = 0; at + ELF64_DYN_SIZE <= raw.length; at += ELF64_DYN_SIZE) {
			const tag = raw.readUInt32LE(at) + raw.readUInt32LE(at + 4) * 0x1_0000_0000;
			const value = raw.readUInt32LE(at + 8) + raw.readUInt32LE(at + 12) * 0x1_0000_0000;
			if (tag === DT_NULL) break;
			if (tag === DT_RELA) rela = value;
			if (tag === DT_RELASZ) relasz = value;
		}
		if (rela === undefined) return [];
		const offset = this.offsetOf(rela, relasz);
		return offset === undefined ? [] : [{ offset, size: relasz }];
	}
}
