/**
 * What the fuzz targets share: the rule that only the project's typed input errors are fine, a
 * scratch file for readers that take a path, and a tiny ELF writer so that targets can mutate
 * section contents without also breaking the headers around them on every mutation.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs `fn`; an error of one of `fine` is an expected answer to bad input and is swallowed.
 * Anything else (TypeError, RangeError, a plain Error) escapes and is a finding.
 */
export function tolerate<T>(fine: readonly ErrorClass[], fn: () => T): T | undefined {
	try {
		return fn();
	} catch (err) {
		if (fine.some((c) => err instanceof c)) return undefined;
		throw err;
	}
}

/** A throw-away folder per process, in memory when the host has /dev/shm. */
export function scratchDir(name: string): string {
	const base = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
	const dir = join(base, `xcover-fuzz-${process.pid}`, name);
	mkdirSync(dir, { recursive: true });
	return dir;
}

/** Writes `data` to a fixed file of this process and returns its path (readers that want a path). */
export function asFile(data: Uint8Array, name = "input"): string {
	const path = join(scratchDir("files"), name);
	writeFileSync(path, data);
	return path;
}

export interface SyntheticSection {
	name: string;
	type: number;
	flags: number;
	addr: number;
	/** Contents; for SHT_NOBITS only its length counts. */
	data: Uint8Array;
	/** sh_link (1-based, as in the file: section 0 is the null section) and sh_entsize. */
	link?: number;
	entsize?: number;
}

const SHT_PROGBITS = 1;
const SHT_STRTAB = 3;
const SHT_NOBITS = 8;
const SHF_EXECINSTR = 0x4;
const SHF_COMPRESSED = 0x800;

/** An ELF64 little-endian x86_64 shared object holding `sections` and no program headers. */
export function buildElf(sections: readonly SyntheticSection[], machine = 62): Buffer {
	const names: number[] = [];
	let shstr = "\0";
	for (const s of [...sections, { name: ".shstrtab" }]) {
		names.push(shstr.length);
		shstr += `${s.name}\0`;
	}
	const all: SyntheticSection[] = [
		...sections,
		{ name: ".shstrtab", type: SHT_STRTAB, flags: 0, addr: 0, data: Buffer.from(shstr, "latin1") },
	];
	const offsets: number[] = [];
	let at = 64;
	for (const s of all) {
		offsets.push(at);
		if (s.type !== SHT_NOBITS) at += s.data.length;
	}
	const shoff = Math.ceil(at / 8) * 8;
	const out = Buffer.alloc(shoff + (all.length + 1) * 64);
	out.write("\x7fELF", 0, "latin1");
	out[4] = 2; // ELFCLASS64
	out[5] = 1; // little-endian
	out[6] = 1; // EV_CURRENT
	out.writeUInt16LE(3, 16); // ET_DYN
	out.writeUInt16LE(machine, 18);
	out.writeUInt32LE(1, 20);
	out.writeBigUInt64LE(BigInt(shoff), 40);
	out.writeUInt16LE(64, 52);
	out.writeUInt16LE(64, 58);
	out.writeUInt16LE(all.length + 1, 60);
	out.writeUInt16LE(all.length, 62);
	all.forEach((s, i) => {
		const h = shoff + (i + 1) * 64;
		out.writeUInt32LE(names[i] as number, h);
		out.writeUInt32LE(s.type, h + 4);
		out.writeBigUInt64LE(BigInt(s.flags), h + 8);
		out.writeBigUInt64LE(BigInt(s.addr), h + 16);
		out.writeBigUInt64LE(BigInt(offsets[i] as number), h + 24);
		out.writeBigUInt64LE(BigInt(s.data.length), h + 32);
		out.writeUInt32LE(s.link ?? 0, h + 40);
		out.writeBigUInt64LE(1n, h + 48);
		out.writeBigUInt64LE(BigInt(s.entsize ?? 0), h + 56);
		if (s.type !== SHT_NOBITS) out.set(s.data, offsets[i] as number);
	});
	return out;
}

/**
 * The section container the DWARF target reads, one record per section:
 * name length (u8), name, flags (u8: 1 compressed, 2 code without contents), address (u32),
 * length (u32), then the contents unless flag 2 is set. A truncated record ends the list.
 */
export function decodeSections(data: Uint8Array): SyntheticSection[] {
	const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
	const out: SyntheticSection[] = [];
	let at = 0;
	while (at < b.length && out.length < 32) {
		const nameLength = b[at] as number;
		if (at + 1 + nameLength + 9 > b.length) break;
		const name = b.toString("latin1", at + 1, at + 1 + nameLength);
		at += 1 + nameLength;
		const flags = b[at] as number;
		const addr = b.readUInt32LE(at + 1);
		const length = b.readUInt32LE(at + 5);
		at += 9;
		if (flags & 2) {
			// Code sections only give the DWARF reader addresses that count as code.
			out.push({ name, type: SHT_NOBITS, flags: SHF_EXECINSTR, addr, data: new Uint8Array(Math.min(length, 1 << 16)) });
			continue;
		}
		const contents = b.subarray(at, Math.min(b.length, at + length));
		at += contents.length;
		out.push({ name, type: SHT_PROGBITS, flags: flags & 1 ? SHF_COMPRESSED : 0, addr, data: contents });
	}
	return out;
}

export function encodeSections(sections: readonly SyntheticSection[]): Buffer {
	const parts: Buffer[] = [];
	for (const s of sections) {
		const name = Buffer.from(s.name, "latin1");
		const head = Buffer.alloc(1 + name.length + 9);
		head[0] = name.length;
		name.copy(head, 1);
		const code = (s.flags & SHF_EXECINSTR) !== 0;
		head[1 + name.length] = (s.flags & SHF_COMPRESSED ? 1 : 0) | (code ? 2 : 0);
		head.writeUInt32LE(s.addr >>> 0, 2 + name.length);
		head.writeUInt32LE(s.data.length, 6 + name.length);
		parts.push(head);
		if (!code) parts.push(Buffer.from(s.data));
	}
	return Buffer.concat(parts);
}
