/**
 * Source locations of a binary's functions from its DWARF: file and line range of every subprogram
 * that has code, keyed by entry address. Reads DWARF 2–5 from the binary, its separate debug file,
 * or split-DWARF .dwo files. Corrupt or truncated data never throws: each problem becomes one
 * diagnostic and the affected functions are left out (the caller still has their symbol names).
 */
import { existsSync } from "node:fs";
import { capped, type Diagnostic, type DiagnosticSink, ignoreDiagnostics, stderrDiagnostics } from "../diagnostics.js";
import { ElfFile, SHF_EXECINSTR } from "../elf/reader.js";
import * as constants from "./constants.js";
import { DwarfError } from "./errors.js";
import {
	joinPath,
	type LineHeader,
	type LineRows,
	lowerBound,
	readLineHeader,
	rowAt,
	runLineProgram,
} from "./lines.js";
import { type AddressRange, type RangeBudget, readRanges } from "./ranges.js";
import { DebugSections } from "./sections.js";
import {
	type DwarfSource,
	newSource,
	readUnit,
	readUnitHeader,
	type SubprogramDie,
	type UnitContext,
} from "./units.js";

/** A plain copy: under a CommonJS-style transform (tsx) each namespace access is a getter call, measurably slow in DIE loops. */
const C = { ...constants };

export { DwarfCompressionError, DwarfError } from "./errors.js";
export type { AddressRange } from "./ranges.js";

export interface DwarfFunction {
	/** Entry address: DW_AT_entry_pc, else DW_AT_low_pc, else the start of the first range. */
	lowPc: number;
	name?: string;
	linkageName?: string;
	/** Source file, absolute where the compile directory allows, joined as the compiler recorded it. */
	file: string;
	/** DW_AT_decl_line (through specification/abstract_origin), else the line of the entry's row. */
	lineStart: number;
	/** Largest line of the function's own file among line-table rows inside its ranges; ≥ lineStart. */
	lineEnd: number;
	/** Every address range of the function's code (several for hot/cold split functions). */
	ranges: AddressRange[];
}

export interface DwarfResult {
	/** Functions keyed by entry address. */
	functions: Map<number, DwarfFunction>;
}

export interface ReadDwarfOptions {
	/**
	 * Opens the .dwo file of a split-DWARF unit (path = DW_AT_comp_dir joined with DW_AT_dwo_name),
	 * or returns undefined when it is not available. readDwarfFunctions closes what it returns.
	 * Default: opens the path when it exists.
	 */
	openSplit?: (path: string) => ElfFile | undefined;
	/** Upper bound on DIEs read, so hostile input cannot keep xcover busy; default 50 million. */
	maxDies?: number;
	/** Upper bound on line-table rows visited while measuring functions; default 200 million. */
	maxRowVisits?: number;
	/** Where damage is told, at most 50 problems per read and then a count (default: stderr). */
	diagnostics?: DiagnosticSink;
}

/** More problems than this are summarised in one last line; a badly broken file gives one problem per unit. */
const MAX_DIAGNOSTICS = 50;
/**
 * Range list entries read per binary beyond one per byte of its range sections: each entry takes
 * at least two bytes, so real lists, read once each, never reach it.
 */
const EXTRA_RANGE_ENTRIES = 1 << 16;
/** Bounds the specification/abstract_origin chain; real compilers produce two or three links. */
const MAX_CHAIN = 8;

export function hasDebugInfo(elf: ElfFile): boolean {
	return new DebugSections(elf, ignoreDiagnostics).has("debug_info");
}

function defaultOpenSplit(path: string): ElfFile | undefined {
	if (!existsSync(path)) return undefined;
	try {
		return ElfFile.open(path);
	} catch {
		return undefined;
	}
}

function describe(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

export function readDwarfFunctions(elf: ElfFile, options: ReadDwarfOptions = {}): DwarfResult {
	const sink = capped(options.diagnostics ?? stderrDiagnostics, MAX_DIAGNOSTICS);
	const functions = new Map<number, DwarfFunction>();
	const opened: ElfFile[] = [];
	try {
		const reader = new Reader(elf, sink, options, opened);
		reader.readAll();
		reader.collect(functions);
	} catch (err) {
		// Not expected: every decoder reports through DwarfError and is caught per unit. This is the last net.
		sink.report({
			kind: "table-unreadable",
			message: `${elf.path}: debug information could not be read (${describe(err)}); functions keep symbol names only`,
			file: elf.path,
		});
	} finally {
		for (const f of opened) f.close();
	}
	sink.finish(elf.path);
	return { functions };
}

/**
 * A binary's line tables as one: rows sorted by address, each naming an index into `files`. A row
 * with line 0 ends a sequence (the address just past its code).
 */
export interface LineTable extends LineRows {
	files: string[];
}

/** The line programs of every unit of `elf` (or of its debug file), without reading the DIEs below each unit. */
export function readDwarfLineTable(elf: ElfFile, options: ReadDwarfOptions = {}): LineTable {
	const sink = capped(options.diagnostics ?? stderrDiagnostics, MAX_DIAGNOSTICS);
	const empty: LineTable = {
		count: 0,
		addr: new Float64Array(0),
		line: new Uint32Array(0),
		file: new Uint32Array(0),
		stmt: new Uint8Array(0),
		files: [],
	};
	try {
		const reader = new Reader(elf, sink, options, [], true);
		reader.readAll();
		return reader.lineTable();
	} catch (err) {
		sink.report({
			kind: "table-unreadable",
			message: `${elf.path}: line tables could not be read (${describe(err)}); functions get no lines`,
			file: elf.path,
		});
		return empty;
	} finally {
		sink.finish(elf.path);
	}
}

interface LineInfo {
	header: LineHeader;
	rows: LineRows | undefined;
}

class Reader {
	private readonly main: DwarfSource;
	private readonly sources: DwarfSource[] = [];
	private readonly units: UnitContext[] = [];
	private readonly budget: { dies: number };
	private readonly rangeBudget: RangeBudget;
	private rowVisits: number;
	private readonly headers = new Map<string, LineHeader | null>();
	/** Line programs run, by the same key as `headers`: units may share one, and each run costs its whole length. */
	private readonly lines = new Map<string, LineInfo>();
	private readonly execRanges: AddressRange[];
	private readonly dwoByPath = new Map<string, DwarfSource | null>();

	constructor(
		private readonly elf: ElfFile,
		private readonly diagnostics: DiagnosticSink,
		private readonly options: ReadDwarfOptions,
		private readonly opened: ElfFile[],
		private readonly unitDieOnly = false,
	) {
		this.main = newSource(new DebugSections(elf, diagnostics));
		this.budget = { dies: options.maxDies ?? 50_000_000 };
		this.rowVisits = options.maxRowVisits ?? 200_000_000;
		let rangeBytes = 0;
		for (const s of elf.sections) if (/^\.z?debug_(ranges|rnglists)/.test(s.name)) rangeBytes += s.size;
		this.rangeBudget = { entries: rangeBytes + EXTRA_RANGE_ENTRIES };
		// Section headers keep addresses even in a separate debug file, where .text is SHT_NOBITS.
		this.execRanges = elf.sections
			.filter((s) => (s.flags & SHF_EXECINSTR) !== 0 && s.size > 0)
			.map((s): AddressRange => [s.addr, s.addr + s.size]);
	}

	readAll(): void {
		this.readSource(this.main, this.elf.path, undefined);
	}

	/** Reads every unit of `source`; `skeleton` is set when `source` is a .dwo. */
	private readSource(source: DwarfSource, path: string, skeleton: UnitContext | undefined): void {
		const info = source.sections.get("debug_info");
		if (!info) return;
		const sectionName = skeleton ? ".debug_info.dwo" : ".debug_info";
		this.sources.push(source);
		let offset = 0;
		while (offset < info.length) {
			let header: ReturnType<typeof readUnitHeader>;
			try {
				header = readUnitHeader(info, offset, sectionName);
			} catch (err) {
				this.diagnostics.report(damaged(path, `${describe(err)}; functions from there on keep symbol names only`));
				return;
			}
			const before = source.dies.size;
			let unit: UnitContext | undefined;
			try {
				unit = readUnit(source, header, sectionName, {
					skeleton,
					budget: this.budget,
					unitDieOnly: this.unitDieOnly,
				});
			} catch (err) {
				const keys = [...source.dies.keys()].slice(before);
				for (const k of keys) source.dies.delete(k);
				this.diagnostics.report(damaged(path, `${describe(err)}; functions from that unit keep symbol names only`));
				if (this.budget.dies < 0) return;
			}
			if (unit) {
				this.units.push(unit);
				if (!skeleton && !this.unitDieOnly && unit.dwoName !== undefined && isSkeleton(unit)) {
					this.readSplit(unit, unit.dwoName, path);
				}
			}
			offset = header.end;
		}
	}

	private readSplit(skeleton: UnitContext, dwoName: string, path: string): void {
		const dwoPath = joinPath(skeleton.compDir, dwoName);
		let source = this.dwoByPath.get(dwoPath);
		if (source === undefined) {
			const file = (this.options.openSplit ?? defaultOpenSplit)(dwoPath);
			source = null;
			if (file) {
				this.opened.push(file);
				source = newSource(new DebugSections(file, this.diagnostics, ".dwo"));
				if (!source.sections.has("debug_info")) {
					this.diagnostics.report({
						kind: "split-dwarf-missing",
						message: `${path}: split DWARF file ${dwoPath} has no .debug_info.dwo; its functions keep symbol names only`,
						file: dwoPath,
					});
					source = null;
				}
			} else {
				this.diagnostics.report({
					kind: "split-dwarf-missing",
					message: `${path}: split DWARF file ${dwoPath} not found; its functions keep symbol names only`,
					file: dwoPath,
				});
			}
			this.dwoByPath.set(dwoPath, source);
			if (source) this.readSource(source, dwoPath, skeleton);
		}
	}

	/** Every unit's line program as one table sorted by address, file names shared. */
	lineTable(): LineTable {
		const files: string[] = [];
		const fileIds = new Map<string, number>();
		const pieces: Array<{ start: number; rows: LineRows; from: number; to: number; ids: Uint32Array }> = [];
		const seen = new Set<string>();
		for (const u of this.units) {
			const owner = u.skeleton ?? u;
			if (owner.stmtList === undefined) continue;
			const key = `${this.sources.indexOf(owner.source)}:${owner.stmtList}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const info = this.lineInfo(owner);
			if (!info?.rows) continue;
			const ids = new Uint32Array(info.header.files.length);
			info.header.files.forEach((name, i) => {
				if (name === undefined) return;
				let id = fileIds.get(name);
				if (id === undefined) {
					id = files.push(name) - 1;
					fileIds.set(name, id);
				}
				ids[i] = id;
			});
			const { rows } = info;
			let from = 0;
			for (let i = 0; i < rows.count; i++) {
				if (rows.line[i] !== 0) continue;
				if (i > from) pieces.push({ start: rows.addr[from] as number, rows, from, to: i + 1, ids });
				from = i + 1;
			}
		}
		pieces.sort((a, b) => a.start - b.start);
		let count = 0;
		for (const p of pieces) count += p.to - p.from;
		const out: LineTable = {
			count,
			addr: new Float64Array(count),
			line: new Uint32Array(count),
			file: new Uint32Array(count),
			stmt: new Uint8Array(count),
			files,
		};
		let at = 0;
		for (const p of pieces) {
			out.addr.set(p.rows.addr.subarray(p.from, p.to), at);
			out.line.set(p.rows.line.subarray(p.from, p.to), at);
			out.stmt.set(p.rows.stmt.subarray(p.from, p.to), at);
			for (let i = p.from; i < p.to; i++) out.file[at + i - p.from] = p.ids[p.rows.file[i] as number] ?? 0;
			at += p.to - p.from;
		}
		return out;
	}

	collect(out: Map<number, DwarfFunction>): void {
		const byUnit = new Map<UnitContext, SubprogramDie[]>();
		for (const source of this.sources) {
			for (const d of source.dies.values()) {
				if (d.declaration || (d.lowPc === undefined && d.rangesValue === undefined)) continue;
				let list = byUnit.get(d.unit);
				if (!list) {
					list = [];
					byUnit.set(d.unit, list);
				}
				list.push(d);
			}
		}
		let unresolved = 0;
		for (const [unit, dies] of byUnit) {
			const lines = this.lineInfo(unit);
			for (const d of dies) {
				const f = this.describeFunction(d, lines);
				if (f === null) continue;
				if (f === undefined) unresolved++;
				else if (!out.has(f.lowPc)) out.set(f.lowPc, f);
			}
		}
		if (unresolved > 0) {
			this.diagnostics.report({
				kind: "no-source-file",
				message: `${this.elf.path}: ${unresolved} functions with code have no source file in their debug information`,
				file: this.elf.path,
			});
		}
	}

	/** Null for a function without code in this binary; undefined when its source file is unknown. */
	private describeFunction(d: SubprogramDie, lines: LineInfo | undefined): DwarfFunction | null | undefined {
		const u = d.unit;
		let ranges: AddressRange[];
		if (d.rangesValue !== undefined && d.rangesForm !== undefined) {
			try {
				ranges = readRanges(u, d.rangesForm, d.rangesValue, this.rangeBudget);
			} catch (err) {
				this.diagnostics.report(
					damaged(this.elf.path, `${describe(err)}; function ${d.name ?? "?"} keeps its symbol name only`),
				);
				return null;
			}
		} else {
			const low = d.lowPc;
			if (low === undefined) return undefined;
			const high = d.highPc === undefined ? low + 1 : d.highPcIsOffset ? low + d.highPc : d.highPc;
			ranges = high > low ? [[low, high]] : [];
		}
		const first = d.lowPc ?? ranges[0]?.[0];
		if (first === undefined) return undefined;
		const entry = d.entryPc ?? (d.entryPcOffset !== undefined ? first + d.entryPcOffset : first);
		// Functions the linker discarded keep DWARF with address 0 (or a tombstone); they have no code in the binary.
		if (!this.isCode(entry)) return null;
		const chain = this.chain(d);
		const name = pick(chain, (x) => x.name);
		const linkageName = pick(chain, (x) => x.linkageName);
		const declLine = pick(chain, (x) => x.declLine);
		const declFileDie = chain.find((x) => x.declFile !== undefined);
		let file: string | undefined;
		if (declFileDie?.declFile !== undefined) file = this.declHeader(declFileDie.unit)?.files[declFileDie.declFile];
		const rows = lines?.rows;
		const entryRow = rows ? rowAt(rows, entry) : undefined;
		if (file === undefined && rows && entryRow !== undefined && lines)
			file = lines.header.files[rows.file[entryRow] as number];
		if (file === undefined) return undefined;
		let lineStart = declLine ?? (rows && entryRow !== undefined ? (rows.line[entryRow] as number) : 0);
		let lineEnd = lineStart;
		if (rows && lines) {
			const files = lines.header.files;
			for (const [lo, hi] of ranges) {
				for (let i = lowerBound(rows, lo); i < rows.count && (rows.addr[i] as number) < hi; i++) {
					if (--this.rowVisits < 0) {
						if (this.rowVisits === -1) {
							this.diagnostics.report(
								damaged(
									this.elf.path,
									`line tables too large to measure every function; the rest get lineEnd = lineStart`,
								),
							);
						}
						break;
					}
					const line = rows.line[i] as number;
					if (line > lineEnd && files[rows.file[i] as number] === file) lineEnd = line;
				}
			}
		}
		if (lineStart === 0) lineStart = lineEnd;
		const f: DwarfFunction = { lowPc: entry, file, lineStart, lineEnd, ranges };
		if (name !== undefined) f.name = name;
		if (linkageName !== undefined) f.linkageName = linkageName;
		return f;
	}

	private isCode(address: number): boolean {
		if (this.execRanges.length === 0) return address !== 0;
		return this.execRanges.some(([lo, hi]) => address >= lo && address < hi);
	}

	/** The DIE and the declarations and abstract instances it refers to, nearest first, without cycles. */
	private chain(d: SubprogramDie): SubprogramDie[] {
		const out = [d];
		const seen = new Set<SubprogramDie>([d]);
		for (let i = 0; i < out.length && out.length < MAX_CHAIN; i++) {
			const x = out[i];
			if (x === undefined) break;
			for (const ref of [x.spec, x.origin]) {
				if (ref === undefined) continue;
				const target = x.unit.source.dies.get(ref);
				if (target && !seen.has(target)) {
					seen.add(target);
					out.push(target);
				}
			}
		}
		return out;
	}

	/** The line table header that DW_AT_decl_file of `u` indexes: the .dwo's own for split units. */
	private declHeader(u: UnitContext): LineHeader | undefined {
		if (u.skeleton) {
			if (u.source.sections.has("debug_line")) return this.header(u.source, ".debug_line.dwo", 0, u.compDir);
			return this.declHeader(u.skeleton);
		}
		if (u.stmtList === undefined) return undefined;
		return this.header(u.source, ".debug_line", u.stmtList, u.compDir);
	}

	private header(
		source: DwarfSource,
		name: string,
		offset: number,
		compDir: string | undefined,
	): LineHeader | undefined {
		const key = `${this.sources.indexOf(source)}:${offset}`;
		const cached = this.headers.get(key);
		if (cached !== undefined) return cached ?? undefined;
		let h: LineHeader | null = null;
		const section = source.sections.get("debug_line");
		try {
			if (!section) throw new DwarfError(`has no ${name} section`);
			h = readLineHeader(source.sections, section, name, offset, compDir);
		} catch (err) {
			this.diagnostics.report(
				damaged(source.sections.elf.path, `${describe(err)}; functions of that unit keep symbol names only`),
			);
		}
		this.headers.set(key, h);
		return h ?? undefined;
	}

	/** The rows of the line program of `u` (of its skeleton, for a split unit). */
	private lineInfo(u: UnitContext): LineInfo | undefined {
		const owner = u.skeleton ?? u;
		if (owner.stmtList === undefined) return undefined;
		const key = `${this.sources.indexOf(owner.source)}:${owner.stmtList}`;
		const cached = this.lines.get(key);
		if (cached) return cached;
		const header = this.header(owner.source, ".debug_line", owner.stmtList, owner.compDir);
		const section = owner.source.sections.get("debug_line");
		if (!header || !section) return undefined;
		let info: LineInfo;
		try {
			info = { header, rows: runLineProgram(section, ".debug_line", header) };
		} catch (err) {
			this.diagnostics.report(
				damaged(owner.source.sections.elf.path, `${describe(err)}; functions of that unit get no line ranges`),
			);
			info = { header, rows: undefined };
		}
		this.lines.set(key, info);
		return info;
	}
}

function isSkeleton(u: UnitContext): boolean {
	return u.unitType === C.DW_UT_skeleton || u.version < 5;
}

function pick<T>(chain: SubprogramDie[], get: (d: SubprogramDie) => T | undefined): T | undefined {
	for (const d of chain) {
		const v = get(d);
		if (v !== undefined) return v;
	}
	return undefined;
}

const rangeIndexes = new WeakMap<DwarfResult, Array<[start: number, end: number, f: DwarfFunction]>>();

/** The function whose entry is `address`, else the one whose ranges contain it (e.g. a `foo.cold` part). */
export function functionAt(result: DwarfResult, address: number): DwarfFunction | undefined {
	const exact = result.functions.get(address);
	if (exact) return exact;
	let index = rangeIndexes.get(result);
	if (!index) {
		index = [];
		for (const f of result.functions.values()) for (const [lo, hi] of f.ranges) index.push([lo, hi, f]);
		index.sort((a, b) => a[0] - b[0]);
		rangeIndexes.set(result, index);
	}
	let lo = 0;
	let hi = index.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((index[mid] as [number, number, DwarfFunction])[0] <= address) lo = mid + 1;
		else hi = mid;
	}
	// Ranges of different functions do not overlap in practice; look back a few in case nested ones do.
	for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
		const [start, end, f] = index[i] as [number, number, DwarfFunction];
		if (address >= start && address < end) return f;
	}
	return undefined;
}

function damaged(file: string, what: string): Diagnostic {
	return { kind: "dwarf-damaged", message: `${file}: ${what}`, file };
}
