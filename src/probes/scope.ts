/**
 * Scope `project`: only the functions of the user's own code, the part of a binary a pull request
 * is about. Every armed probe costs each new process of the binary a breakpoint write, so code
 * from elsewhere (a static library, libstdc++'s inlined templates, the Go runtime) is left out
 * before attaching rather than filtered from the report.
 *
 * A function is the project's when its source file lies under the source root. Go functions go
 * by package instead: -trimpath builds name files by module path, not by where they were built,
 * and the main module's packages are the project.
 */
import type { FunctionEntry, FunctionTable } from "../elf/functions.js";
import { isUnder } from "../paths.js";

export type Scope = "binary" | "project";

export interface ScopeCount {
	path: string;
	/** Functions in the binary's table. */
	total: number;
	/** Functions kept as the project's. */
	kept: number;
	/** Left out: a source file outside the root (or, for Go, a package of another module). */
	outside: number;
	/** Left out: no source file known for it (start-up code, stripped parts). */
	unknown: number;
	/** The binary says nothing about source files, so scope cannot apply: every function is kept. */
	undecidable: boolean;
}

function isMainModule(pkg: string, module: string): boolean {
	// The main package is "main" in a Go binary, whatever the module is called.
	return pkg === "main" || (module !== "" && (pkg === module || pkg.startsWith(`${module}/`)));
}

/**
 * Which functions of `table` are the project's under `root`. A Go binary without build info
 * keeps package main only; a binary with no source file at all keeps everything, and says so.
 */
export function projectScope(
	table: FunctionTable,
	root: string,
): { keep: (fn: FunctionEntry) => boolean; count: ScopeCount } {
	const go = table.goModule !== undefined;
	const known = table.functions.some((f) => f.source !== undefined || (go && f.package !== undefined));
	const count: ScopeCount = {
		path: table.path,
		total: table.functions.length,
		kept: 0,
		outside: 0,
		unknown: 0,
		undecidable: !known,
	};
	const verdict = new Map<FunctionEntry, boolean>();
	for (const f of table.functions) {
		let keep: boolean;
		if (!known) keep = true;
		else if (go && f.package !== undefined) {
			keep = isMainModule(f.package, table.goModule ?? "");
			if (!keep) count.outside++;
		} else if (f.source !== undefined) {
			keep = isUnder(root, f.source.file);
			if (!keep) count.outside++;
		} else {
			keep = false;
			count.unknown++;
		}
		if (keep) count.kept++;
		verdict.set(f, keep);
	}
	return { keep: (fn) => verdict.get(fn) ?? false, count };
}

/** One line per binary for the log: what scope project kept and what it left out, and why. */
export function describeScope(c: ScopeCount, root: string): string {
	if (c.undecidable) {
		return `${c.path}: no source files in its debug information, so --scope project cannot tell the project's functions from others'; all ${c.total} are traced (build with -g, or give --debug-file)`;
	}
	const left: string[] = [];
	if (c.outside > 0) left.push(`${c.outside} from source outside ${root}`);
	if (c.unknown > 0) left.push(`${c.unknown} with no source file`);
	return `${c.path}: scope project keeps ${c.kept} of ${c.total} functions${left.length > 0 ? `; left out ${left.join(" and ")}` : ""}`;
}
