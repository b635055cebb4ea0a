/** Patch coverage as a terminal reads it and as a pull-request comment shows it. */
import { escapeMarkdown, oneLine } from "../report/escape.js";
import { formatPercent } from "../report/model.js";
import { percentOf } from "../report/report.js";
import type { PatchCoverage, PatchGap } from "./coverage.js";

function unit(patch: PatchCoverage, n: number): string {
	if (patch.granularity === "line") return n === 1 ? "changed line" : "changed lines";
	return n === 1 ? "changed function" : "changed functions";
}

export function patchSummary(patch: PatchCoverage): string {
	const t = patch.totals;
	if (t.percent === null) {
		return `patch coverage: no measured code changed (${t.changed} changed lines, none in code the report holds)`;
	}
	return `patch coverage ${formatPercent(t.percent)} (${t.covered}/${t.measurable} ${unit(patch, t.measurable)})`;
}

function span(gap: PatchGap): string {
	return gap.from === gap.to ? `${gap.from}` : `${gap.from}-${gap.to}`;
}

export function formatPatchText(patch: PatchCoverage): string {
	const out = [patchSummary(patch)];
	const gaps = patch.files.flatMap((f) => f.uncovered.map((g) => ({ file: f.path, gap: g })));
	if (gaps.length > 0) {
		out.push("not run:");
		for (const { file, gap } of gaps) {
			out.push(`  ${oneLine(file)}:${span(gap)}${gap.function ? ` in ${oneLine(gap.function)}` : ""}`);
		}
	}
	const unprobeable = patch.files.reduce((n, f) => n + f.unprobeable, 0);
	if (unprobeable > 0) out.push(`not measured: ${unprobeable} ${unit(patch, unprobeable)} the kernel refused a probe`);
	if (patch.unmeasured.length > 0) {
		const n = patch.unmeasured.length;
		out.push(
			`${n} changed ${n === 1 ? "file has" : "files have"} no code in the report: ${patch.unmeasured.map(oneLine).join(", ")}`,
		);
	}
	return `${out.join("\n")}\n`;
}

export interface PatchLinks {
	/** e.g. https://github.com */
	serverUrl: string;
	/** owner/name */
	repository: string;
	/** The head commit the lines are numbered in. */
	sha: string;
}

/** A link to lines of the head commit; each path segment encoded, so a name cannot leave the URL. */
function lineUrl(links: PatchLinks, path: string, gap: PatchGap): string {
	const file = path.split("/").map(encodeURIComponent).join("/");
	const anchor = gap.from === gap.to ? `L${gap.from}` : `L${gap.from}-L${gap.to}`;
	return `${links.serverUrl}/${links.repository}/blob/${encodeURIComponent(links.sha)}/${file}#${anchor}`;
}

export interface PatchMarkdownOptions {
	links?: PatchLinks;
	/** Runs of uncovered code listed per file; the rest are counted. */
	maxGapsPerFile?: number;
	/** Heading level of the section (default 3). */
	level?: number;
}

/** A section for the comment and the job summary: the changed files only. */
export function formatPatchMarkdown(patch: PatchCoverage, options: PatchMarkdownOptions = {}): string {
	const t = patch.totals;
	const heading = "#".repeat(options.level ?? 3);
	const out: string[] = [];
	if (t.percent === null) {
		out.push(`${heading} Patch coverage`, "", `No measured code changed (${t.changed} changed lines).`);
		return `${out.join("\n")}\n`;
	}
	out.push(
		`${heading} Patch coverage: ${formatPercent(t.percent)}`,
		"",
		`${t.covered} of ${t.measurable} ${unit(patch, t.measurable)} ran in the tests.`,
		"",
		"| changed file | measured | ran | patch coverage | not run |",
		"| --- | ---: | ---: | ---: | --- |",
	);
	const max = options.maxGapsPerFile ?? 10;
	for (const f of patch.files) {
		if (f.measurable === 0 && f.unprobeable === 0) continue;
		const gaps = f.uncovered.slice(0, max).map((g) => {
			const where = `${g.from === g.to ? "line" : "lines"} ${span(g).replace("-", "–")}`;
			const text = `${where}${g.function ? ` (${escapeMarkdown(g.function)})` : ""}`;
			return options.links ? `[${text}](${lineUrl(options.links, f.path, g)})` : text;
		});
		if (f.uncovered.length > max) gaps.push(`and ${f.uncovered.length - max} more`);
		const percent = f.measurable === 0 ? "—" : formatPercent(percentOf(f.covered, f.measurable));
		out.push(`| ${escapeMarkdown(f.path)} | ${f.measurable} | ${f.covered} | ${percent} | ${gaps.join(", ")} |`);
	}
	if (patch.unmeasured.length > 0) {
		const n = patch.unmeasured.length;
		out.push("", `${n} changed ${n === 1 ? "file has" : "files have"} no code in the report.`);
	}
	return `${out.join("\n")}\n`;
}
