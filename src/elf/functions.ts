/**
 * Turns an ELF executable or shared library into its function table: every function symbol with
 * code, keyed by the file offset a uprobe needs, aliases merged.
 */
import { ElfUnsupportedError } from "./errors.js";
import {
	type ElfFile,
	type ElfSection,
	type ElfSegment,
	EM_AARCH64,
	EM_X86_64,
	ET_DYN,
	ET_EXEC,
	machineName,
	PT_LOAD,
	SHF_EXECINSTR,
	SHN_LORESERVE,
	SHN_UNDEF,
	SHT_DYNSYM,
	SHT_SYMTAB,
	STB_GLOBAL,
	STB_WEAK,
	STT_FUNC,
	STT_GNU_IFUNC,
	withElf,
} from "./reader.js";

export interface SourceLocation {
	/** Source file as the debug info names it (absolute where the compiler recorded a directory). */
	file: string;
	/** First line of the function (its declaration line). */
	lineStart: number;
	/** Last line of the function's own file that its code covers. */
	lineEnd: number;
}

export interface FunctionEntry {
	/** Every symbol name at this entry point, the preferred one (global, then weak, then local) first. */
	names: string[];
	/** Virtual address as linked (st_value). */
	address: number;
	/** File offset of the entry point: what a uprobe is attached to. */
	offset: number;
	size: number;
	/** Where the debug info (DWARF, or Go's pclntab) places the function, when it says. */
	source?: SourceLocation;
	/** Go package, Rust crate path or C++ namespace the function belongs to, when known. */
	package?: string;
}

export interface FunctionTable {
	path: string;
	buildId: string | undefined;
	arch: string;
	/** Sorted by offset, one entry per distinct offset. */
	functions: FunctionEntry[];
	/** Set for Go binaries: the main module's path from the build info ("" when it has none). */
	goModule?: string;
}

/** The ELF machine that the running CPU executes, or undefined on a CPU xcover does not support. */
export function hostMachine(arch: string = process.arch): number | undefined {
	if (arch === "x64") return EM_X86_64;
	if (arch === "arm64") return EM_AARCH64;
	return undefined;
}

export function readFunctionTable(path: string): FunctionTable {
	return withElf(path, (elf) => functionTableOf(elf));
}

/**
 * The function table of `elf`. Symbols come from `symbols` when given: a separate debug file
 * (objcopy --only-keep-debug) keeps the full symbol table and the section headers of a stripped
 * binary. File offsets always come from `elf`'s own program headers, since that is what the
 * kernel maps and probes.
 */
export function functionTableOf(elf: ElfFile, symbols: ElfFile = elf): FunctionTable {
	checkTraceable(elf);
	const codeSections = new Set<number>();
	for (const s of symbols.sections) {
		// PLT stubs are jumps to other functions, not functions of this binary.
		if (s.flags & SHF_EXECINSTR && !s.name.startsWith(".plt")) codeSections.add(s.index);
	}
	const loads = elf.segments.filter((s) => s.type === PT_LOAD);
	const tables: ElfSection[] = symbols.sections.filter((s) => s.type === SHT_SYMTAB || s.type === SHT_DYNSYM);

	// Flat arrays and one sort instead of an object per symbol: /usr/bin/node has 190,000
	// symbols, and per-symbol objects made garbage collection the larger part of reading it.
	const offsets: number[] = [];
	const addresses: number[] = [];
	const sizes: number[] = [];
	const ranks: number[] = [];
	const names: string[] = [];
	for (const table of tables) {
		const found = symbols.symbols(
			table,
			(type, shndx, size) =>
				(type === STT_FUNC || type === STT_GNU_IFUNC) &&
				size > 0 &&
				shndx !== SHN_UNDEF &&
				shndx < SHN_LORESERVE &&
				codeSections.has(shndx),
		);
		for (const sym of found) {
			if (sym.name === "") continue;
			const offset = fileOffsetIn(loads, sym.value);
			if (offset === undefined) continue;
			offsets.push(offset);
			addresses.push(sym.value);
			sizes.push(sym.size);
			ranks.push(sym.bind === STB_GLOBAL ? 0 : sym.bind === STB_WEAK ? 1 : 2);
			names.push(sym.name);
		}
	}
	const order = Array.from(offsets.keys());
	order.sort(
		(x, y) => (offsets[x] as number) - (offsets[y] as number) || (ranks[x] as number) - (ranks[y] as number) || x - y,
	);
	const functions: FunctionEntry[] = [];
	let current: FunctionEntry | undefined;
	for (const i of order) {
		const offset = offsets[i] as number;
		const name = names[i] as string;
		if (current?.offset !== offset) {
			current = { names: [name], address: addresses[i] as number, offset, size: sizes[i] as number };
			functions.push(current);
			continue;
		}
		if ((sizes[i] as number) > current.size) current.size = sizes[i] as number;
		if (!current.names.includes(name)) current.names.push(name);
	}
	return { path: elf.path, buildId: elf.buildId(), arch: machineName(elf.header.machine), functions };
}

/** Where a virtual address of the binary lies in its file, through the loadable segments. */
export function fileOffsetIn(loads: readonly ElfSegment[], address: number): number | undefined {
	for (const l of loads) {
		if (address >= l.vaddr && address < l.vaddr + l.filesz) return address - l.vaddr + l.offset;
	}
	return undefined;
}

function checkTraceable(elf: ElfFile): void {
	const { type, machine } = elf.header;
	if (type !== ET_EXEC && type !== ET_DYN) {
		throw new ElfUnsupportedError(
			`${elf.path}: ELF type ${type} is neither an executable nor a shared library`,
			"Give the linked program or .so, not an object file or core dump.",
		);
	}
	const host = hostMachine();
	if (machine !== EM_X86_64 && machine !== EM_AARCH64) {
		throw new ElfUnsupportedError(
			`${elf.path}: built for ${machineName(machine)}, which xcover does not trace`,
			"xcover traces x86_64 and aarch64 binaries.",
		);
	}
	if (host !== undefined && machine !== host) {
		throw new ElfUnsupportedError(
			`${elf.path}: built for ${machineName(machine)}, but this machine runs ${machineName(host)}`,
			"Trace the binary on a machine of its own architecture.",
		);
	}
}
