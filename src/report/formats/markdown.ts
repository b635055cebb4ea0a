/**
 * A Markdown summary for pull-request comments and $GITHUB_STEP_SUMMARY: the total, the change
 * against a baseline when there is one, a table per binary, and where coverage is missing most.
 * GitHub refuses comments over 65,536 characters, so the text is cut to fit, with a note.
 */
import { type CoverageDiff, type FunctionRef, formatDelta } from "../diff.js";
import { escapeMarkdown } from "../escape.js";
import { buildModel, type CoverageModel, formatPercent } from "../model.js";
import type { CoverageReport, Totals } from "../report.js";

export interface MarkdownOptions {
	diff?: CoverageDiff;
	title?: string;
	/** Default 65536, GitHub's limit for a comment body. */
	maxLength?: number;
}

export const MARKDOWN_MAX_LENGTH = 65536;
const LIST_CAP = 50;
const AREA_CAP = 20;

function bar(percent: number): string {
	const filled = Math.round(percent / 10);
	return `${"█".repeat(filled)}${"░".repeat(10 - filled)}`;
}

function cell(t: Totals | undefined): string {
	return t ? `${formatPercent(t.percent)} (${t.covered}/${t.traced})` : "—";
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

/** The source files (or packages) with the most uncovered functions: where tests would pay off. */
function uncoveredAreas(model: CoverageModel): string[] {
	const areas = model.binaries.flatMap((b) =>
		b.groups
			.filter((g) => g.totals.traced > g.totals.covered)
			.map((g) => ({ binary: b.name, group: g, missing: g.totals.traced - g.totals.covered })),
	);
	if (areas.length === 0) return [];
	areas.sort((a, b) => b.missing - a.missing || a.group.totals.percent - b.group.totals.percent);
	const out = [
		"",
		"### Largest uncovered areas",
		"",
		"| binary | source | uncovered | coverage | for example |",
		"| --- | --- | ---: | ---: | --- |",
	];
	for (const a of areas.slice(0, AREA_CAP)) {
		const examples = a.group.functions
			.filter((f) => f.status === "uncovered")
			.slice(0, 3)
			.map((f) => escapeMarkdown(f.name))
			.join(", ");
		out.push(
			`| ${escapeMarkdown(a.binary)} | ${escapeMarkdown(a.group.name)} | ${a.missing} | ${formatPercent(a.group.totals.percent)} | ${examples} |`,
		);
	}
	if (areas.length > AREA_CAP) out.push("", `…and ${areas.length - AREA_CAP} more areas with uncovered functions.`);
	return out;
}

/** From a report, or from the model of it when the caller has one already (writeFormats). */
export function formatMarkdown(input: CoverageReport | CoverageModel, options: MarkdownOptions = {}): string {
	const maxLength = options.maxLength ?? MARKDOWN_MAX_LENGTH;
	const model = "schema_version" in input ? buildModel(input) : input;
	const { diff } = options;
	const t = model.totals;
	const out: string[] = [`## ${escapeMarkdown(options.title ?? "xcover function coverage")}`, ""];
	let headline = `**${formatPercent(t.percent)}** of functions ran (${t.covered} of ${t.traced})`;
	if (diff) headline += `, **${formatDelta(diff.delta)}** against the baseline (${formatPercent(diff.base.percent)})`;
	out.push(headline);
	if (t.unprobeable > 0) out.push("", `${t.unprobeable} functions could not be probed and are not counted.`);
	out.push("");
	if (diff) {
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
	if (diff) {
		out.push(...refList("Newly covered", diff.newlyCovered));
		out.push(...refList("Newly uncovered", diff.newlyUncovered));
		out.push(...refList("Added functions", diff.added));
		out.push(...refList("Removed functions", diff.removed));
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
