/**
 * Reads the compiled `bpf/xcover.bpf.o` (an ELF relocatable object of machine EM_BPF): its one
 * program's instructions and their relocations, the BTF-defined maps, and the initial bytes of
 * read-only globals (`const volatile` settings).
 */
import { EM_BPF, ET_REL, SHF_EXECINSTR, SHT_PROGBITS, SHT_REL, STT_FUNC, STT_OBJECT } from "../elf/constants.js";
import { withElf } from "../elf/reader.js";
import { XcoverError } from "../errors.js";
import { R_BPF_64_64 } from "./bpfAbi.js";
import { type BtfMapDefinition, btfMapDefinitions, parseBtf } from "./btf.js";

export interface BpfRelocation {
	/** Index of the 16-byte ld_imm64 instruction pair to patch. */
	insnIndex: number;
	symbolName: string;
	/** Section the symbol lives in: `.maps` for a map, `.rodata` for a global. */
	targetSection: string;
	/** The symbol's offset inside that section (0 for a section symbol; the addend is in imm). */
	symbolValue: number;
}

export interface BpfProgramCode {
	name: string;
	section: string;
	insns: Buffer;
	relocations: BpfRelocation[];
}

export interface BpfGlobals {
	data: Buffer;
	/** Variable name → byte range inside `data`. */
	variables: Map<string, { offset: number; size: number }>;
}

export interface BpfObject {
	license: string;
	program: BpfProgramCode;
	maps: BtfMapDefinition[];
	rodata: BpfGlobals | undefined;
}

export class BpfObjectError extends XcoverError {}

function bad(path: string, what: string): never {
	throw new BpfObjectError(`${path}: ${what}`, "Rebuild the BPF program with `npm run build`.");
}

export function readBpfObject(path: string): BpfObject {
	return withElf(path, (elf) => {
		if (elf.header.type !== ET_REL || elf.header.machine !== EM_BPF) bad(path, "not a BPF object file");
		const symtab = elf.section(".symtab") ?? bad(path, "no symbol table");
		const symbols = elf.symbols(symtab);
		const sectionName = (i: number) => elf.sections[i]?.name ?? "";

		const licenseSection = elf.section("license");
		const license = licenseSection ? elf.sectionData(licenseSection).toString("latin1").replace(/\0.*$/s, "") : "GPL";

		const code = elf.sections.filter((s) => s.type === SHT_PROGBITS && s.flags & SHF_EXECINSTR && s.size > 0);
		if (code.length !== 1) bad(path, `expected exactly one program section, found ${code.length}`);
		const progSection = code[0] as (typeof code)[number];
		const progSymbol = symbols.find((s) => s.shndx === progSection.index && s.type === STT_FUNC && s.value === 0);

		const relocations: BpfRelocation[] = [];
		for (const rel of elf.sections.filter((s) => s.type === SHT_REL && s.info === progSection.index)) {
			const raw = elf.sectionData(rel);
			for (let at = 0; at + 16 <= raw.length; at += 16) {
				const offset = Number(raw.readBigUInt64LE(at));
				const symIndex = raw.readUInt32LE(at + 12);
				const type = raw.readUInt32LE(at + 8);
				const sym = symbols[symIndex] ?? bad(path, `relocation names symbol ${symIndex}`);
				if (type !== R_BPF_64_64) {
					bad(path, `unsupported relocation type ${type} for ${sym.name} (subprograms are not supported)`);
				}
				relocations.push({
					insnIndex: offset / 8,
					symbolName: sym.name,
					targetSection: sectionName(sym.shndx),
					symbolValue: sym.value,
				});
			}
		}

		const btfSection = elf.section(".BTF") ?? bad(path, "no .BTF section (compile with -g)");
		const defs = btfMapDefinitions(parseBtf(elf.sectionData(btfSection)));
		// BTF names the maps; order them by their place in `.maps` so symbols resolve by name.
		const maps = defs.map(({ offset: _offset, ...def }) => def);

		const rodataSection = elf.section(".rodata");
		let rodata: BpfGlobals | undefined;
		if (rodataSection) {
			const variables = new Map<string, { offset: number; size: number }>();
			for (const s of symbols) {
				if (s.shndx === rodataSection.index && s.type === STT_OBJECT)
					variables.set(s.name, { offset: s.value, size: s.size });
			}
			rodata = { data: elf.sectionData(rodataSection), variables };
		}

		return {
			license,
			program: {
				name: progSymbol?.name ?? progSection.name,
				section: progSection.name,
				insns: elf.sectionData(progSection),
				relocations,
			},
			maps,
			rodata,
		};
	});
}
