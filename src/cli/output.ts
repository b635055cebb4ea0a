/** How the CLI talks to a person: messages on stderr, a progress line only on a terminal. */
import type { DiagnosticSink } from "../diagnostics.js";
import { printable } from "../printable.js";

/** Diagnostics are warnings to a person: `report` prints them as `warn` does. */
export interface Output extends DiagnosticSink {
	verbose: boolean;
	info(message: string): void;
	/** Something the user should know that did not stop the command. */
	warn(message: string): void;
	/** Only with --verbose. */
	debug(message: string): void;
	/** A line that rewrites itself on a TTY and stays silent otherwise. */
	progress(message: string): void;
	endProgress(): void;
}

export function terminalOutput(verbose: boolean, stream: NodeJS.WriteStream = process.stderr): Output {
	let shown = false;
	let last = 0;
	return {
		verbose,
		info(message) {
			if (shown) this.endProgress();
			stream.write(`${message}\n`);
		},
		// Warnings and debug lines carry names and paths from binaries: one printable line each.
		warn(message) {
			this.info(`xcover: warning: ${printable(message)}`);
		},
		report(diagnostic) {
			if (diagnostic.level === "info") this.info(`xcover: ${printable(diagnostic.message)}`);
			else this.warn(diagnostic.message);
		},
		debug(message) {
			if (verbose) this.info(`xcover: ${printable(message)}`);
		},
		progress(message) {
			if (!stream.isTTY) return;
			const now = Date.now();
			if (now - last < 100) return;
			last = now;
			stream.write(`\r\x1b[2K${message}`);
			shown = true;
		},
		endProgress() {
			if (shown) stream.write("\r\x1b[2K");
			shown = false;
		},
	};
}
