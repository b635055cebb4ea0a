/**
 * Where line granularity puts its probes: for each function, the addresses of its statement rows,
 * grouped by line (one address can belong to several lines). A line is covered when any of its
 * code ran, so a probe where each of its basic blocks begins is enough; the session removes an
 * address's probe once every line it belongs to ran.
 */
import type { LineTable } from "../dwarf/index.js";
import { lowerBound } from "../dwarf/lines.js";
import type { FunctionEntry } from "../elf/functions.js";

/**
 * "rows" (the default): every statement row, since a row that continues the previous row's line
 * is where gcc starts another basic block of it (a loop condition entered by a jump, the other
 * side of `&&` or `?:`): probing only where the line changes missed 6 of 39,438 executed lines of
 * the sqlite3 shell (bench/lines.ts), all `while (c) body` loops whose body never ran.
 * "starts": only where the line changes, 40% fewer probes; XCOVER_LINE_SITES=starts, for
 * measuring what the extra probes cost.
 */
export type SiteStrategy = "rows" | "starts";

/** One source line's code inside one function, and the addresses its probes sit on. */
export interface LineSites {
	/** Index into the line table's `files`. */
	file: number;
	line: number;
	/** Virtual addresses, ascending. */
	addresses: number[];
}

export interface FunctionLines {
	/** The line table the rows came from (its `files` name the lines' files). */
	table: LineTable;
	/** Sorted by first address. */
	lines: LineSites[];
	/** The line whose code starts at the function's entry, when a row says so. */
	entryLine: LineSites | undefined;
}

/**
 * The lines of `fn` from the first table that has rows inside it, or undefined when none has
 * (assembly without line info, a binary without DWARF): such a function keeps its entry probe only.
 */
export function linesOfFunction(
	fn: Pick<FunctionEntry, "address" | "size">,
	tables: readonly LineTable[],
	strategy: SiteStrategy,
): FunctionLines | undefined {
	const lo = fn.address;
	const hi = fn.address + Math.max(1, fn.size);
	for (const table of tables) {
		const first = lowerBound(table, lo);
		// The row in force at the entry may start before it (a label inside a larger sequence).
		const start = first > 0 && (table.addr[first] ?? hi) > lo && table.line[first - 1] !== 0 ? first - 1 : first;
		if (start >= table.count || (table.addr[start] as number) >= hi) continue;
		const found = collect(table, start, lo, hi, strategy);
		if (found.lines.length > 0) return { table, ...found };
	}
	return undefined;
}

function collect(
	table: LineTable,
	start: number,
	lo: number,
	hi: number,
	strategy: SiteStrategy,
): { lines: LineSites[]; entryLine: LineSites | undefined } {
	const byKey = new Map<number, LineSites>();
	const lines: LineSites[] = [];
	let entryLine: LineSites | undefined;
	let prevFile = -1;
	let prevLine = -1;
	const add = (addr: number, file: number, line: number): LineSites => {
		const key = file * 0x1_0000_0000 + line;
		let sites = byKey.get(key);
		if (!sites) {
			sites = { file, line, addresses: [] };
			byKey.set(key, sites);
			lines.push(sites);
		}
		if (sites.addresses[sites.addresses.length - 1] !== addr) sites.addresses.push(addr);
		return sites;
	};
	let i = start;
	while (i < table.count && (table.addr[i] as number) < hi) {
		// Rows at one address (gcc's location views, code merged from several lines): each
		// statement row among them makes the address a probe of its line, so one hit there covers
		// all of them. The row before the entry is in force at the entry.
		const addr = Math.max(table.addr[i] as number, lo);
		let end = i;
		while (end < table.count && Math.max(table.addr[end] as number, lo) === addr) end++;
		let any = false;
		let last = -1;
		for (let r = i; r < end; r++) {
			const line = table.line[r] as number;
			if (line === 0) {
				prevFile = -1;
				prevLine = -1;
				continue;
			}
			last = r;
			const file = table.file[r] as number;
			const changed = file !== prevFile || line !== prevLine;
			prevFile = file;
			prevLine = line;
			if (table.stmt[r] !== 1 || (strategy === "starts" && !changed && addr !== lo)) continue;
			const sites = add(addr, file, line);
			if (addr === lo) entryLine ??= sites;
			any = true;
		}
		// The entry is always probed: without a statement row there, on the line in force.
		if (addr === lo && !any && last >= 0) {
			entryLine = add(addr, table.file[last] as number, table.line[last] as number);
		}
		i = end;
	}
	return { lines, entryLine };
}
