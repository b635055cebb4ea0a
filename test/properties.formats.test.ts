// xcover-test: rootless
/**
 * Property tests of the writers' escaping: whatever a name or path holds, it changes no output's
 * structure. Each format is read back by a real reader: LCOV split at every line separator any
 * reader uses, Cobertura by libxml2 (xmllint) and Chromium's XML parser, Markdown by marked (GFM),
 * HTML by Chromium, one browser for every case. fast-check prints the seed of any failure.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { marked, type Token, type Tokens } from "marked";
import { type Browser, chromium, type Page } from "playwright-core";
import { diffReports } from "../src/report/diff.js";
import { formatCobertura } from "../src/report/formats/cobertura.js";
import { formatHtml } from "../src/report/formats/html.js";
import { formatLcov } from "../src/report/formats/lcov.js";
import { formatMarkdown } from "../src/report/formats/markdown.js";
import { buildModel, type CoverageModel, type ModelFunction, type ModelGroup } from "../src/report/model.js";
import { assembleReport, binaryTotalsOf, type FunctionCoverage, sourceFilesOf } from "../src/report/report.js";
import { check, checkAsync, report, runs } from "./arbitraries.js";
import { workDir } from "./helpers.js";

const seed = process.env.FC_SEED === undefined ? 20260102 : Number(process.env.FC_SEED);
const scale = Number(process.env.FC_SCALE ?? 1);
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns: Math.ceil(numRuns * scale), seed });

const measured = (fns: readonly ModelFunction[]) => fns.filter((f) => f.status !== "unprobeable");

/** Lone surrogates as U+FFFD: what any UTF-8 file or transport makes of them. */
function wellFormed(text: string): string {
	return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

describe("LCOV", () => {
	/** Every line ending some reader splits at: Perl's and lcov's \n, Python's splitlines, JavaScript's. */
	// biome-ignore lint/suspicious/noControlCharactersInRegex: the line ends and controls names may hold
	const LINE_END = /\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

	interface Record {
		sf: string;
		fn: string[];
		fnda: string[];
		da: number;
		fnf: number;
		fnh: number;
		lf: number;
		lh: number;
	}

	function parse(text: string): Record[] {
		assert.ok(text.endsWith("\n") || text === "");
		const lines = text.split(LINE_END);
		lines.pop();
		const out: Record[] = [];
		let r: Record | undefined;
		for (const line of lines) {
			const m = /^([A-Z_a-z]+):?(.*)$/s.exec(line);
			assert.ok(m, `a record line: ${JSON.stringify(line)}`);
			const [, key, value] = m as unknown as [string, string, string];
			if (key === "TN") {
				assert.equal(r, undefined, "TN opens a record");
				r = { sf: "", fn: [], fnda: [], da: 0, fnf: -1, fnh: -1, lf: -1, lh: -1 };
				continue;
			}
			assert.ok(r, `${key} inside a record`);
			if (key === "SF") r.sf = value;
			else if (key === "FN") r.fn.push(/^\d+,(.*)$/s.exec(value)?.[1] ?? assert.fail(`FN ${value}`));
			else if (key === "FNDA") r.fnda.push(/^\d+,(.*)$/s.exec(value)?.[1] ?? assert.fail(`FNDA ${value}`));
			else if (key === "DA") {
				assert.match(value, /^\d+,\d+$/);
				// Hits as the report holds them: exact integers, at most 2^53 − 1 however many functions hold the line.
				assert.ok(Number(value.split(",")[1]) <= Number.MAX_SAFE_INTEGER, `DA:${value}`);
				r.da++;
			} else if (key === "FNF") r.fnf = Number(value);
			else if (key === "FNH") r.fnh = Number(value);
			else if (key === "LF") r.lf = Number(value);
			else if (key === "LH") r.lh = Number(value);
			else if (key === "end_of_record") {
				out.push(r);
				r = undefined;
			} else assert.fail(`unknown record line ${JSON.stringify(line)}`);
		}
		assert.equal(r, undefined, "the last record ends");
		return out;
	}

	/** The records the model calls for: per binary, its measured files (and, by function, one for the fileless). */
	function expected(model: CoverageModel): Array<{ file: string; functions: ModelFunction[] }> {
		const out: Array<{ file: string; functions: ModelFunction[] }> = [];
		for (const b of model.binaries) {
			if (model.granularity === "line") {
				for (const g of b.groups) {
					if (g.kind === "file" && g.lines && (g.totals.lines?.traced ?? 0) > 0)
						out.push({ file: g.name, functions: measured(g.functions) });
				}
				continue;
			}
			const fileless: ModelFunction[] = [];
			for (const g of b.groups) {
				const fns = measured(g.functions);
				if (fns.length === 0) continue;
				if (g.kind === "file") out.push({ file: g.name, functions: fns });
				else fileless.push(...fns);
			}
			if (fileless.length > 0) out.push({ file: b.path, functions: fileless });
		}
		return out;
	}

	it("keeps a function named like a numbered copy apart from the copy (regression)", () => {
		const fn = (name: string, line: number): FunctionCoverage => ({
			names: [name],
			name,
			raw_name: name,
			offset: line,
			size: 4,
			covered: true,
			unprobeable: false,
			file: "/src/a.c",
			line_start: line,
			line_end: line,
		});
		const functions = [fn("f", 1), fn("f", 2), fn("f [2]", 3)];
		const r = assembleReport({ mode: "first-hit", started_at: "", ended_at: "" }, [
			{
				path: "/bin/app",
				build_id: null,
				arch: "x86_64",
				functions,
				totals: binaryTotalsOf(functions, "function"),
				source_files: sourceFilesOf(functions),
			},
		]);
		const [record] = parse(formatLcov(buildModel(r)));
		assert.deepStrictEqual(record?.fn, ["f", "f [2]", "f [2] [2]"]);
	});

	it("adds the hits of a line's functions up to 2^53 − 1 at most, as Cobertura does (regression)", () => {
		const fn = (name: string, offset: number): FunctionCoverage => ({
			names: [name],
			name,
			raw_name: name,
			offset,
			size: 4,
			covered: true,
			unprobeable: false,
			calls: Number.MAX_SAFE_INTEGER,
			file: "/src/a.c",
			line_start: 1,
			line_end: 1,
			lines: [{ line: 1, hits: Number.MAX_SAFE_INTEGER }],
		});
		for (const granularity of ["function", "line"] as const) {
			const functions = [fn("f", 0), fn("g", 4)].map((f) => (granularity === "line" ? f : { ...f, lines: undefined }));
			const clean = functions.map(({ lines, ...f }) => (lines ? { ...f, lines } : f));
			const r = assembleReport({ mode: "count", granularity, started_at: "", ended_at: "" }, [
				{
					path: "/bin/app",
					build_id: null,
					arch: "x86_64",
					functions: clean,
					totals: binaryTotalsOf(clean, granularity),
					source_files: sourceFilesOf(clean, granularity),
				},
			]);
			const model = buildModel(r);
			assert.match(formatLcov(model), /^DA:1,9007199254740991$/m, granularity);
			assert.match(
				formatCobertura(model),
				/<lines>\n\t+<line number="1" hits="9007199254740991" branch="false"\/>/,
				granularity,
			);
		}
	});

	it("has exactly the records, functions and lines of the report, whatever the names", () => {
		check(
			fc.property(report({ hostileHead: true }), (r) => {
				const model = buildModel(r);
				const records = parse(formatLcov(model));
				const want = expected(model);
				assert.equal(records.length, want.length);
				records.forEach((rec, i) => {
					const w = want[i] as (typeof want)[number];
					// biome-ignore lint/suspicious/noControlCharactersInRegex: the line ends and controls names may hold
					assert.equal(rec.sf, w.file.replace(/[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g, " "), "SF");
					assert.equal(rec.fn.length, w.functions.length);
					assert.deepStrictEqual(rec.fnda, rec.fn, "FNDA names its FN functions");
					// lcov merges the functions of a record by name.
					assert.equal(new Set(rec.fn).size, rec.fn.length, `distinct names in ${JSON.stringify(rec.fn)}`);
					assert.equal(rec.fnf, rec.fn.length);
					assert.equal(rec.lf, rec.da);
				});
				const sum = (k: "fnf" | "fnh" | "lf" | "lh") => records.reduce((n, rec) => n + rec[k], 0);
				if (model.granularity === "line") {
					// Each record's lines are its file's, so the records add up to the report's line totals.
					assert.equal(sum("lf"), model.totals.lines?.traced);
					assert.equal(sum("lh"), model.totals.lines?.covered);
				} else {
					assert.equal(sum("fnf"), model.totals.traced);
					assert.equal(sum("fnh"), model.totals.covered);
				}
			}),
			params(300),
		);
	});
});

describe("Markdown (marked, GFM)", () => {
	/**
	 * The only HTML the summary writes itself; cut to fit right after a list's opening line, the
	 * closing line follows it in one HTML block.
	 */
	const OWN_HTML = /^(<details( open)?><summary>[^<>]*<\/summary>(\n<\/details>)?|<\/details>)\s*$/;
	const INLINE = new Set(["text", "escape", "strong"]);

	/** What a reader sees of inline tokens: escapes resolved, the entities the escaper writes decoded. */
	function shown(tokens: readonly Token[]): string {
		return tokens
			.map((t) => {
				assert.ok(INLINE.has(t.type), `no ${t.type} from a name: ${JSON.stringify(t.raw)}`);
				if (t.type === "escape") return (t as Tokens.Escape).text;
				const sub = (t as Tokens.Text | Tokens.Strong).tokens;
				if (sub && sub.length > 0) return t.type === "strong" ? `**${shown(sub)}**` : shown(sub);
				return (t as Tokens.Text).text.replace(/&(amp|lt|gt|#\d+);/g, (_m, e: string) =>
					e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : String.fromCodePoint(Number(e.slice(1))),
				);
			})
			.join("");
	}

	/**
	 * A name as the summary shows it: on one line, controls and bidi overrides replaced, a word
	 * joiner where GitHub would start a mention, reference or link. The joiners are compared apart.
	 */
	function displayed(name: string): string {
		return (
			wellFormed(name)
				// biome-ignore lint/suspicious/noControlCharactersInRegex: the line ends and controls names may hold
				.replace(/[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g, " ")
				// biome-ignore lint/suspicious/noControlCharactersInRegex: the line ends and controls names may hold
				.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "\ufffd")
				.replaceAll("\u2060", "")
		);
	}

	/** GitHub's autolinks after Markdown: every one must be broken by a joiner. */
	function assertNoAutolink(text: string): void {
		assert.doesNotMatch(text, /[@#](?!\u2060)/, "mention or reference");
		assert.doesNotMatch(text, /:\/\//, "scheme://");
		assert.doesNotMatch(text, /\bwww\./i, "www.");
		assert.doesNotMatch(text, /\bGH-\d/i, "GH-n");
	}

	function walk(tokens: readonly Token[], visit: (t: Token) => void): void {
		for (const t of tokens) {
			visit(t);
			if (t.type === "table") continue;
			if (t.type === "list") walk((t as Tokens.List).items, visit);
			else if ("tokens" in t && Array.isArray(t.tokens)) walk(t.tokens as Token[], visit);
		}
	}

	function areasOf(model: CoverageModel): Array<{ binary: string; group: ModelGroup }> {
		const byLine = model.granularity === "line";
		return model.binaries.flatMap((b) =>
			b.groups.flatMap((g) => {
				const t = byLine ? g.totals.lines : g.totals;
				return t && t.traced > t.covered ? [{ binary: b.name, group: g }] : [];
			}),
		);
	}

	it("shows the spaces at either end of a name, and keeps it bold (regression)", () => {
		const head = assembleReport({ mode: "first-hit", started_at: "", ended_at: "" }, [
			{ path: "/bin/\r", build_id: null, arch: "x86_64", functions: [], totals: binaryTotalsOf([], "function") },
		]);
		const diff = { ...diffReports(head, head), newlyCovered: [{ binary: "app", name: "f\n" }] };
		const tokens = marked.lexer(formatMarkdown(head, { diff }), { gfm: true });
		const table = tokens.find((t): t is Tokens.Table => t.type === "table");
		assert.equal(shown(table?.rows[0]?.[0]?.tokens ?? []), " ");
		const list = tokens.find((t): t is Tokens.List => t.type === "list");
		const item = list?.items[0]?.tokens[0] as Tokens.Text | undefined;
		assert.deepStrictEqual(
			(item?.tokens ?? []).filter((t) => t.type === "strong").map((t) => shown((t as Tokens.Strong).tokens)),
			["f "],
		);
	});

	it("keeps every name literal text in its table cell or list item, with no link, image, HTML or mention", () => {
		check(
			fc.property(runs(2, { hostileHead: true }), fc.boolean(), ([base, head], withDiff) => {
				const model = buildModel(head);
				const diff = withDiff ? diffReports(base, head) : undefined;
				const md = formatMarkdown(model, diff ? { diff, maxLength: 1e9 } : { maxLength: 1e9 });
				const tokens = marked.lexer(md, { gfm: true });
				const tables: Tokens.Table[] = [];
				const lists: Tokens.List[] = [];
				walk(tokens, (t) => {
					assert.ok(
						["heading", "paragraph", "space", "table", "list", "list_item", "html", ...INLINE].includes(t.type),
						`no ${t.type}: ${JSON.stringify(t.raw)}`,
					);
					if (t.type === "html") assert.match((t as Tokens.HTML).text, OWN_HTML);
					if (t.type === "table") tables.push(t as Tokens.Table);
					if (t.type === "list") lists.push(t as Tokens.List);
				});
				const areas = areasOf(model);
				assert.equal(tables.length, areas.length > 0 ? 2 : 1, "the binaries table, and the areas table when any");
				const [binaries, areaTable] = tables as [Tokens.Table, Tokens.Table | undefined];
				const names = diff ? diff.binaries.map((b) => b.binary) : model.binaries.map((b) => b.name);
				assert.equal(binaries.rows.length, names.length);
				binaries.rows.forEach((row, i) => {
					assert.equal(row.length, binaries.header.length);
					const text = shown(row[0]?.tokens ?? []);
					assertNoAutolink(text);
					assert.equal(text.replaceAll("\u2060", ""), displayed(names[i] as string));
				});
				if (areaTable) {
					const shownAreas = areas.slice(0, 20);
					assert.equal(areaTable.rows.length, shownAreas.length);
					for (const row of areaTable.rows) {
						assert.equal(row.length, areaTable.header.length);
						for (const cell of row) assertNoAutolink(shown(cell.tokens));
					}
				}
				// Each function list item names one function, in bold.
				if (diff) {
					const expectedItems = [diff.newlyCovered, diff.newlyUncovered, diff.added, diff.removed]
						.filter((l) => l.length > 0)
						.map((l) => Math.min(l.length, 50) + (l.length > 50 ? 1 : 0));
					const lineItems = diff.lines
						? [diff.lines.newlyCovered, diff.lines.newlyUncovered]
								.filter((l) => l.length > 0)
								.map((l) => Math.min(l.length, 50) + (l.length > 50 ? 1 : 0))
						: [];
					assert.deepStrictEqual(
						lists.map((l) => l.items.length),
						[...expectedItems, ...lineItems],
					);
					const refs = [diff.newlyCovered, diff.newlyUncovered, diff.added, diff.removed].flatMap((l) =>
						l.slice(0, 50),
					);
					const items = lists
						.slice(0, expectedItems.length)
						.flatMap((l) => l.items.filter((item) => !item.text.startsWith("…and")));
					assert.equal(items.length, refs.length);
					items.forEach((item, i) => {
						const inline = (item.tokens[0] as Tokens.Text).tokens ?? [];
						const strong = inline.filter((t) => t.type === "strong");
						assert.equal(strong.length, 1, `one bold name in ${JSON.stringify(item.raw)}`);
						const name = shown((strong[0] as Tokens.Strong).tokens);
						assertNoAutolink(name);
						assert.equal(name.replaceAll("\u2060", ""), displayed((refs[i] as (typeof refs)[number]).name));
					});
				}
			}),
			params(300),
		);
	});
	it("cut to fit stays within the limit, with its HTML balanced and nothing a name made", () => {
		check(
			fc.property(runs(2, { hostileHead: true }), fc.integer({ min: 100, max: 3000 }), ([base, head], maxLength) => {
				const md = formatMarkdown(buildModel(head), { diff: diffReports(base, head), maxLength });
				assert.ok(md.length <= maxLength, `${md.length} > ${maxLength}`);
				const opened = md.match(/^<details/gm)?.length ?? 0;
				assert.equal(md.match(/^<\/details>/gm)?.length ?? 0, opened, "every <details> is closed");
				walk(marked.lexer(md, { gfm: true }), (t) => {
					// The note that the text was cut is in italics.
					assert.ok(
						["heading", "paragraph", "space", "table", "list", "list_item", "html", "em", ...INLINE].includes(t.type),
						`no ${t.type}: ${JSON.stringify(t.raw)}`,
					);
					if (t.type === "html") assert.match((t as Tokens.HTML).text, OWN_HTML);
				});
			}),
			params(200),
		);
	});
});

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);

/** The XML characters (XML 1.0 Char), the rest as U+FFFD, as the writer promises. */
function xmlText(text: string): string {
	let out = "";
	for (const ch of text) {
		const c = ch.codePointAt(0) as number;
		const ok =
			c === 9 ||
			c === 10 ||
			c === 13 ||
			(c >= 0x20 && c <= 0xd7ff) ||
			(c >= 0xe000 && c <= 0xfffd) ||
			(c >= 0x10000 && c <= 0x10ffff);
		out += ok && !(ch.length === 1 && c >= 0xd800 && c <= 0xdfff) ? ch : "\ufffd";
	}
	return out;
}

interface XmlSummary {
	error: string | null;
	counts: Record<string, number>;
	version: string | null;
	linesValid: string | null;
	linesCovered: string | null;
	timestamp: string | null;
	sources: string[];
	hits: Array<string | null>;
	classes: Array<{ name: string | null; filename: string | null; methods: number; lines: string[] }>;
	methods: Array<{ name: string | null; signature: string | null; lines: string[] }>;
}

/**
 * Parsed in the page by its XML parser: what the checks need of the document. Page code is kept
 * as text, since the tests are compiled without the DOM's types.
 */
const SUMMARIZE_XML = `(xml) => {
	const doc = new DOMParser().parseFromString(xml, "application/xml");
	const error = doc.getElementsByTagName("parsererror")[0];
	const counts = {};
	for (const tag of ["coverage", "sources", "source", "packages", "package", "classes", "class", "methods", "method", "lines", "line"])
		counts[tag] = doc.getElementsByTagName(tag).length;
	const root = doc.documentElement;
	const child = (parent, tag) => Array.from(parent.children).find((c) => c.tagName === tag);
	const lineNumbers = (parent) =>
		parent ? Array.from(parent.children).filter((c) => c.tagName === "line").map((l) => l.getAttribute("number")) : [];
	return {
		error: error ? error.textContent : null,
		counts,
		version: root.getAttribute("version"),
		linesValid: root.getAttribute("lines-valid"),
		linesCovered: root.getAttribute("lines-covered"),
		timestamp: root.getAttribute("timestamp"),
		sources: Array.from(doc.getElementsByTagName("source")).map((e) => e.textContent),
		hits: Array.from(doc.getElementsByTagName("line")).map((l) => l.getAttribute("hits")),
		classes: Array.from(doc.getElementsByTagName("class")).map((c) => ({
			name: c.getAttribute("name"),
			filename: c.getAttribute("filename"),
			methods: c.getElementsByTagName("method").length,
			lines: lineNumbers(child(c, "lines")),
		})),
		methods: Array.from(doc.getElementsByTagName("method")).map((m) => ({
			name: m.getAttribute("name"),
			signature: m.getAttribute("signature"),
			lines: lineNumbers(child(m, "lines")),
		})),
	};
}`;

/** What the page shows, once its script ran. */
interface HtmlSummary {
	tags: string[];
	handlers: string[];
	scripts: number;
	binaryNames: string[];
	binaryTitles: string[];
	fileRows: string[];
	functionNames: string[];
	title: string;
	totals: Array<string | null>;
}

const SUMMARIZE_HTML = `() => {
	const all = Array.from(document.querySelectorAll("*"));
	const handlers = [];
	for (const el of all) for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) handlers.push(el.tagName + " " + a.name);
	const texts = (sel) => Array.from(document.querySelectorAll(sel)).map((e) => e.textContent);
	return {
		tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))],
		handlers,
		scripts: document.scripts.length,
		binaryNames: texts(".binary-row td.name"),
		binaryTitles: Array.from(document.querySelectorAll(".binary-row td.name")).map((e) => e.getAttribute("title")),
		fileRows: texts("tr.file-row td.name"),
		functionNames: texts("#fn-table tbody tr td:first-child"),
		title: document.title,
		totals: ["total-covered", "total-traced", "total-unprobeable", "line-covered", "line-traced", "line-unprobeable"].map(
			(id) => document.getElementById(id)?.textContent ?? null,
		),
	};
}`;

/** Runs page code kept as text with one argument. */
function inPage<T>(page: Page, source: string, arg: unknown): Promise<T> {
	return page.evaluate(`(${source})(${JSON.stringify(arg)})`) as Promise<T>;
}

/** Elements the template and its script make; anything else came from a name. */
const PAGE_TAGS = new Set(
	"html head meta title style body header h1 div span main section b i h2 table thead tr th tbody td details summary a input select option button noscript p script".split(
		" ",
	),
);

/** Text as the HTML parser reads it from the template: line ends normalised, NUL dropped in text. */
function htmlText(text: string): string {
	return wellFormed(text).replace(/\r\n?/g, "\n").replaceAll("\0", "");
}

/** The same inside an attribute value, where NUL becomes U+FFFD. */
function htmlAttribute(text: string): string {
	return wellFormed(text).replace(/\r\n?/g, "\n").replaceAll("\0", "\ufffd");
}

describe("Cobertura and HTML, read by real parsers", { skip: hasChromium ? false : `needs ${CHROMIUM}` }, () => {
	let browser: Browser;
	let page: Page;
	const problems: string[] = [];
	const dir = workDir("properties-formats");

	before(async () => {
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
		});
		page = await browser.newPage();
		page.on("console", (m) => {
			if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
		});
		page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
		page.on("dialog", (d) => {
			problems.push(`dialog: ${d.message()}`);
			void d.dismiss();
		});
		page.on("request", (r) => {
			if (!r.url().startsWith("file:") && !r.url().startsWith("about:")) problems.push(`network request: ${r.url()}`);
		});
		await page.goto("about:blank");
	});

	after(async () => {
		await browser?.close();
	});

	it("Cobertura is well-formed, with the expected elements and every name and path as written", async () => {
		await checkAsync(
			fc.asyncProperty(
				report({ hostileHead: true, oddTimestamps: true }),
				fc.option(fc.constantFrom("/src", "/", "/src/lib"), { nil: undefined }),
				async (r, sourceRoot) => {
					const model = buildModel(r);
					const xml = formatCobertura(model, sourceRoot === undefined ? {} : { sourceRoot });
					const lint = spawnSync("xmllint", ["--noout", "-"], { input: xml, encoding: "utf8" });
					assert.equal(lint.status, 0, `xmllint: ${lint.stderr}`);
					const s = await inPage<XmlSummary>(page, SUMMARIZE_XML, xml);
					assert.equal(s.error, null);
					const byLine = model.granularity === "line";
					// Without a source root given, the deepest directory holding every absolute file.
					const files = model.binaries.flatMap((b) => b.groups.filter((g) => g.kind === "file").map((g) => g.name));
					assert.equal(s.sources.length, sourceRoot !== undefined || files.some((f) => isAbsolute(f)) ? 1 : 0);
					if (sourceRoot !== undefined) assert.equal(s.sources[0], sourceRoot);
					const root = s.sources[0];
					assert.match(s.timestamp ?? "", /^-?\d+$/);
					// Replacing characters XML cannot hold touches no "/" or ".", so it commutes with relative().
					// A file below the root is named from it; any other keeps its path.
					const display = (file: string) => {
						const rel = root !== undefined && isAbsolute(file) ? relative(root, xmlText(file)) : "";
						return rel === "" || rel === ".." || rel.startsWith("../") ? xmlText(file) : rel;
					};
					const classes: Array<{ name: string; filename: string; functions: ModelFunction[]; group: ModelGroup }> = [];
					for (const b of model.binaries) {
						const fileless: typeof classes = [];
						for (const g of b.groups) {
							const fns = measured(g.functions);
							if (byLine) {
								if (g.kind === "file" && g.lines && (g.totals.lines?.traced ?? 0) > 0)
									classes.push({ name: display(g.name), filename: display(g.name), functions: fns, group: g });
							} else if (fns.length > 0) {
								if (g.kind === "file")
									classes.push({ name: display(g.name), filename: display(g.name), functions: fns, group: g });
								else fileless.push({ name: g.name, filename: b.path, functions: fns, group: g });
							}
						}
						classes.push(...fileless);
					}
					assert.equal(s.counts.coverage, 1);
					for (const h of s.hits)
						assert.ok(/^\d+$/.test(h ?? "") && Number(h) <= Number.MAX_SAFE_INTEGER, `hits="${h}"`);
					assert.equal(s.counts.class, classes.length);
					assert.equal(s.version, `xcover ${xmlText(model.toolVersion)}`);
					const t = byLine ? model.totals.lines : model.totals;
					assert.equal(s.linesValid, String(t?.traced));
					assert.equal(s.linesCovered, String(t?.covered));
					// Packages group classes; their order is by directory, so classes are compared as sets.
					const key = (c: { name: string | null; filename: string | null }) => JSON.stringify([c.name, c.filename]);
					assert.deepStrictEqual(
						s.classes.map(key).sort(),
						// display() gave XML text already, which xmlText leaves as it is.
						classes.map((c) => key({ name: xmlText(c.name), filename: xmlText(c.filename) })).sort(),
					);
					const methods = classes.flatMap((c) => c.functions);
					assert.equal(s.counts.method, methods.length);
					assert.deepStrictEqual(
						s.methods.map((m) => JSON.stringify([m.name, m.signature])).sort(),
						methods.map((f) => JSON.stringify([xmlText(f.name), xmlText(f.rawName)])).sort(),
					);
					for (const c of s.classes) {
						assert.equal(new Set(c.lines).size, c.lines.length, "a class lists each line once");
					}
					for (const m of s.methods) {
						if (!byLine) assert.equal(m.lines.length, 1, "a function is one line");
						assert.equal(new Set(m.lines).size, m.lines.length);
					}
					const classLines = s.classes.reduce((n, c) => n + c.lines.length, 0);
					assert.equal(s.counts.line, classLines + s.methods.reduce((n, m) => n + m.lines.length, 0));
					if (byLine)
						assert.equal(classLines, model.totals.lines?.traced, "a class's lines are its file's traced lines");
				},
			),
			params(60),
		);
	});

	it("HTML shows every name and path as text, with no element or attribute of their making", async () => {
		const empty = workDir("properties-no-sources");
		await checkAsync(
			fc.asyncProperty(report({ hostileHead: true, oddTimestamps: true }), async (r) => {
				const model = buildModel(r);
				const html = formatHtml(model, { sourceRoot: empty, title: "t" });
				const path = join(dir, "report.html");
				writeFileSync(path, html);
				problems.length = 0;
				await page.goto(`file://${path}`);
				const s = await inPage<HtmlSummary>(page, SUMMARIZE_HTML, null);
				assert.deepStrictEqual(problems, []);
				assert.deepStrictEqual(s.handlers, []);
				assert.deepStrictEqual(
					s.tags.filter((t) => !PAGE_TAGS.has(t)),
					[],
				);
				assert.equal(s.scripts, 2);
				assert.equal(s.title, "t");
				const t = model.totals;
				const l = t.lines;
				assert.deepStrictEqual(
					s.totals,
					[t.covered, t.traced, t.unprobeable, l?.covered, l?.traced, l?.unprobeable].map((n) =>
						n === undefined ? null : String(n),
					),
				);
				assert.deepStrictEqual(
					s.binaryNames,
					model.binaries.map((b) => htmlText(b.name)),
				);
				assert.deepStrictEqual(
					s.binaryTitles,
					model.binaries.map((b) => htmlAttribute(b.path)),
				);
				assert.deepStrictEqual(
					s.fileRows,
					model.binaries.flatMap((b) => b.groups.map((g) => htmlText(g.name))),
				);
				const fns = model.binaries.flatMap((b) => b.groups.flatMap((g) => g.functions));
				assert.deepStrictEqual(s.functionNames.map(wellFormed).sort(), fns.map((f) => wellFormed(f.name)).sort());
			}),
			params(30),
		);
	});
});
