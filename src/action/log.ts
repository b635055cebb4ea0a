/**
 * The action's log: every line it writes quotes paths, names and the CLI's output, which come
 * from outside, so each goes through the printable filter before @actions/core sees it. A line of
 * the log can then neither start a workflow command nor carry a terminal escape.
 */
import * as core from "@actions/core";
import type { Diagnostic } from "../diagnostics.js";
import { printable } from "../printable.js";

/** Also the action's diagnostic sink: each diagnostic becomes a warning annotation. */
export const log = {
	report: (diagnostic: Diagnostic): void =>
		diagnostic.level === "info"
			? core.info(printable(diagnostic.message))
			: core.warning(printable(diagnostic.message)),
	info: (message: string): void => core.info(printable(message)),
	notice: (message: string): void => core.notice(printable(message)),
	warning: (message: string): void => core.warning(printable(message)),
	/** Fails the step: an error annotation and a non-zero exit code. */
	failed: (message: string): void => core.setFailed(printable(message)),
};

/**
 * Echoes the CLI's output a line at a time through the filter. Output arrives in chunks that may
 * split a line, so the last partial line waits for the rest (or for `flush`).
 */
export function lineEcho(write: (line: string) => void): { push(text: string): void; flush(): void } {
	let pending = "";
	return {
		push(text) {
			pending += text;
			const lines = pending.split("\n");
			pending = lines.pop() ?? "";
			for (const line of lines) write(`${printable(line)}\n`);
		},
		flush() {
			if (pending !== "") write(`${printable(pending)}\n`);
			pending = "";
		},
	};
}
