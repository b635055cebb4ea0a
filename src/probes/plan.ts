/**
 * The probe plan: which functions of which binaries get a probe, and the cookie of each. Cookies
 * are dense (0..n-1 across all binaries) because the BPF side uses them to index its hit array.
 */
import { statSync } from "node:fs";
import { readableName } from "../demangle/demangle.js";
import type { LineTable } from "../dwarf/index.js";
import { readEntryBytes } from "../elf/entryBytes.js";
import type { FunctionEntry, FunctionTable } from "../elf/functions.js";
import { UsageError, XcoverError } from "../errors.js";
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
}

export function parsePresets(values: readonly string[]): ExcludePreset[] {
	const out: ExcludePreset[] = [];
	for (const v of values.flatMap((x) => x.split(","))) {
		const name = v.trim();
		if (name === "") continue;
		if (!(name in EXCLUDE_PRESETS)) {
			throw new UsageError(
				`--exclude-preset ${JSON.stringify(name)} is not a preset`,
				`Presets: ${Object.keys(EXCLUDE_PRESETS).join(", ")}.`,
			);
		}
		if (!out.includes(name as ExcludePreset)) out.push(name as ExcludePreset);
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
 * indexes the hit array. Sites are grouped into units, the sets that go together once one of them
 * fires: a function's entry in function granularity, the code of one source line of one function
 * in line granularity. Sites are contiguous per unit, units per function, functions per binary,
 * all in plan order, so that typed arrays hold a million probes cheaply.
 */
export interface SitePlan {
	count: number;
	/** site → file offset of the probed instruction. */
	offsets: Float64Array;
	/** site → its unit. */
	unitOf: Uint32Array;
	/** Sites of unit u are unitStart[u] … unitStart[u + 1] − 1 (length: units + 1). */
	unitStart: Uint32Array;
	/** Units of function f are functionUnitStart[f] … functionUnitStart[f + 1] − 1; the first holds its entry. */
	functionUnitStart: Uint32Array;
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
	return sites.unitStart.length - 1;
}

/** The site on a function's entry instruction (the first site of its first unit). */
export function entrySiteOf(sites: SitePlan, fn: number): number {
	return sites.unitStart[sites.functionUnitStart[fn] as number] as number;
}

/** Collects sites unit by unit into the typed arrays of a SitePlan. */
class SiteBuilder {
	private offsets: number[] = [];
	private unitOf: number[] = [];
	private unitStart: number[] = [];
	private functionUnitStart: number[] = [];
	private unitLine: number[] = [];
	private unitFile: number[] = [];
	readonly files: string[] = [];
	private readonly fileIds = new Map<string, number>();

	beginFunction(): void {
		this.functionUnitStart.push(this.unitStart.length);
	}

	unit(offsets: readonly number[], line: number, file: string | undefined): void {
		const u = this.unitStart.length;
		this.unitStart.push(this.offsets.length);
		for (const o of offsets) {
			this.offsets.push(o);
			this.unitOf.push(u);
		}
		this.unitLine.push(line);
		this.unitFile.push(file === undefined ? 0 : this.fileId(file));
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
		return {
			count: this.offsets.length,
			offsets: Float64Array.from(this.offsets),
			unitOf: Uint32Array.from(this.unitOf),
			unitStart: Uint32Array.from([...this.unitStart, this.offsets.length]),
			functionUnitStart: Uint32Array.from([...this.functionUnitStart, this.unitStart.length]),
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
		for (const fn of b.functions) {
			builder.beginFunction();
			builder.unit([fn.offset], 0, undefined);
		}
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
			throw new UsageError(
				`${flag} ${JSON.stringify(source)}: ${(err as Error).message}`,
				"Fix the regular expression.",
			);
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
			(fn) => isSelected(fn, selection) && (presets.length === 0 || !excludedByPreset(table, fn, presets)),
		);
		const firstSite = builder.siteCount;
		const lineTables = options.lineTables?.get(table.path) ?? [];
		for (const fn of functions) {
			builder.beginFunction();
			const lines = granularity === "line" ? linesOfFunction(fn, lineTables, strategy) : undefined;
			if (!lines) {
				builder.unit([fn.offset], 0, undefined);
				continue;
			}
			// File offsets move with virtual addresses inside the function's segment.
			const delta = fn.offset - fn.address;
			if (!lines.entryLine) builder.unit([fn.offset], 0, undefined);
			for (const l of lines.lines) {
				builder.unit(
					l.addresses.map((a) => a + delta),
					l.line,
					lines.table.files[l.file],
				);
			}
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
				: `no functions left to trace: --include/--exclude/--exclude-preset filtered out all ${total}`,
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
