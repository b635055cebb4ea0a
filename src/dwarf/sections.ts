/**
 * Access to an ELF file's debug sections, decompressed when needed: SHF_COMPRESSED sections
 * (gABI Elf64_Chdr, zlib or zstd) and the legacy GNU `.zdebug_*` form ("ZLIB" + 8-byte big-endian
 * size + zlib stream) that old `-gz=zlib-gnu` builds still carry.
 */
import { constants as bufferConstants } from "node:buffer";
import * as zlib from "node:zlib";
import type { DiagnosticSink } from "../diagnostics.js";
import { ELF64_CHDR_SIZE, ELFCOMPRESS_ZLIB, ELFCOMPRESS_ZSTD, SHF_COMPRESSED, SHT_NOBITS } from "../elf/constants.js";
import type { ElfFile, ElfSection } from "../elf/reader.js";
import { errorMessage, XcoverError } from "../errors.js";
import { DwarfCompressionError, DwarfError } from "./errors.js";

/** zstdDecompressSync arrived in Node 22.15; the type declarations of Node 20 do not know it. */
type ZstdDecompress = (buf: Buffer, options?: { maxOutputLength?: number }) => Buffer;
const zstdDecompressSync = (zlib as unknown as { zstdDecompressSync?: ZstdDecompress }).zstdDecompressSync;

/** Inflated sections larger than this are refused: a corrupt header must not ask for terabytes. */
const MAX_SECTION_BYTES = bufferConstants.MAX_LENGTH;

export class DebugSections {
	readonly elf: ElfFile;
	/** ".dwo" for the sections of a split DWARF object, "" otherwise. */
	private readonly suffix: string;
	private readonly cache = new Map<string, Buffer | undefined>();
	private readonly diagnostics: DiagnosticSink;

	constructor(elf: ElfFile, diagnostics: DiagnosticSink, suffix = "") {
		this.elf = elf;
		this.diagnostics = diagnostics;
		this.suffix = suffix;
	}

	/** Whether `.NAME` (or `.zNAME`) exists with contents, without reading it. */
	has(name: string): boolean {
		return this.find(name) !== undefined;
	}

	/** The contents of `.NAME` (e.g. "debug_info"), or undefined when absent or unreadable (with a warning). */
	get(name: string): Buffer | undefined {
		if (this.cache.has(name)) return this.cache.get(name);
		let data: Buffer | undefined;
		const found = this.find(name);
		if (found) {
			try {
				data = readSection(this.elf, found.section, found.legacy);
			} catch (err) {
				// The hint says what the user can do (e.g. which Node.js decompresses zstd); keep it.
				const hint = err instanceof XcoverError ? ` (${err.hint})` : "";
				this.diagnostics.report({
					kind: err instanceof DwarfCompressionError ? "zstd-unsupported" : "dwarf-damaged",
					message: `${this.elf.path}: ${found.section.name} ${errorMessage(err)}${hint}`,
					file: this.elf.path,
				});
			}
		}
		this.cache.set(name, data);
		return data;
	}

	private find(name: string): { section: ElfSection; legacy: boolean } | undefined {
		const plain = this.elf.section(`.${name}${this.suffix}`);
		if (plain && plain.type !== SHT_NOBITS && plain.size > 0) return { section: plain, legacy: false };
		const legacy = this.elf.section(`.z${name}${this.suffix}`);
		if (legacy && legacy.type !== SHT_NOBITS && legacy.size > 0) return { section: legacy, legacy: true };
		return undefined;
	}
}

/** Reads one section and inflates it if compressed. Throws DwarfError on any problem. */
export function readSection(elf: ElfFile, section: ElfSection, legacy: boolean): Buffer {
	const raw = elf.sectionData(section);
	if (legacy) {
		if (raw.length < 12 || raw.toString("latin1", 0, 4) !== "ZLIB") {
			// Some producers leave small .zdebug sections uncompressed; the name alone does not promise a header.
			return raw;
		}
		const size = raw.readUInt32BE(4) * 0x1_0000_0000 + raw.readUInt32BE(8);
		return inflate(raw.subarray(12), size, ELFCOMPRESS_ZLIB);
	}
	if ((section.flags & SHF_COMPRESSED) === 0) return raw;
	if (raw.length < ELF64_CHDR_SIZE) throw new DwarfError("compression header is truncated");
	const type = raw.readUInt32LE(0);
	const size = raw.readUInt32LE(8) + raw.readUInt32LE(12) * 0x1_0000_0000;
	return inflate(raw.subarray(ELF64_CHDR_SIZE), size, type);
}

function inflate(data: Buffer, size: number, type: number): Buffer {
	if (size > MAX_SECTION_BYTES) {
		throw new DwarfError(`claims ${size} bytes once decompressed, more than xcover reads (${MAX_SECTION_BYTES})`);
	}
	let out: Buffer;
	if (type === ELFCOMPRESS_ZLIB) {
		try {
			out = zlib.inflateSync(data, { maxOutputLength: Math.max(size, 1) });
		} catch (err) {
			throw new DwarfError(`zlib data is corrupt (${errorMessage(err)})`);
		}
	} else if (type === ELFCOMPRESS_ZSTD) {
		if (!zstdDecompressSync) {
			throw new DwarfCompressionError(
				`is compressed with zstd, which Node.js ${process.version} cannot decompress`,
				"Run xcover on Node.js ≥ 22.15, or decompress the binary's debug sections with `objcopy --decompress-debug-sections`.",
			);
		}
		try {
			out = zstdDecompressSync(data, { maxOutputLength: Math.max(size, 1) });
		} catch (err) {
			throw new DwarfError(`zstd data is corrupt (${errorMessage(err)})`);
		}
	} else {
		throw new DwarfError(`uses unknown compression type ${type}`);
	}
	if (out.length !== size) throw new DwarfError(`decompressed to ${out.length} bytes instead of ${size}`);
	return out;
}
