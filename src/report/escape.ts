/** Escaping for the text formats: XML, HTML and Markdown each forbid or interpret different characters. */

/**
 * Characters XML 1.0 cannot carry at all, not even as references: C0 controls other than tab,
 * newline and carriage return, lone surrogates, U+FFFE and U+FFFF. Symbol names are bytes, so
 * any of them can occur.
 */
const XML_FORBIDDEN =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to replace
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const XML_ESCAPES: Record<string, string> = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	'"': "&quot;",
	"'": "&apos;",
	"\t": "&#9;",
	"\n": "&#10;",
	"\r": "&#13;",
};

/** Text safe in an XML attribute value or element; forbidden characters become U+FFFD. */
export function escapeXml(text: string): string {
	return text.replace(XML_FORBIDDEN, "\ufffd").replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * Every character some line-based reader ends a line at: \r and \n, and also \v, \f, the file,
 * group and record separators \x1c–\x1e, NEL \x85 and U+2028/U+2029 (Python's splitlines,
 * JavaScript's line terminators). A name holding one must not start a record of its own.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to replace
const LINE_BREAKS = /[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g;

/** Text on one line for any line-based format: every line break becomes a space. */
export function oneLine(text: string): string {
	return text.replace(LINE_BREAKS, " ");
}

const CONTROL_OR_LONE_SURROGATE =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to replace
	/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** U+2060 WORD JOINER: invisible, and it ends what GitHub reads as a mention, reference or link. */
const JOINER = "\u2060";

/**
 * Spaces at either end, which a table cell trims and which keep `**` from opening or closing bold:
 * as character references they are shown, and count as punctuation beside `**`.
 */
const EDGE_SPACE = /^\p{Zs}+|\p{Zs}+$/gu;

/**
 * Text that GitHub's Markdown shows literally, also inside a table cell: HTML-significant
 * characters become entities, Markdown punctuation (and `$`, which starts math) gets a
 * backslash, line breaks become spaces, and bidi controls are replaced. GitHub turns `@user`,
 * `#123`, `owner/repo#1`, `GH-1`, e-mail addresses, `www.` and `scheme://` into mentions,
 * references and links after Markdown is parsed, so a word joiner goes where each would start.
 * Spaces at either end become character references.
 */
export function escapeMarkdown(text: string): string {
	return oneLine(text)
		.replace(CONTROL_OR_LONE_SURROGATE, "\ufffd")
		.replace(/[@#]/g, `$&${JOINER}`)
		.replace(/\b(GH)-(?=\d)/gi, `$1${JOINER}-`)
		.replace(/:\/\//g, `:${JOINER}//`)
		.replace(/\b(www)\./gi, `$1${JOINER}.`)
		.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"))
		.replace(/[\\`*_{}[\]()#+\-.!|~:@$]/g, "\\$&")
		.replace(EDGE_SPACE, (spaces) => [...spaces].map((c) => `&#${c.codePointAt(0)};`).join(""));
}
