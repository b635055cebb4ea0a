/**
 * Text from outside (names and paths from binaries, debug links, reports) on one printable line.
 * A job log treats a line starting with `::` as a workflow command and a terminal obeys escape
 * sequences, so line breaks, control characters and bidi overrides are shown as escapes instead:
 * `\n`, `\x1b`, `\u{202e}`.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to show as escapes
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function printable(text: string): string {
	return text.replace(UNPRINTABLE, (c) => {
		const named = NAMED[c];
		if (named) return named;
		const code = c.charCodeAt(0);
		return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
	});
}
