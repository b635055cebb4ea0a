/**
 * The numbers of the System V ABI's ELF chapter (and the GNU and psABI extensions) that xcover
 * reads, named once so that every reader compares against the same values.
 */

/** e_ident: the magic, and the two bytes after it that say 64-bit little-endian. */
export const ELFMAG = Buffer.from([0x7f, 0x45, 0x4c, 0x46]);
export const EI_CLASS = 4;
export const EI_DATA = 5;
export const EI_NIDENT = 16;
export const ELFCLASS64 = 2;
export const ELFDATA2LSB = 1;

/** Sizes of the ELF64 records; a header that declares another size is corrupt. */
export const ELF64_EHDR_SIZE = 64;
export const ELF64_SHDR_SIZE = 64;
export const ELF64_PHDR_SIZE = 56;
export const ELF64_SYM_SIZE = 24;
export const ELF64_RELA_SIZE = 24;
export const ELF64_DYN_SIZE = 16;
export const ELF64_CHDR_SIZE = 24;

export const ET_REL = 1;
export const ET_EXEC = 2;
export const ET_DYN = 3;

export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;
export const EM_BPF = 247;

export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_RELA = 4;
export const SHT_NOTE = 7;
export const SHT_NOBITS = 8;
export const SHT_REL = 9;
export const SHT_DYNSYM = 11;
export const SHT_SYMTAB_SHNDX = 18;

export const SHF_ALLOC = 0x2;
export const SHF_EXECINSTR = 0x4;
export const SHF_COMPRESSED = 0x800;

/** ch_type of a compressed section's header. */
export const ELFCOMPRESS_ZLIB = 1;
export const ELFCOMPRESS_ZSTD = 2;

export const PT_LOAD = 1;
export const PT_DYNAMIC = 2;
export const PT_NOTE = 4;
export const PF_X = 1;

export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_SECTION = 3;
export const STT_GNU_IFUNC = 10;

export const STB_LOCAL = 0;
export const STB_GLOBAL = 1;
export const STB_WEAK = 2;

/** st_info holds the binding in its high nibble and the type in its low one. */
export function ELF64_ST_BIND(info: number): number {
	return info >> 4;
}
export function ELF64_ST_TYPE(info: number): number {
	return info & 0xf;
}

export const SHN_UNDEF = 0;
export const SHN_LORESERVE = 0xff00;
export const SHN_XINDEX = 0xffff;
/** e_phnum when the real count lives in section header 0's sh_info. */
export const PN_XNUM = 0xffff;

export const NT_GNU_BUILD_ID = 3;

export const DT_NULL = 0;
export const DT_RELA = 7;
export const DT_RELASZ = 8;

export const R_X86_64_RELATIVE = 8;
export const R_AARCH64_RELATIVE = 1027;
