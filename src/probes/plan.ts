/**
 * The probe plan: which functions of which binaries get a probe, and the cookie of each. Cookies
 * are dense (0..n-1 across all binaries) because the BPF side uses them to index its hit array.
 */
import { statSync } from "node:fs";
import { readableName } from "../demangle/demangle.js";
import { readEntryBytes } from "../elf/entryBytes.js";
import type { FunctionEntry, FunctionTable } from "../elf/functions.js";
import { UsageError, XcoverError } from "../errors.js";
import { isGoRuntimeOrStd } from "../golang/index.js";
import { x86EntryRefusal } from "./x86.js";

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
	/** The selected functions; the i-th has cookie firstCookie + i. */
	functions: FunctionEntry[];
	firstCookie: number;
}

export interface ProbePlan {
	binaries: PlannedBinary[];
	functionCount: number;
	/** cookie → why the kernel would refuse a probe there; these get none. */
	refused: Map<number, string>;
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

export function planProbes(tables: readonly FunctionTable[], selection: Selection): ProbePlan {
	const binaries: PlannedBinary[] = [];
	const refused = new Map<number, string>();
	let next = 0;
	for (const table of tables) {
		const presets = selection.presets ?? [];
		const functions = table.functions.filter(
			(fn) => isSelected(fn, selection) && (presets.length === 0 || !excludedByPreset(table, fn, presets)),
		);
		if (table.arch === "x86_64" && functions.length > 0) {
			const entries = readEntryBytes(
				table.path,
				functions.map((f) => f.offset),
			);
			entries.forEach((code, i) => {
				const why = x86EntryRefusal(code);
				if (why) refused.set(next + i, `ENOTSUPP: ${why}`);
			});
		}
		binaries.push({ table, functions, firstCookie: next });
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
	return { binaries, functionCount: next, refused };
}
