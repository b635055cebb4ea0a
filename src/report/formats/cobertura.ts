/**
 * Cobertura XML (coverage-04.dtd), which GitLab, Jenkins, Azure DevOps and most coverage
 * dashboards read. Cobertura counts lines; xcover counts functions, so each traced function is
 * one "line" at its first source line: lines-valid is the number of traced functions,
 * lines-covered the covered ones, and line-rate the function coverage. There are no branches, so
 * branches-valid is 0 and branch-rate is 1, as Cobertura itself reports for branch-free code.
 *
 * packages: one per binary and source directory (or per binary for functions without a file);
 * classes: source files (or, without a file, the function's package, or "(unknown source)");
 * methods: functions. Unprobeable functions were not measured and are left out.
 *
 * Line granularity: every <line> is a real source line. A class is a source file with lines (a
 * header holding only inlined code included), its <lines> every line with code of any function
 * (hits summed in count mode, 1 or 0 otherwise), and line-rate, lines-valid and lines-covered the
 * line coverage at every level. A method's <lines> are its own lines in the class's file; a
 * function the line tables do not describe has none, and line-rate 1 or 0 by whether it ran.
 * Unprobeable lines, functions without a source file and files without lines are left out, as
 * Cobertura has no way to say "not measured".
 *
 * Methods carry complexity="0" (no complexity is measured), which coverage-04.dtd requires.
 */
import { dirname, isAbsolute, sep } from "node:path";
import { relativeUnder } from "../../paths.js";
import { escapeXml } from "../escape.js";
import type { CoverageModel, ModelBinary, ModelFunction, ModelGroup } from "../model.js";
import { compareText, type FileLine, type LineTotals, saturatingAdd } from "../report.js";

interface CoberturaClass {
	name: string;
	filename: string;
	/** Functions without a source line get consecutive synthetic lines, so their class still adds up. */
	synthetic: boolean;
	functions: ModelFunction[];
	/** Line granularity: the file's measured lines and their totals. */
	lines?: FileLine[];
	lineTotals?: LineTotals;
}

interface CoberturaPackage {
	name: string;
	classes: CoberturaClass[];
}

/** Deepest directory containing every absolute file, so that class filenames can be relative to it. */
function commonDirectory(files: readonly string[]): string | undefined {
	let common: string[] | undefined;
	for (const f of files) {
		if (!isAbsolute(f)) continue;
		const parts = dirname(f).split(sep);
		if (!common) {
			common = parts;
			continue;
		}
		let i = 0;
		while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
		common = common.slice(0, i);
	}
	if (!common) return undefined;
	return common.join(sep) || sep;
}

function rate(covered: number, valid: number): string {
	return valid === 0 ? "1" : (covered / valid).toFixed(4);
}

function measured(functions: readonly ModelFunction[]): ModelFunction[] {
	return functions.filter((f) => f.status !== "unprobeable");
}

function hitsOf(f: ModelFunction): number {
	if (f.calls !== undefined) return f.calls;
	return f.status === "covered" ? 1 : 0;
}

function packagesOf(
	binary: ModelBinary,
	root: string | undefined,
	prefix: string,
	byLine: boolean,
): CoberturaPackage[] {
	const byDirectory = new Map<string, CoberturaClass[]>();
	const fileless: CoberturaClass[] = [];
	// Outside the root a file keeps its path, which consumers take as it is.
	const display = (file: string) => (root ? relativeUnder(root, file) : file);
	for (const group of binary.groups) {
		if (byLine) {
			const lineTotals = group.totals.lines;
			if (group.kind !== "file" || !group.lines || !lineTotals || lineTotals.traced === 0) continue;
			const filename = display(group.name);
			const dir = dirname(filename);
			const classes = byDirectory.get(dir) ?? [];
			byDirectory.set(dir, classes);
			const lines = group.lines.filter((l) => l.state !== "unprobeable");
			classes.push({
				name: filename,
				filename,
				synthetic: false,
				functions: measured(group.functions),
				lines,
				lineTotals,
			});
			continue;
		}
		const functions = measured(group.functions);
		if (functions.length === 0) continue;
		if (group.kind === "file") {
			const filename = display(group.name);
			const dir = dirname(filename);
			const classes = byDirectory.get(dir) ?? [];
			byDirectory.set(dir, classes);
			classes.push({ name: filename, filename, synthetic: false, functions });
		} else {
			fileless.push(fileLessClass(binary, group, functions));
		}
	}
	const packages = [...byDirectory.keys()]
		.sort(compareText)
		.map((dir) => ({ name: `${prefix}${dir}`, classes: byDirectory.get(dir) as CoberturaClass[] }));
	if (fileless.length > 0) packages.push({ name: `${prefix}${binary.path}`, classes: fileless });
	return packages;
}

function fileLessClass(binary: ModelBinary, group: ModelGroup, functions: ModelFunction[]): CoberturaClass {
	return { name: group.name, filename: binary.path, synthetic: true, functions };
}

function lineOf(c: CoberturaClass, f: ModelFunction, index: number): number {
	return c.synthetic || f.lineStart === undefined ? index + 1 : f.lineStart;
}

/** A method's own lines: those in its file that a probe could sit on, each once. */
function methodLines(f: ModelFunction): Array<[number, number]> {
	const own = new Map<number, number>();
	for (const l of f.lines ?? []) {
		if (l.file !== undefined || l.unprobeable) continue;
		own.set(l.line, saturatingAdd(own.get(l.line) ?? 0, l.hits));
	}
	return [...own.entries()].sort((a, b) => a[0] - b[0]);
}

function* lineClassXml(c: CoberturaClass, lines: FileLine[], totals: LineTotals): Generator<string> {
	yield `\t\t\t\t<class name="${escapeXml(c.name)}" filename="${escapeXml(c.filename)}" line-rate="${rate(totals.covered, totals.traced)}" branch-rate="1" complexity="0">\n`;
	yield "\t\t\t\t\t<methods>\n";
	const parts: string[] = [];
	for (const f of c.functions) {
		const own = methodLines(f);
		const r =
			own.length === 0 ? (f.status === "covered" ? "1" : "0") : rate(own.filter(([, h]) => h > 0).length, own.length);
		const xml = own.map(([n, h]) => `<line number="${n}" hits="${h}" branch="false"/>`).join("");
		parts.push(
			`\t\t\t\t\t\t<method name="${escapeXml(f.name)}" signature="${escapeXml(f.rawName)}" line-rate="${r}" branch-rate="1" complexity="0"><lines>${xml}</lines></method>\n`,
		);
		if (parts.length >= 1000) yield parts.splice(0).join("");
	}
	yield parts.join("");
	yield "\t\t\t\t\t</methods>\n\t\t\t\t\t<lines>\n";
	for (let at = 0; at < lines.length; at += 2000) {
		yield lines
			.slice(at, at + 2000)
			.map((l) => `\t\t\t\t\t\t<line number="${l.line}" hits="${l.hits}" branch="false"/>\n`)
			.join("");
	}
	yield "\t\t\t\t\t</lines>\n\t\t\t\t</class>\n";
}

function* classXml(c: CoberturaClass): Generator<string> {
	if (c.lines && c.lineTotals) {
		yield* lineClassXml(c, c.lines, c.lineTotals);
		return;
	}
	const covered = c.functions.filter((f) => f.status === "covered").length;
	const r = rate(covered, c.functions.length);
	yield `\t\t\t\t<class name="${escapeXml(c.name)}" filename="${escapeXml(c.filename)}" line-rate="${r}" branch-rate="1" complexity="0">\n`;
	yield "\t\t\t\t\t<methods>\n";
	// Two functions can start on one line (macros, lambdas): the class's lines merge them.
	const lines = new Map<number, number>();
	const parts: string[] = [];
	for (const [i, f] of c.functions.entries()) {
		const line = lineOf(c, f, i);
		const hits = hitsOf(f);
		lines.set(line, saturatingAdd(lines.get(line) ?? 0, hits));
		parts.push(
			`\t\t\t\t\t\t<method name="${escapeXml(f.name)}" signature="${escapeXml(f.rawName)}" line-rate="${f.status === "covered" ? "1" : "0"}" branch-rate="1" complexity="0"><lines><line number="${line}" hits="${hits}" branch="false"/></lines></method>\n`,
		);
		if (parts.length >= 1000) yield parts.splice(0).join("");
	}
	yield parts.join("");
	yield "\t\t\t\t\t</methods>\n\t\t\t\t\t<lines>\n";
	const sorted = [...lines.entries()].sort((a, b) => a[0] - b[0]);
	yield sorted.map(([n, h]) => `\t\t\t\t\t\t<line number="${n}" hits="${h}" branch="false"/>\n`).join("");
	yield "\t\t\t\t\t</lines>\n\t\t\t\t</class>\n";
}

export interface CoberturaOptions {
	/** The directory class filenames are relative to; default: the deepest one holding every source. */
	sourceRoot?: string;
	/** Seconds since the epoch for the timestamp attribute; default: the report's end time. */
	timestamp?: number;
}

export function* coberturaChunks(model: CoverageModel, options: CoberturaOptions = {}): Generator<string> {
	const files = model.binaries.flatMap((b) => b.groups.filter((g) => g.kind === "file").map((g) => g.name));
	const root = options.sourceRoot ?? commonDirectory(files);
	const byLine = model.granularity === "line";
	const lineTotals = model.totals.lines;
	// Function granularity: each traced function is one line.
	const t =
		byLine && lineTotals
			? { covered: lineTotals.covered, traced: lineTotals.traced }
			: { covered: model.totals.covered, traced: model.totals.traced };
	const timestamp = options.timestamp ?? Math.floor(Date.parse(model.endedAt) / 1000);
	yield '<?xml version="1.0" encoding="UTF-8"?>\n';
	// No DOCTYPE: it would make validating parsers fetch the DTD from the network.
	yield byLine
		? "<!-- Cobertura coverage-04.dtd; xcover line coverage -->\n"
		: "<!-- Cobertura coverage-04.dtd; xcover writes function coverage as line coverage -->\n";
	yield `<coverage line-rate="${rate(t.covered, t.traced)}" branch-rate="1" lines-covered="${t.covered}" lines-valid="${t.traced}" branches-covered="0" branches-valid="0" complexity="0" version="xcover ${escapeXml(model.toolVersion)}" timestamp="${Number.isFinite(timestamp) ? timestamp : 0}">\n`;
	yield "\t<sources>\n";
	if (root) yield `\t\t<source>${escapeXml(root)}</source>\n`;
	yield "\t</sources>\n\t<packages>\n";
	const prefix = model.binaries.length > 1;
	for (const binary of model.binaries) {
		for (const pkg of packagesOf(binary, root, prefix ? `${binary.name}: ` : "", byLine)) {
			let covered = 0;
			let valid = 0;
			for (const c of pkg.classes) {
				if (c.lineTotals) {
					covered += c.lineTotals.covered;
					valid += c.lineTotals.traced;
				} else {
					covered += c.functions.filter((f) => f.status === "covered").length;
					valid += c.functions.length;
				}
			}
			yield `\t\t<package name="${escapeXml(pkg.name)}" line-rate="${rate(covered, valid)}" branch-rate="1" complexity="0">\n\t\t\t<classes>\n`;
			for (const c of pkg.classes) yield* classXml(c);
			yield "\t\t\t</classes>\n\t\t</package>\n";
		}
	}
	yield "\t</packages>\n</coverage>\n";
}

export function formatCobertura(model: CoverageModel, options: CoberturaOptions = {}): string {
	return [...coberturaChunks(model, options)].join("");
}
