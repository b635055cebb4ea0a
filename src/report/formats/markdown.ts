/**
 * A Markdown summary for pull-request comments and $GITHUB_STEP_SUMMARY: the total, the change
 * against a baseline when there is one, a table per binary, and where coverage is missing most.
 * GitHub refuses comments over 65,536 characters, so the text is cut to fit, with a note.
 *
 * A line report leads with line coverage and shows function coverage beside it; against a line
 * baseline it also lists the lines newly covered and newly uncovered, per file.
 */
import { type CoverageDiff, type FileLines, type FunctionRef, formatDelta, formatLineRanges } from "../diff.js";
import { escapeMarkdown } from "../escape.js";
import { buildModel, type CoverageModel, formatPercent } from "../model.js";
import type { CoverageReport, LineTotals, Totals } from "../report.js";

export interface MarkdownOptions {
	diff?: CoverageDiff;
	title?: string;
	/** Default 65536, GitHub's limit for a comment body. */
	maxLength?: number;
	/**
	 * Markdown blocks placed after the table of binaries (patch coverage on a pull request), before
	 * the lists; a cut to fit maxLength takes the lists first.
	 */
	sections?: readonly string[];
}

export const MARKDOWN_MAX_LENGTH = 65536;
const LIST_CAP = 50;
const AREA_CAP = 20;

function bar(percent: number): string {
	const filled = Math.round(percent / 10);
	return `${"█".repeat(filled)}${"░".repeat(10 - filled)}`;
}

function cell(t: Pick<Totals, "percent" | "covered" | "traced"> | undefined): string {
	return t ? `${formatPercent(t.percent)} (${t.covered}/${t.traced})` : "—";
}

function lineCell(t: LineTotals | undefined): string {
	return t ? cell(t) : "—";
}

function fileLinesList(title: string, files: readonly FileLines[]): string[] {
	if (files.length === 0) return [];
	const count = files.reduce((n, f) => n + f.lines.length, 0);
	const out = ["", `<details${files.length <= 10 ? " open" : ""}><summary>${title} (${count})</summary>`, ""];
	for (const f of files.slice(0, LIST_CAP)) {
		out.push(
			`- ${escapeMarkdown(f.binary)}: ${escapeMarkdown(f.file)} — lines ${escapeMarkdown(formatLineRanges(f.lines))}`,
		);
	}
	if (files.length > LIST_CAP) out.push(`- …and ${files.length - LIST_CAP} more files`);
	out.push("", "</details>");
	return out;
}

function refLine(r: FunctionRef): string {
	const where =
		r.file === undefined ? "" : ` — ${escapeMarkdown(r.line === undefined ? r.file : `${r.file}:${r.line}`)}`;
	return `- ${escapeMarkdown(r.binary)}: **${escapeMarkdown(r.name)}**${where}`;
}

function refList(title: string, refs: readonly FunctionRef[]): string[] {
	if (refs.length === 0) return [];
	const out = ["", `<details${refs.length <= 10 ? " open" : ""}><summary>${title} (${refs.length})</summary>`, ""];
	for (const r of refs.slice(0, LIST_CAP)) out.push(refLine(r));
	if (refs.length > LIST_CAP) out.push(`- …and ${refs.length - LIST_CAP} more`);
	out.push("", "</details>");
	return out;
}

/**
 * The source files (or packages) with the most uncovered functions, or in a line report the
 * files with the most uncovered lines: where tests would pay off.
 */
function uncoveredAreas(model: CoverageModel): string[] {
	const byLine = model.granularity === "line";
	const measure = (t: Totals) => (byLine ? t.lines : t);
	const areas = model.binaries.flatMap((b) =>
		b.groups.flatMap((g) => {
			const t = measure(g.totals);
			return t && t.traced > t.covered
				? [{ binary: b.name, group: g, missing: t.traced - t.covered, percent: t.percent }]
				: [];
		}),
	);
	if (areas.length === 0) return [];
	areas.sort((a, b) => b.missing - a.missing || a.percent - b.percent);
	const out = [
		"",
		"### Largest uncovered areas",
		"",
		byLine
			? "| binary | source | uncovered lines | line coverage | uncovered functions, for example |"
			: "| binary | source | uncovered | coverage | for example |",
		"| --- | --- | ---: | ---: | --- |",
	];
	for (const a of areas.slice(0, AREA_CAP)) {
		const examples = a.group.functions
			.filter((f) => f.status === "uncovered")
			.slice(0, 3)
			.map((f) => escapeMarkdown(f.name))
			.join(", ");
		out.push(
			`| ${escapeMarkdown(a.binary)} | ${escapeMarkdown(a.group.name)} | ${a.missing} | ${formatPercent(a.percent)} | ${examples} |`,
		);
	}
	if (areas.length > AREA_CAP)
		out.push("", `…and ${areas.length - AREA_CAP} more areas with uncovered ${byLine ? "lines" : "functions"}.`);
	return out;
}

/** From a report, or from the model of it when the caller has one already (writeFormats). */
export function formatMarkdown(input: CoverageReport | CoverageModel, options: MarkdownOptions = {}): string {
	const maxLength = options.maxLength ?? MARKDOWN_MAX_LENGTH;
	const model = "schema_version" in input ? buildModel(input) : input;
	const { diff } = options;
	const t = model.totals;
	const lines = model.granularity === "line" ? t.lines : undefined;
	const defaultTitle = lines ? "xcover line coverage" : "xcover function coverage";
	const out: string[] = [`## ${escapeMarkdown(options.title ?? defaultTitle)}`, ""];
	const lineDiff = diff?.lines;
	let headline: string;
	if (lines) {
		headline = `**${formatPercent(lines.percent)}** of lines ran (${lines.covered} of ${lines.traced})`;
		if (lineDiff)
			headline += `, **${formatDelta(lineDiff.delta)}** against the baseline (${formatPercent(lineDiff.base.percent)})`;
		headline += `; **${formatPercent(t.percent)}** of functions (${t.covered} of ${t.traced})`;
		if (diff) headline += `, ${formatDelta(diff.delta)}`;
	} else {
		headline = `**${formatPercent(t.percent)}** of functions ran (${t.covered} of ${t.traced})`;
		if (diff) headline += `, **${formatDelta(diff.delta)}** against the baseline (${formatPercent(diff.base.percent)})`;
	}
	out.push(headline);
	if (lines && diff && !lineDiff)
		out.push("", "The baseline measured functions only, so the change is in function coverage.");
	if (lines && lines.unprobeable > 0)
		out.push("", `${lines.unprobeable} lines could not be probed and are not counted.`);
	if (t.unprobeable > 0) out.push("", `${t.unprobeable} functions could not be probed and are not counted.`);
	out.push("");
	if (diff && lines) {
		out.push(
			"| binary | lines, baseline | lines, this run | change | functions, baseline | functions, this run | change |",
			"| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
		);
		for (const b of diff.binaries) {
			const change = b.delta === undefined ? (b.base ? "removed" : "new") : formatDelta(b.delta);
			const lineChange =
				b.lineDelta === undefined ? (b.head ? (b.base ? "—" : "new") : "removed") : formatDelta(b.lineDelta);
			out.push(
				`| ${escapeMarkdown(b.binary)} | ${lineCell(b.base?.lines)} | ${lineCell(b.head?.lines)} | ${lineChange} | ${cell(b.base)} | ${cell(b.head)} | ${change} |`,
			);
		}
	} else if (lines) {
		out.push("| binary | lines | functions | |", "| --- | ---: | ---: | --- |");
		for (const b of model.binaries) {
			const l = b.totals.lines;
			out.push(
				`| ${escapeMarkdown(b.name)} | ${l ? `${formatPercent(l.percent)} (${l.covered}/${l.traced})` : "—"} | ${formatPercent(b.totals.percent)} (${b.totals.covered}/${b.totals.traced}) | ${bar(l?.percent ?? 0)} |`,
			);
		}
	} else if (diff) {
		out.push("| binary | baseline | this run | change |", "| --- | ---: | ---: | ---: |");
		for (const b of diff.binaries) {
			const change = b.delta === undefined ? (b.base ? "removed" : "new") : formatDelta(b.delta);
			out.push(`| ${escapeMarkdown(b.binary)} | ${cell(b.base)} | ${cell(b.head)} | ${change} |`);
		}
	} else {
		out.push("| binary | coverage | functions | |", "| --- | ---: | ---: | --- |");
		for (const b of model.binaries) {
			out.push(
				`| ${escapeMarkdown(b.name)} | ${formatPercent(b.totals.percent)} | ${b.totals.covered}/${b.totals.traced} | ${bar(b.totals.percent)} |`,
			);
		}
	}
	for (const section of options.sections ?? []) out.push("", ...section.trimEnd().split("\n"));
	if (diff) {
		out.push(...refList("Newly covered", diff.newlyCovered));
		out.push(...refList("Newly uncovered", diff.newlyUncovered));
		out.push(...refList("Added functions", diff.added));
		out.push(...refList("Removed functions", diff.removed));
		if (lineDiff) {
			out.push(...fileLinesList("Lines newly covered", lineDiff.newlyCovered));
			out.push(...fileLinesList("Lines newly uncovered", lineDiff.newlyUncovered));
		}
	}
	out.push(...uncoveredAreas(model));
	return fit(out, maxLength);
}

/** Whole lines up to the limit, then a note; an open <details> is closed so the page stays intact. */
function fit(lines: readonly string[], maxLength: number): string {
	const full = `${lines.join("\n")}\n`;
	if (full.length <= maxLength) return full;
	const note = "\n\n_…cut to fit; the full report is in the xcover artifacts (HTML, JSON)._\n";
	const closing = "\n</details>";
	const budget = maxLength - note.length - closing.length;
	let used = 0;
	let open = false;
	const kept: string[] = [];
	for (const line of lines) {
		if (used + line.length + 1 > budget) break;
		kept.push(line);
		used += line.length + 1;
		if (line.startsWith("<details")) open = true;
		if (line === "</details>") open = false;
	}
	return `${kept.join("\n")}${open ? closing : ""}${note}`.slice(0, Math.max(0, maxLength));
}
