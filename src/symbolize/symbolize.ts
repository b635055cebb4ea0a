/**
 * Binary → function table with names and source locations. Symbols come from the binary or its
 * separate debug file, Go functions from .gopclntab (which survives `-ldflags=-s -w`), and files
 * and lines from DWARF or the pclntab. Probe offsets always come from the binary's own program
 * headers, whatever supplied the names. Damaged debug data never stops tracing: it costs source
 * locations, and a diagnostic says which.
 *
 * Attaching needs names and offsets only, so a traced run reads DWARF line tables after the fact
 * (addSourceLocations, when the report is written): for a binary like node that is 100-150 ms
 * less between `run` and "xcover is ready".
 */

import { type DiagnosticSink, ignoreDiagnostics, stderrDiagnostics } from "../diagnostics.js";
import {
	type DwarfResult,
	hasDebugInfo,
	type LineTable,
	readDwarfFunctions,
	readDwarfLineTable,
} from "../dwarf/index.js";
import { findDebugFile } from "../elf/debugFile.js";
import {
	type FunctionEntry,
	type FunctionTable,
	fileOffsetIn,
	functionTableOf,
	type SourceLocation,
} from "../elf/functions.js";
import { ElfFile, PT_LOAD, SHT_SYMTAB, withElf } from "../elf/reader.js";
import { errorMessage } from "../errors.js";
import { type GoSymbols, readGoSymbols } from "../golang/index.js";

export interface SymbolizeOptions {
	/** A separate debug file the user named (checked against the binary's build-id). */
	debugFile?: string;
	/** Global debug directories searched by build-id and .gnu_debuglink; default /usr/lib/debug. */
	debugRoots?: readonly string[];
	/** Read DWARF source locations now (default); false leaves them to addSourceLocations. */
	locations?: boolean;
	/** Also read the line tables (line granularity needs them before attaching). */
	lines?: boolean;
	/** Told what could not be read, once per problem (default: stderr). */
	diagnostics?: DiagnosticSink;
}

export interface Symbolized {
	table: FunctionTable;
	/** With `lines`: the line tables to consult in order, DWARF before Go's pclntab. */
	lineTables?: LineTable[];
}

/** Source locations by function, read after a run without touching the function table. */
export type Locations = Map<FunctionEntry, SourceLocation>;

export function symbolizeBinary(path: string, options: SymbolizeOptions = {}): Symbolized {
	return withElf(path, (elf) => symbolizeElf(elf, options));
}

export function symbolizeElf(elf: ElfFile, options: SymbolizeOptions = {}): Symbolized {
	const sink = options.diagnostics ?? stderrDiagnostics;
	const guarded = guard(elf, sink);
	const ownDwarf = guarded("its DWARF", () => hasDebugInfo(elf), false);
	const debug = openDebugFile(elf, ownDwarf, options, sink);
	try {
		const symbolSource = debug && !hasSymtab(elf) && hasSymtab(debug) ? debug : elf;
		const table = functionTableOf(elf, symbolSource);
		const go = guarded(
			"its Go tables",
			() => readGoSymbols(elf, { lines: options.lines === true, diagnostics: sink }),
			undefined,
		);
		if (go) addGoFunctions(elf, table, go);
		if (options.locations !== false) {
			for (const [f, where] of dwarfLocations(elf, ownDwarf, debug, table, sink)) f.source = where;
		}
		const out: Symbolized = { table };
		if (options.lines) {
			// DWARF first where there is one: its statement flags tell where a line's code begins,
			// which Go's pclntab cannot (an optimized Go build gives a register move after a call
			// the line of another switch case). The pclntab serves stripped Go binaries.
			out.lineTables = [];
			const dwarf = dwarfSource(elf, ownDwarf, debug, sink);
			if (dwarf) {
				const lines = guarded("its line tables", () => readDwarfLineTable(dwarf, { diagnostics: sink }), undefined);
				if (lines) out.lineTables.push(lines);
			}
			if (go) out.lineTables.push(goLineTable(go));
		}
		return out;
	} finally {
		debug?.close();
	}
}

/**
 * The DWARF source locations of the functions that have none yet, from the binary at table.path
 * or its debug file. The caller makes sure the file is still the one the table was read from.
 */
export function readSourceLocations(table: FunctionTable, options: SymbolizeOptions = {}): Locations {
	if (!table.functions.some((f) => f.source === undefined)) return new Map();
	const sink = options.diagnostics ?? stderrDiagnostics;
	return withElf(table.path, (elf) => {
		const ownDwarf = guard(elf, sink)("its DWARF", () => hasDebugInfo(elf), false);
		// symbolizeElf already reported what the debug file search turned down.
		const debug = openDebugFile(elf, ownDwarf, options, ignoreDiagnostics);
		try {
			return dwarfLocations(elf, ownDwarf, debug, table, sink);
		} finally {
			debug?.close();
		}
	});
}

/**
 * Each reader bounds its own work and reports what it skipped; a throw is a bug in one reader,
 * and must cost only what that reader would have added.
 */
function guard(elf: ElfFile, sink: DiagnosticSink) {
	return <T>(what: string, read: () => T, fallback: T): T => {
		try {
			return read();
		} catch (err) {
			sink.report({
				kind: "table-unreadable",
				message: `${elf.path}: could not read ${what} (${errorMessage(err)}); ${whatIsLost(what)}`,
				file: elf.path,
			});
			return fallback;
		}
	};
}

function openDebugFile(
	elf: ElfFile,
	ownDwarf: boolean,
	options: SymbolizeOptions,
	sink: DiagnosticSink,
): ElfFile | undefined {
	let debug: ElfFile | undefined;
	if (options.debugFile !== undefined || !ownDwarf) {
		// An explicit file that belongs to another build is the user's mistake: let it throw.
		const found = findDebugFile(elf, {
			...(options.debugFile !== undefined ? { explicitPath: options.debugFile } : {}),
			...(options.debugRoots ? { debugRoots: options.debugRoots } : {}),
			diagnostics: sink,
		});
		if (found) {
			try {
				debug = ElfFile.open(found.path);
			} catch (err) {
				if (options.debugFile !== undefined) throw err;
				sink.report({
					kind: "debug-file-unreadable",
					message: `${found.path}: ${errorMessage(err)}; debug file ignored`,
					file: found.path,
				});
			}
		}
	}
	return debug;
}

/** The file whose DWARF describes `elf`: its debug file when that has DWARF, else its own. */
function dwarfSource(
	elf: ElfFile,
	ownDwarf: boolean,
	debug: ElfFile | undefined,
	sink: DiagnosticSink,
): ElfFile | undefined {
	const guarded = guard(elf, sink);
	return debug && guarded("its debug file's DWARF", () => hasDebugInfo(debug), false)
		? debug
		: ownDwarf
			? elf
			: undefined;
}

function dwarfLocations(
	elf: ElfFile,
	ownDwarf: boolean,
	debug: ElfFile | undefined,
	table: FunctionTable,
	sink: DiagnosticSink,
): Locations {
	const out: Locations = new Map();
	const source = dwarfSource(elf, ownDwarf, debug, sink);
	if (!source || !table.functions.some((f) => f.source === undefined)) return out;
	const dwarf = guard(elf, sink)<DwarfResult | undefined>(
		"its DWARF",
		() => readDwarfFunctions(source, { diagnostics: sink }),
		undefined,
	);
	if (!dwarf) return out;
	for (const f of table.functions) {
		if (f.source) continue;
		const d = dwarf.functions.get(f.address);
		if (d) out.set(f, { file: d.file, lineStart: d.lineStart, lineEnd: Math.max(d.lineStart, d.lineEnd) });
	}
	return out;
}

/** Go's pc→line rows as a line table: one sequence per function, ending at its end. */
function goLineTable(go: GoSymbols): LineTable {
	let count = 0;
	for (const f of go.functions) if (f.rows && f.rows.length > 0) count += f.rows.length + 1;
	const table: LineTable = {
		count,
		addr: new Float64Array(count),
		line: new Uint32Array(count),
		file: new Uint32Array(count),
		stmt: new Uint8Array(count),
		files: [],
	};
	const ids = new Map<string, number>();
	let at = 0;
	const sorted = go.functions.filter((f) => f.rows && f.rows.length > 0).sort((a, b) => a.entry - b.entry);
	for (const f of sorted) {
		for (const row of f.rows ?? []) {
			let id = ids.get(row.file);
			if (id === undefined) {
				id = table.files.push(row.file) - 1;
				ids.set(row.file, id);
			}
			table.addr[at] = row.pc;
			table.line[at] = row.line;
			table.file[at] = id;
			// Go marks no statements: every change of line is where that line's code begins.
			table.stmt[at] = 1;
			at++;
		}
		table.addr[at] = f.end;
		at++;
	}
	return table;
}

function hasSymtab(elf: ElfFile): boolean {
	return elf.sections.some((s) => s.type === SHT_SYMTAB && s.size > 0);
}

function whatIsLost(what: string): string {
	return what.includes("Go")
		? "Go functions keep their symbol names only, and a stripped Go binary shows none"
		: "functions keep their symbol names only";
}

/**
 * Gives Go functions their package and source location, keyed by entry address (symbol names
 * differ from the pclntab's for assembly and generic instances), and adds the functions a
 * stripped binary lists only in its pclntab.
 */
function addGoFunctions(elf: ElfFile, table: FunctionTable, go: GoSymbols): void {
	table.goModule = go.mainModule ?? "";
	const byAddress = new Map<number, FunctionEntry>();
	for (const f of table.functions) byAddress.set(f.address, f);
	const loads = elf.segments.filter((s) => s.type === PT_LOAD);
	let added = false;
	for (const g of go.functions) {
		let entry = byAddress.get(g.entry);
		if (!entry) {
			const offset = fileOffsetIn(loads, g.entry);
			if (offset === undefined || g.end <= g.entry) continue;
			entry = { names: [g.name], address: g.entry, offset, size: g.end - g.entry };
			table.functions.push(entry);
			byAddress.set(g.entry, entry);
			added = true;
		}
		entry.package = g.package;
		if (g.file !== undefined && g.lineStart !== undefined) {
			entry.source = { file: g.file, lineStart: g.lineStart, lineEnd: Math.max(g.lineStart, g.lineEnd ?? g.lineStart) };
		}
	}
	if (added) table.functions.sort((a, b) => a.offset - b.offset);
}
