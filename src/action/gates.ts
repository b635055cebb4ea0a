/**
 * The two gates a user can ask for: a minimum coverage, and a maximum drop against the baseline.
 * Each failure says by how much it missed, in percentage points and in functions, or in a line
 * report in lines: the gates apply to what the report measures, and say which.
 */
import { formatPercent } from "../report/model.js";
import type { Granularity, LineTotals, Totals } from "../report/report.js";

/** Float noise must not fail a gate that is met exactly (70% of 10 functions is 7 of them). */
const EPSILON = 1e-9;

function fmtPoints(n: number): string {
	const abs = Math.abs(n).toFixed(2);
	return `${abs} percentage point${abs === "1.00" ? "" : "s"}`;
}

/** Functions (or lines) that would have to run on top of the covered ones to reach `threshold`. */
export function functionsShort(totals: Pick<Totals, "covered" | "traced">, threshold: number): number {
	const needed = Math.ceil((threshold / 100) * totals.traced - EPSILON);
	return Math.max(0, needed - totals.covered);
}

/** What a gate measures: the function totals, or in a line report the line totals. */
interface Measured {
	/** "coverage" for functions, as before line granularity existed; "line coverage" for lines. */
	label: string;
	unit: string;
	totals: Pick<LineTotals, "covered" | "traced" | "percent">;
}

function measuredOf(totals: Totals, granularity: Granularity): Measured {
	if (granularity === "line" && totals.lines) return { label: "line coverage", unit: "lines", totals: totals.lines };
	return { label: "coverage", unit: "functions", totals };
}

export function thresholdFailure(
	totals: Totals,
	threshold: number | undefined,
	granularity: Granularity = "function",
): string | undefined {
	const m = measuredOf(totals, granularity);
	if (threshold === undefined || m.totals.percent + EPSILON >= threshold) return undefined;
	const short = functionsShort(m.totals, threshold);
	return (
		`${m.label} ${formatPercent(m.totals.percent)} is below the threshold of ${threshold}%: ` +
		`${fmtPoints(threshold - m.totals.percent)} short (${short} more of ${m.totals.traced} ${m.unit} must run)`
	);
}

/**
 * `granularity` is what both reports measure: "line" only when the baseline has lines too, since
 * a function baseline has no line coverage to fall from.
 */
export function decreaseFailure(
	base: Totals | undefined,
	head: Totals,
	maxDecrease: number | undefined,
	granularity: Granularity = "function",
): string | undefined {
	if (maxDecrease === undefined || base === undefined) return undefined;
	const byLine = granularity === "line" && base.lines !== undefined && head.lines !== undefined;
	const then = measuredOf(base, byLine ? "line" : "function");
	const now = measuredOf(head, byLine ? "line" : "function");
	const drop = then.totals.percent - now.totals.percent;
	if (drop <= maxDecrease + EPSILON) return undefined;
	const allowed = maxDecrease === 0 ? "no drop is allowed" : `fail-on-decrease allows ${fmtPoints(maxDecrease)}`;
	return (
		`${now.label} fell by ${fmtPoints(drop)} against the baseline (${formatPercent(then.totals.percent)} → ${formatPercent(now.totals.percent)}); ` +
		`${allowed}, so it missed by ${fmtPoints(drop - maxDecrease)}`
	);
}
