/**
 * What the CLI prints for an error: the message and the hint, and with --verbose what the error
 * carries beyond them (the BPF verifier's whole log, the stack). Messages quote names and paths
 * from binaries, so every part goes through the printable filter: the message and the hint as one
 * line each, what is quoted line by line.
 */
import { errorMessage, XcoverError } from "../errors.js";
import { printable, printableLines } from "../printable.js";

/** The long text only --verbose shows that an error may carry (BpfLoadError's verifier log). */
function verifierLog(err: XcoverError): string | undefined {
	return "verifierLog" in err && typeof err.verifierLog === "string" ? err.verifierLog.trim() : undefined;
}

export function errorText(err: unknown, verbose: boolean): { text: string; exitCode: number } {
	if (err instanceof XcoverError) {
		let text = `xcover: error: ${printable(err.message)}\n`;
		if (err.quoted) text += `${printableLines(err.quoted)}\n`;
		text += `  ${printable(err.hint)}\n`;
		const log = verifierLog(err);
		if (verbose && log) text += `xcover: the verifier's log:\n${printableLines(log)}\n`;
		if (verbose && err.stack) text += `${printableLines(err.stack)}\n`;
		return { text, exitCode: err.exitCode };
	}
	let text = `xcover: internal error: ${printable(errorMessage(err))}\n`;
	text += verbose
		? `${printableLines(err instanceof Error ? (err.stack ?? "") : "")}\n`
		: "  Rerun with --verbose for details, and report it.\n";
	return { text, exitCode: 1 };
}
