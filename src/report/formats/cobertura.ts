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
 */
import { dirname, isAbsolute, relative, sep } from "node:path";
import { escapeXml } from "../escape.js";
import type { CoverageModel, ModelBinary, ModelFunction, ModelGroup } from "../model.js";
import { compareText } from "../report.js";

interface CoberturaClass {
	name: string;
	filename: string;
	/** Functions without a source line get consecutive synthetic lines, so their class still adds up. */
	synthetic: boolean;
	functions: ModelFunction[];
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

function packagesOf(binary: ModelBinary, root: string | undefined, prefix: string): CoberturaPackage[] {
	const byDirectory = new Map<string, CoberturaClass[]>();
	const fileless: CoberturaClass[] = [];
	const display = (file: string) => (root && isAbsolute(file) ? relative(root, file) || file : file);
	for (const group of binary.groups) {
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

function* classXml(c: CoberturaClass): Generator<string> {
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
		lines.set(line, (lines.get(line) ?? 0) + hits);
		parts.push(
			`\t\t\t\t\t\t<method name="${escapeXml(f.name)}" signature="${escapeXml(f.rawName)}" line-rate="${f.status === "covered" ? "1" : "0"}" branch-rate="1"><lines><line number="${line}" hits="${hits}" branch="false"/></lines></method>\n`,
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
	const t = model.totals;
	const timestamp = options.timestamp ?? Math.floor(Date.parse(model.endedAt) / 1000);
	yield '<?xml version="1.0" encoding="UTF-8"?>\n';
	// No DOCTYPE: it would make validating parsers fetch the DTD from the network.
	yield "<!-- Cobertura coverage-04.dtd; xcover writes function coverage as line coverage -->\n";
	yield `<coverage line-rate="${rate(t.covered, t.traced)}" branch-rate="1" lines-covered="${t.covered}" lines-valid="${t.traced}" branches-covered="0" branches-valid="0" complexity="0" version="xcover ${escapeXml(model.toolVersion)}" timestamp="${Number.isFinite(timestamp) ? timestamp : 0}">\n`;
	yield "\t<sources>\n";
	if (root) yield `\t\t<source>${escapeXml(root)}</source>\n`;
	yield "\t</sources>\n\t<packages>\n";
	const prefix = model.binaries.length > 1;
	for (const binary of model.binaries) {
		for (const pkg of packagesOf(binary, root, prefix ? `${binary.name}: ` : "")) {
			const functions = pkg.classes.flatMap((c) => c.functions);
			const covered = functions.filter((f) => f.status === "covered").length;
			yield `\t\t<package name="${escapeXml(pkg.name)}" line-rate="${rate(covered, functions.length)}" branch-rate="1" complexity="0">\n\t\t\t<classes>\n`;
			for (const c of pkg.classes) yield* classXml(c);
			yield "\t\t\t</classes>\n\t\t</package>\n";
		}
	}
	yield "\t</packages>\n</coverage>\n";
}

export function formatCobertura(model: CoverageModel, options: CoberturaOptions = {}): string {
	return [...coberturaChunks(model, options)].join("");
}
