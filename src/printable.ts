/**
 * Text from outside (names and paths from binaries, debug links, reports) on one printable line.
 * A job log treats a line starting with `::` as a workflow command and a terminal obeys escape
 * sequences, so line breaks, control characters and bidi overrides are shown as escapes instead:
 * `\n`, `\x1b`, `\u{202e}`. Everything xcover prints that may carry such text goes through here:
 * the CLI's errors, warnings and debug lines, the daemon's log and the action's log lines.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to show as escapes
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** A leading `::`, after any spaces the runner might trim, is what starts a workflow command. */
const COMMAND_START = /^(\s*):(?=:)/;

export function printable(text: string): string {
	return text
		.replace(UNPRINTABLE, (c) => {
			const named = NAMED[c];
			if (named) return named;
			const code = c.charCodeAt(0);
			return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
		})
		.replace(COMMAND_START, "$1\\x3a");
}

/**
 * Text of several lines that xcover itself broke (a log's tail, a stack): each line printable, so
 * that a break inside a name still cannot start a command of its own.
 */
export function printableLines(text: string): string {
	return text.split(/\r?\n/).map(printable).join("\n");
}
