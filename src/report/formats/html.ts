/**
 * The HTML report: one self-contained page (inline CSS and script, no network) with the totals,
 * a bar per binary and source file, a sortable and filterable table of every function, and the
 * source of each file that can be found under the source root, marked by function coverage, or
 * in line granularity line by line: covered, not covered, unprobeable, or no code.
 */

import { randomUUID } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import Handlebars from "handlebars";
import type { DiagnosticSink } from "../../diagnostics.js";
import { type CoverageModel, formatPercent, type ModelGroup } from "../model.js";
import type { LineState, LineTotals, Totals } from "../report.js";
import { HTML_SCRIPT, HTML_TEMPLATE } from "./htmlTemplate.js";

export interface HtmlOptions {
	/**
	 * Only files under this directory are read for the source view (default: the working
	 * directory), so a report naming /etc/shadow cannot pull it into a page that gets published.
	 */
	sourceRoot?: string;
	title?: string;
	/** Told once when the source root is refused, e.g. `/`; the page then has no source view. */
	diagnostics?: DiagnosticSink;
}

/** Sources past these sizes are left out: the page must still open on a phone. */
const MAX_SOURCE_BYTES = 1 << 20;
const MAX_TOTAL_SOURCE_BYTES = 32 << 20;

let compiled: HandlebarsTemplateDelegate | undefined;

function template(): HandlebarsTemplateDelegate {
	compiled ??= Handlebars.compile(HTML_TEMPLATE, { strict: true });
	return compiled;
}

function totalsView(t: Totals) {
	return {
		...t,
		uncovered: t.traced - t.covered,
		percentText: formatPercent(t.percent),
		width: Math.round(t.percent * 100) / 100,
		lines: t.lines ? lineTotalsView(t.lines) : undefined,
	};
}

function lineTotalsView(t: LineTotals) {
	return {
		...t,
		uncovered: t.traced - t.covered,
		percentText: t.traced === 0 ? "—" : formatPercent(t.percent),
		width: Math.round(t.percent * 100) / 100,
	};
}

function isInside(root: string, path: string): boolean {
	const rel = relative(root, path);
	return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/** A regular file, found without opening it: opening a FIFO or a device could block or act. */
function isRegularFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/**
 * Where a file the debug info names can be read under `root`: as named when that is inside it,
 * else the named path re-rooted, dropping leading directories until one exists (a build in /src
 * read from a checkout elsewhere). Symbolic links are resolved first, so the result is a regular
 * file whose real path is under the root's real path.
 */
function locate(root: string, file: string): string | undefined {
	const candidates: string[] = [];
	if (isAbsolute(file)) candidates.push(file);
	else candidates.push(join(root, file));
	const parts = file.split("/").filter((p) => p !== "" && p !== "." && p !== "..");
	// A bare file name could match an unrelated file of the same name: keep a directory in it.
	for (let i = 0; i < parts.length - 1; i++) candidates.push(join(root, ...parts.slice(i)));
	for (const candidate of candidates) {
		let real: string;
		try {
			real = realpathSync(candidate);
		} catch {
			continue;
		}
		if (isInside(root, real) && isRegularFile(real)) return real;
	}
	return undefined;
}

/** The real path of an open descriptor, as the kernel resolved it. */
function openedPath(fd: number): string | undefined {
	try {
		return readlinkSync(`/proc/self/fd/${fd}`);
	} catch {
		return undefined;
	}
}

function readSource(root: string, path: string, budget: number): string | undefined {
	let fd: number;
	try {
		// locate checked it is a regular file under the root. Should the path have changed since,
		// O_NONBLOCK keeps a FIFO from blocking, O_NOFOLLOW refuses a symbolic link, and what was
		// opened is checked again: a regular file, still under the root.
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
	} catch {
		return undefined;
	}
	try {
		const st = fstatSync(fd);
		if (!st.isFile() || st.size > MAX_SOURCE_BYTES || st.size > budget) return undefined;
		const opened = openedPath(fd);
		if (opened === undefined || !isInside(root, opened)) return undefined;
		const buf = Buffer.alloc(st.size);
		let done = 0;
		while (done < st.size) {
			const n = readSync(fd, buf, done, st.size - done, done);
			if (n === 0) break;
			done += n;
		}
		const text = buf.subarray(0, done).toString("utf8");
		// A binary file is no source to show.
		return text.includes("\u0000") ? undefined : text;
	} finally {
		closeSync(fd);
	}
}

/** JSON that can sit inside <script>: nothing in it can close the element or start a comment. */
function scriptJson(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, "\\u003c")
		.replace(/>/g, "\\u003e")
		.replace(/&/g, "\\u0026")
		.replace(/\u2028/g, "\\u2028")
		.replace(/\u2029/g, "\\u2029");
}

/**
 * name, file index, first line, status, calls, raw name, unprobeable reason, last line, and in
 * line granularity [covered, traced] of the function's own lines (null without lines).
 */
type FunctionRow = [
	string,
	number,
	number,
	number,
	number | null,
	string,
	string | null,
	number,
	[number, number] | null,
];

const STATUS_CODE = { uncovered: 0, covered: 1, unprobeable: 2 } as const;
const LINE_CODE: Record<LineState, number> = STATUS_CODE;

/** The page's data in pieces: a report of millions of lines makes more text than one string holds. */
function* dataChunks(data: {
	counting: boolean;
	byLine: boolean;
	binaries: unknown[];
	files: unknown[];
	fns: FunctionRow[];
	sources: string[];
}): Generator<string> {
	yield `{"counting":${data.counting},"byLine":${data.byLine},"binaries":${scriptJson(data.binaries)},"files":[`;
	for (let at = 0; at < data.files.length; at += ROWS_PER_CHUNK) {
		yield `${at > 0 ? "," : ""}${scriptJson(data.files.slice(at, at + ROWS_PER_CHUNK)).slice(1, -1)}`;
	}
	yield `],"fns":[`;
	for (let at = 0; at < data.fns.length; at += ROWS_PER_CHUNK) {
		yield `${at > 0 ? "," : ""}${scriptJson(data.fns.slice(at, at + ROWS_PER_CHUNK)).slice(1, -1)}`;
	}
	yield `],"sources":[`;
	for (const [i, source] of data.sources.entries()) yield `${i > 0 ? "," : ""}${scriptJson(source)}`;
	yield "]}";
}

const ROWS_PER_CHUNK = 2000;

export function formatHtml(model: CoverageModel, options: HtmlOptions = {}): string {
	return [...htmlChunks(model, options)].join("");
}

export function* htmlChunks(model: CoverageModel, options: HtmlOptions = {}): Generator<string> {
	let root: string | undefined;
	try {
		root = realpathSync(resolve(options.sourceRoot ?? "."));
	} catch {
		root = undefined;
	}
	if (root === "/") {
		// Under `sudo xcover stop` run from /, the report's file names would pick what root reads.
		options.diagnostics?.report({
			kind: "source-root",
			message:
				"the source root is /, so the HTML report shows no source files; give --source-root the project's directory",
		});
		root = undefined;
	}
	// ln: a file's lines in line granularity, flat as line, state (LINE_CODE), hits, line, state, hits, …
	const files: Array<{ b: number; name: string; kind: ModelGroup["kind"]; src: number; ln?: number[] }> = [];
	const sources: string[] = [];
	const fns: FunctionRow[] = [];
	let budget = MAX_TOTAL_SOURCE_BYTES;
	const binaries = model.binaries.map((binary, b) => {
		const groups = binary.groups.map((group) => {
			const index = files.length;
			let src = -1;
			if (group.kind === "file" && root !== undefined) {
				const path = locate(root, group.name);
				const text = path === undefined ? undefined : readSource(root, path, budget);
				if (text !== undefined) {
					src = sources.length;
					sources.push(text);
					budget -= Buffer.byteLength(text);
				}
			}
			const file: (typeof files)[number] = { b, name: group.name, kind: group.kind, src };
			if (group.lines) file.ln = group.lines.flatMap((l) => [l.line, LINE_CODE[l.state], l.hits]);
			files.push(file);
			for (const f of group.functions) {
				fns.push([
					f.name,
					index,
					f.lineStart ?? 0,
					STATUS_CODE[f.status],
					f.calls ?? null,
					f.rawName,
					f.unprobeableReason ?? null,
					f.lineEnd ?? 0,
					f.lineTotals ? [f.lineTotals.covered, f.lineTotals.traced] : null,
				]);
			}
			return { name: group.name, index, source: src >= 0, totals: totalsView(group.totals) };
		});
		return {
			name: binary.name,
			path: binary.path,
			buildId: binary.buildId,
			totals: totalsView(binary.totals),
			groups,
			openFiles: groups.length <= 20,
		};
	});
	const counting = model.mode === "count";
	const byLine = model.granularity === "line";
	const data = {
		counting,
		byLine,
		binaries: model.binaries.map((b) => ({ name: b.name, path: b.path })),
		files,
		fns,
		sources,
	};
	// Stands for the data in the rendered page. Unpredictable, so that no name in a hostile report
	// can be it and have the data spliced into an attribute.
	const mark = `\u0000${randomUUID()}\u0000`;
	const page = template()({
		title: options.title ?? (byLine ? "xcover line coverage" : "xcover function coverage"),
		mode: model.mode,
		startedAt: model.startedAt,
		endedAt: model.endedAt,
		command: model.command?.join(" ") ?? "",
		version: model.toolVersion,
		totals: totalsView(model.totals),
		binaries,
		counting,
		byLine,
		data: mark,
		script: HTML_SCRIPT,
	});
	const at = page.indexOf(mark);
	yield page.slice(0, at);
	yield* dataChunks(data);
	yield page.slice(at + mark.length);
}
