/**
 * A coverage badge as an SVG file, for a README or a pages site without a badge service.
 * badge-maker is the renderer shields.io uses, so the text is measured as on every other badge.
 */
import { makeBadge } from "badge-maker";
import type { CoverageModel } from "../model.js";

/** shields.io's own steps from red to bright green, by percentage. */
function colorOf(percent: number): string {
	if (percent >= 90) return "brightgreen";
	if (percent >= 75) return "green";
	if (percent >= 60) return "yellowgreen";
	if (percent >= 40) return "yellow";
	if (percent >= 20) return "orange";
	return "red";
}

/** Rounded down to one decimal: a badge never shows a gate's threshold as met when it is not. */
function shortPercent(percent: number): string {
	return `${(Math.floor(percent * 10) / 10).toFixed(1).replace(/\.0$/, "")}%`;
}

export function formatBadge(model: CoverageModel, label = "coverage"): string {
	const lines = model.granularity === "line" ? model.totals.lines : undefined;
	const measured = lines ? lines.traced : model.totals.traced;
	const percent = lines ? lines.percent : model.totals.percent;
	if (measured === 0) return makeBadge({ label, message: "unknown", color: "lightgrey" });
	return makeBadge({ label, message: shortPercent(percent), color: colorOf(percent) });
}
