/**
 * The probe plan: which functions of which binaries get a probe, and the cookie of each. Cookies
 * are dense (0..n-1 across all binaries) because the BPF side uses them to index its hit array.
 */
import { statSync } from "node:fs";
import { readableName } from "../demangle/demangle.js";
import type { LineTable } from "../dwarf/index.js";
import { readEntryBytes } from "../elf/entryBytes.js";
import type { FunctionEntry, FunctionTable } from "../elf/functions.js";
import { errorMessage, UsageError, XcoverError } from "../errors.js";
import { isGoRuntimeOrStd } from "../golang/index.js";
import { linesOfFunction, type SiteStrategy } from "./lines.js";
import { x86EntryRefusal } from "./x86.js";

/** What a trace measures: which functions ran, or which source lines ran (and so which functions). */
export type Granularity = "function" | "line";

/** Named sets of functions users rarely want in their coverage figure. */
export const EXCLUDE_PRESETS = {
	"go-runtime": "the Go runtime and standard library (every package outside the main module and its dependencies)",
} as const;
export type ExcludePreset = keyof typeof EXCLUDE_PRESETS;

export interface Selection {
	include: RegExp[];
	exclude: RegExp[];
	presets?: readonly ExcludePreset[];
	/** Scope project: whether a function is the project's (see scope.ts); absent = every function. */
	inScope?: (table: FunctionTable, fn: FunctionEntry) => boolean;
}

/** Own keys only: `in` would take "toString" for a preset. */
function isPreset(name: string): name is ExcludePreset {
	return Object.hasOwn(EXCLUDE_PRESETS, name);
}

export function parsePresets(values: readonly string[]): ExcludePreset[] {
	const out: ExcludePreset[] = [];
	for (const v of values.flatMap((x) => x.split(","))) {
		const name = v.trim();
		if (name === "") continue;
		if (!isPreset(name)) {
			throw new UsageError(
				`--exclude-preset ${JSON.stringify(name)} is not a preset`,
				`Presets: ${Object.keys(EXCLUDE_PRESETS).join(", ")}.`,
			);
		}
		if (!out.includes(name)) out.push(name);
	}
	return out;
}

function excludedByPreset(table: FunctionTable, fn: FunctionEntry, presets: readonly ExcludePreset[]): boolean {
	// Functions of a cgo binary that the pclntab does not list are the user's C code: kept.
	return (
		presets.includes("go-runtime") &&
		table.goModule !== undefined &&
		fn.package !== undefined &&
		isGoRuntimeOrStd(fn.package, table.goModule || undefined)
	);
}

export interface PlannedBinary {
	table: FunctionTable;
	/** The selected functions; the i-th has global function index firstFunction + i. */
	functions: FunctionEntry[];
	firstFunction: number;
}

/**
 * Every probe of the plan. A site is one probed address, and its index is the BPF cookie, which
 * indexes the hit array. A unit is what a site's hit covers: a function's entry in function
 * granularity, one source line of one function in line granularity. A site can cover several
 * units (optimized code at one address from several lines) and a unit have several sites (each
 * basic block of a line); a site is removed once every unit it covers ran. Sites and units are
 * contiguous per function, functions per binary, all in plan order, in typed arrays, so that a
 * million probes stay cheap.
 */
export interface SitePlan {
	count: number;
	/** site → file offset of the probed instruction. */
	offsets: Float64Array;
	/** Sites of function f are functionSiteStart[f] … [f + 1] − 1; the first is its entry. */
	functionSiteStart: Uint32Array;
	/** Units of function f are functionUnitStart[f] … [f + 1] − 1. */
	functionUnitStart: Uint32Array;
	/** The sites of unit u are unitSites[unitSiteStart[u] … unitSiteStart[u + 1] − 1]. */
	unitSiteStart: Uint32Array;
	unitSites: Uint32Array;
	/** The units of site s are siteUnits[siteUnitStart[s] … siteUnitStart[s + 1] − 1]. */
	siteUnitStart: Uint32Array;
	siteUnits: Uint32Array;
	/** unit → source line, 0 for a unit that is only a function's entry (no line table there). */
	unitLine: Uint32Array;
	/** unit → index into `files` (meaningful where unitLine is not 0). */
	unitFile: Uint32Array;
	files: string[];
}

export interface ProbePlan {
	granularity: Granularity;
	binaries: PlannedBinary[];
	functionCount: number;
	sites: SitePlan;
	/** site → why the kernel would refuse a probe there; these get none. */
	refused: Map<number, string>;
}

export function unitCount(sites: SitePlan): number {
	return sites.unitLine.length;
}

/** The site on a function's entry instruction. */
export function entrySiteOf(sites: SitePlan, fn: number): number {
	return sites.functionSiteStart[fn] as number;
}

/** The sites of unit `u`. */
export function sitesOfUnit(sites: SitePlan, u: number): Uint32Array {
	return sites.unitSites.subarray(sites.unitSiteStart[u] as number, sites.unitSiteStart[u + 1] as number);
}

/** The units site `s` covers. */
export function unitsOfSite(sites: SitePlan, s: number): Uint32Array {
	return sites.siteUnits.subarray(sites.siteUnitStart[s] as number, sites.siteUnitStart[s + 1] as number);
}

/** A unit of a function being planned: its line and the offsets of its sites. */
interface PlannedUnit {
	line: number;
	file: string | undefined;
	offsets: readonly number[];
}

/** Collects functions' sites and units into the typed arrays of a SitePlan. */
class SiteBuilder {
	private offsets: number[] = [];
	private functionSiteStart: number[] = [];
	private functionUnitStart: number[] = [];
	private unitSiteStart: number[] = [];
	private unitSites: number[] = [];
	private siteUnitLists: number[][] = [];
	private unitLine: number[] = [];
	private unitFile: number[] = [];
	readonly files: string[] = [];
	private readonly fileIds = new Map<string, number>();

	/** One function: `entry` is its entry's offset, which every unit list must contain somewhere. */
	addFunction(entry: number, units: readonly PlannedUnit[]): void {
		this.functionSiteStart.push(this.offsets.length);
		this.functionUnitStart.push(this.unitLine.length);
		const at = new Map<number, number>();
		const siteOf = (offset: number): number => {
			let site = at.get(offset);
			if (site === undefined) {
				site = this.offsets.push(offset) - 1;
				this.siteUnitLists.push([]);
				at.set(offset, site);
			}
			return site;
		};
		siteOf(entry);
		const sorted = [...new Set(units.flatMap((u) => u.offsets))].sort((x, y) => x - y);
		for (const o of sorted) siteOf(o);
		for (const u of units) {
			const id = this.unitLine.length;
			this.unitSiteStart.push(this.unitSites.length);
			for (const o of u.offsets) {
				const site = siteOf(o);
				this.unitSites.push(site);
				(this.siteUnitLists[site] as number[]).push(id);
			}
			this.unitLine.push(u.line);
			this.unitFile.push(u.file === undefined ? 0 : this.fileId(u.file));
		}
	}

	private fileId(name: string): number {
		let id = this.fileIds.get(name);
		if (id === undefined) {
			id = this.files.push(name) - 1;
			this.fileIds.set(name, id);
		}
		return id;
	}

	get siteCount(): number {
		return this.offsets.length;
	}

	siteOffsets(from: number): number[] {
		return this.offsets.slice(from);
	}

	finish(): SitePlan {
		const siteUnitStart: number[] = [];
		const siteUnits: number[] = [];
		for (const list of this.siteUnitLists) {
			siteUnitStart.push(siteUnits.length);
			for (const u of list) siteUnits.push(u);
		}
		siteUnitStart.push(siteUnits.length);
		return {
			count: this.offsets.length,
			offsets: Float64Array.from(this.offsets),
			functionSiteStart: Uint32Array.from([...this.functionSiteStart, this.offsets.length]),
			functionUnitStart: Uint32Array.from([...this.functionUnitStart, this.unitLine.length]),
			unitSiteStart: Uint32Array.from([...this.unitSiteStart, this.unitSites.length]),
			unitSites: Uint32Array.from(this.unitSites),
			siteUnitStart: Uint32Array.from(siteUnitStart),
			siteUnits: Uint32Array.from(siteUnits),
			unitLine: Uint32Array.from(this.unitLine),
			unitFile: Uint32Array.from(this.unitFile),
			files: this.files,
		};
	}
}

/** A function-granularity plan of the given functions: one site, on the entry, per function. */
export function functionPlan(
	binaries: ReadonlyArray<Pick<PlannedBinary, "table" | "functions">>,
	refused: Map<number, string> = new Map(),
): ProbePlan {
	const builder = new SiteBuilder();
	let next = 0;
	const planned = binaries.map((b): PlannedBinary => {
		for (const fn of b.functions) builder.addFunction(fn.offset, [{ line: 0, file: undefined, offsets: [fn.offset] }]);
		const out = { table: b.table, functions: b.functions, firstFunction: next };
		next += b.functions.length;
		return out;
	});
	return { granularity: "function", binaries: planned, functionCount: next, sites: builder.finish(), refused };
}

export class NothingToTraceError extends XcoverError {}

export function compilePatterns(sources: readonly string[], flag: string): RegExp[] {
	return sources.map((source) => {
		try {
			return new RegExp(source);
		} catch (err) {
			throw new UsageError(`${flag} ${JSON.stringify(source)}: ${errorMessage(err)}`, "Fix the regular expression.");
		}
	});
}

/**
 * Included when any name matches an --include (or there is none), unless any name matches an
 * --exclude. Names are the symbol names and the readable (demangled) name, so that
 * `--include 'Parser::'` works on C++ as `--include '^_ZN6Parser'` does.
 */
export function isSelected(fn: FunctionEntry, selection: Selection): boolean {
	const { include, exclude } = selection;
	if (include.length === 0 && exclude.length === 0) return true;
	const names = namesOf(fn);
	if (include.length > 0 && !names.some((n) => include.some((re) => re.test(n)))) return false;
	return !names.some((n) => exclude.some((re) => re.test(n)));
}

function namesOf(fn: FunctionEntry): string[] {
	const raw = fn.names[0] ?? "";
	const readable = raw.startsWith("_Z") || raw.startsWith("_R") ? readableName(raw) : raw;
	return readable === raw ? fn.names : [...fn.names, readable];
}

/** Several --path values naming one file (a symlink, a hard link) would probe the same inode twice. */
export function uniqueFiles(paths: readonly string[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const p of paths) {
		let key = p;
		try {
			const st = statSync(p);
			key = `${st.dev}:${st.ino}`;
		} catch {
			// Let the ELF reader report the missing file with its own message.
		}
		if (!seen.has(key)) {
			seen.add(key);
			out.push(p);
		}
	}
	return out;
}

export interface PlanOptions {
	granularity?: Granularity;
	/** Line granularity: each binary's line tables (by path), in the order to consult them. */
	lineTables?: ReadonlyMap<string, readonly LineTable[]>;
	strategy?: SiteStrategy;
}

export function planProbes(
	tables: readonly FunctionTable[],
	selection: Selection,
	options: PlanOptions = {},
): ProbePlan {
	const granularity = options.granularity ?? "function";
	const strategy = options.strategy ?? "rows";
	const builder = new SiteBuilder();
	const binaries: PlannedBinary[] = [];
	const refused = new Map<number, string>();
	let next = 0;
	for (const table of tables) {
		const presets = selection.presets ?? [];
		const functions = table.functions.filter(
			(fn) =>
				isSelected(fn, selection) &&
				(presets.length === 0 || !excludedByPreset(table, fn, presets)) &&
				(selection.inScope === undefined || selection.inScope(table, fn)),
		);
		const firstSite = builder.siteCount;
		const lineTables = options.lineTables?.get(table.path) ?? [];
		for (const fn of functions) {
			const lines = granularity === "line" ? linesOfFunction(fn, lineTables, strategy) : undefined;
			const units: PlannedUnit[] = [];
			if (!lines?.entryLine) units.push({ line: 0, file: undefined, offsets: [fn.offset] });
			// File offsets move with virtual addresses inside the function's segment.
			const delta = fn.offset - fn.address;
			for (const l of lines?.lines ?? []) {
				units.push({ line: l.line, file: lines?.table.files[l.file], offsets: l.addresses.map((a) => a + delta) });
			}
			builder.addFunction(fn.offset, units);
		}
		if (table.arch === "x86_64" && builder.siteCount > firstSite)
			predictRefusals(table.path, builder, firstSite, refused);
		binaries.push({ table, functions, firstFunction: next });
		next += functions.length;
	}
	if (next === 0) {
		const total = tables.reduce((n, t) => n + t.functions.length, 0);
		throw new NothingToTraceError(
			total === 0
				? `no functions found in ${tables.map((t) => t.path).join(", ")} (no symbol table?)`
				: `no functions left to trace: --include/--exclude/--exclude-preset${selection.inScope ? "/--scope project" : ""} filtered out all ${total}`,
			total === 0
				? "Give a binary with symbols, or its debug file with --debug-file (or under /usr/lib/debug)."
				: "Loosen --include or --exclude; they are JavaScript regular expressions matched against function names.",
		);
	}
	return { granularity, binaries, functionCount: next, sites: builder.finish(), refused };
}

/** Sites of one binary whose instruction the kernel would refuse, by its own rules. */
function predictRefusals(path: string, builder: SiteBuilder, from: number, refused: Map<number, string>): void {
	const sites = builder.siteOffsets(from);
	const order = Array.from(sites.keys()).sort((a, b) => (sites[a] as number) - (sites[b] as number));
	const code = readEntryBytes(
		path,
		order.map((i) => sites[i] as number),
	);
	order.forEach((i, k) => {
		const why = x86EntryRefusal(code[k] as Uint8Array);
		if (why) refused.set(from + i, `ENOTSUPP: ${why}`);
	});
}
