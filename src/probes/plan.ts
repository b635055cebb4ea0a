/**
 * The probe plan: which functions of which binaries get a probe, and the cookie of each. Cookies
 * are dense (0..n-1 across all binaries) because the BPF side uses them to index its hit array.
 */
import { statSync } from "node:fs";
import { readEntryBytes } from "../elf/entryBytes.js";
import type { FunctionEntry, FunctionTable } from "../elf/functions.js";
import { UsageError, XcoverError } from "../errors.js";
import { x86EntryRefusal } from "./x86.js";

export interface Selection {
	include: RegExp[];
	exclude: RegExp[];
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

/** Included when any name matches an --include (or there is none), unless any name matches an --exclude. */
export function isSelected(fn: FunctionEntry, selection: Selection): boolean {
	const { include, exclude } = selection;
	if (include.length > 0 && !fn.names.some((n) => include.some((re) => re.test(n)))) return false;
	return !fn.names.some((n) => exclude.some((re) => re.test(n)));
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
		const functions = table.functions.filter((fn) => isSelected(fn, selection));
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
				: `no functions left to trace: --include/--exclude filtered out all ${total}`,
			total === 0
				? "Give a binary with symbols (not stripped), or its debug file once supported."
				: "Loosen --include or --exclude; they are JavaScript regular expressions matched against function names.",
		);
	}
	return { binaries, functionCount: next, refused };
}
