/**
 * What the CLI prints for an error: the message and the hint, and with --verbose what the error
 * carries beyond them (the BPF verifier's whole log, the stack).
 */
import { XcoverError } from "../errors.js";

/** An error that carries a long text only --verbose shows (BpfLoadError's verifier log). */
interface WithDetails {
	verifierLog?: string;
}

export function errorText(err: unknown, verbose: boolean): { text: string; exitCode: number } {
	if (err instanceof XcoverError) {
		let text = `xcover: error: ${err.message}\n  ${err.hint}\n`;
		const log = (err as WithDetails).verifierLog?.trim();
		if (verbose && log) text += `xcover: the verifier's log:\n${log}\n`;
		if (verbose && err.stack) text += `${err.stack}\n`;
		return { text, exitCode: err.exitCode };
	}
	let text = `xcover: internal error: ${(err as Error)?.message ?? String(err)}\n`;
	text += verbose ? `${(err as Error)?.stack ?? ""}\n` : "  Rerun with --verbose for details, and report it.\n";
	return { text, exitCode: 1 };
}
