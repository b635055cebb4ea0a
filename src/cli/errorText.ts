/**
 * What the CLI prints for an error: the message and the hint, and with --verbose what the error
 * carries beyond them (the BPF verifier's whole log, the stack).
 */
import { errorMessage, XcoverError } from "../errors.js";

/** The long text only --verbose shows that an error may carry (BpfLoadError's verifier log). */
function verifierLog(err: XcoverError): string | undefined {
	return "verifierLog" in err && typeof err.verifierLog === "string" ? err.verifierLog.trim() : undefined;
}

export function errorText(err: unknown, verbose: boolean): { text: string; exitCode: number } {
	if (err instanceof XcoverError) {
		let text = `xcover: error: ${err.message}\n  ${err.hint}\n`;
		const log = verifierLog(err);
		if (verbose && log) text += `xcover: the verifier's log:\n${log}\n`;
		if (verbose && err.stack) text += `${err.stack}\n`;
		return { text, exitCode: err.exitCode };
	}
	let text = `xcover: internal error: ${errorMessage(err)}\n`;
	text += verbose
		? `${err instanceof Error ? err.stack : ""}\n`
		: "  Rerun with --verbose for details, and report it.\n";
	return { text, exitCode: 1 };
}
