/**
 * What xcover could not do but went on without: a debug file of another build, damaged DWARF, a
 * Go table cut short. Readers report each as a typed diagnostic to a sink and carry on; the CLI's
 * sink prints it through the printable filter, the daemon's logs it, and tests look at the kind.
 */

import { printable } from "./printable.js";

export type DiagnosticKind =
	/** A candidate debug file (build-id tree, .gnu_debuglink) belongs to another build. */
	| "debug-file-mismatch"
	/** A debug file was found but could not be read. */
	| "debug-file-unreadable"
	/** A split DWARF (.dwo) file named by a skeleton unit is not there or not usable. */
	| "split-dwarf-missing"
	/** A compressed debug section this Node.js cannot inflate (zstd before Node 22.15). */
	| "zstd-unsupported"
	/** Part of the debug information could not be read; its functions keep symbol names only. */
	| "dwarf-damaged"
	/** Functions with code that no source file claims. */
	| "no-source-file"
	/** A Go pclntab that is truncated, out of order or otherwise damaged. */
	| "go-table-damaged"
	/** A table of the binary (symbols, DWARF, Go tables) could not be read at all. */
	| "table-unreadable"
	/** Line granularity for a binary with neither DWARF line tables nor a Go pclntab. */
	| "no-line-tables"
	/** A traced binary changed on disk during the run; its source locations cannot be read. */
	| "binary-replaced"
	/** A selection that selects nothing (an exclude preset for a kind of binary not traced). */
	| "selection-ineffective"
	/** Reports of different granularities merged: the lines are dropped. */
	| "granularity-dropped"
	/** Scope project: what it kept of a binary and what it left out (an info). */
	| "scope"
	/** Scope project on a binary that names no source file: everything is traced. */
	| "scope-undecidable"
	/** A source root that reaches past what the report's files need. */
	| "source-root"
	/** More diagnostics of one reader than are worth showing. */
	| "more-not-shown";

export interface Diagnostic {
	readonly kind: DiagnosticKind;
	/** One sentence for a person; may quote names and paths from binaries, so print it filtered. */
	readonly message: string;
	/** The file it concerns, when there is one. */
	readonly file?: string;
	/** "info" for what the user should know that is no problem; default "warning". */
	readonly level?: "info" | "warning";
}

/** How a person reads a diagnostic: warnings say so, infos do not. */
export function diagnosticLine(d: Diagnostic): string {
	return d.level === "info" ? `xcover: ${printable(d.message)}` : `xcover: warning: ${printable(d.message)}`;
}

export interface DiagnosticSink {
	report(diagnostic: Diagnostic): void;
}

/** A sink that keeps what it is told, for a result to hand on or a test to look at. */
export class DiagnosticList implements DiagnosticSink {
	readonly items: Diagnostic[] = [];

	report(diagnostic: Diagnostic): void {
		this.items.push(diagnostic);
	}

	kinds(): DiagnosticKind[] {
		return this.items.map((d) => d.kind);
	}
}

/** Warnings on stderr, one printable line each, for callers that bring no sink of their own. */
export const stderrDiagnostics: DiagnosticSink = {
	report(diagnostic) {
		process.stderr.write(`${diagnosticLine(diagnostic)}\n`);
	},
};

/** Drops everything: for callers that have nowhere to show diagnostics. */
export const ignoreDiagnostics: DiagnosticSink = { report() {} };

/**
 * Passes at most `max` diagnostics on, then one "more-not-shown" at `finish`: a badly broken file
 * gives one problem per unit, and nobody reads ten thousand of them.
 */
export function capped(sink: DiagnosticSink, max: number): DiagnosticSink & { finish(file?: string): void } {
	let passed = 0;
	let dropped = 0;
	return {
		report(diagnostic) {
			if (passed < max) {
				passed++;
				sink.report(diagnostic);
			} else {
				dropped++;
			}
		},
		finish(file) {
			if (dropped === 0) return;
			const message = `${file ? `${file}: ` : ""}${dropped} more debug information problems not shown`;
			sink.report(file === undefined ? { kind: "more-not-shown", message } : { kind: "more-not-shown", message, file });
			dropped = 0;
		},
	};
}
