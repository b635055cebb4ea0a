/**
 * The two gates a user can ask for: a minimum coverage, and a maximum drop against the baseline.
 * Each failure says by how much it missed, in percentage points and in functions.
 */
import { formatPercent } from "../report/model.js";
import type { Totals } from "../report/report.js";

/** Float noise must not fail a gate that is met exactly (70% of 10 functions is 7 of them). */
const EPSILON = 1e-9;

function fmtPoints(n: number): string {
	const abs = Math.abs(n).toFixed(2);
	return `${abs} percentage point${abs === "1.00" ? "" : "s"}`;
}

/** Functions that would have to run on top of the covered ones to reach `threshold`. */
export function functionsShort(totals: Pick<Totals, "covered" | "traced">, threshold: number): number {
	const needed = Math.ceil((threshold / 100) * totals.traced - EPSILON);
	return Math.max(0, needed - totals.covered);
}

export function thresholdFailure(totals: Totals, threshold: number | undefined): string | undefined {
	if (threshold === undefined || totals.percent + EPSILON >= threshold) return undefined;
	const short = functionsShort(totals, threshold);
	return (
		`coverage ${formatPercent(totals.percent)} is below the threshold of ${threshold}%: ` +
		`${fmtPoints(threshold - totals.percent)} short (${short} more of ${totals.traced} functions must run)`
	);
}

export function decreaseFailure(
	base: Totals | undefined,
	head: Totals,
	maxDecrease: number | undefined,
): string | undefined {
	if (maxDecrease === undefined || base === undefined) return undefined;
	const drop = base.percent - head.percent;
	if (drop <= maxDecrease + EPSILON) return undefined;
	const allowed = maxDecrease === 0 ? "no drop is allowed" : `fail-on-decrease allows ${fmtPoints(maxDecrease)}`;
	return (
		`coverage fell by ${fmtPoints(drop)} against the baseline (${formatPercent(base.percent)} → ${formatPercent(head.percent)}); ` +
		`${allowed}, so it missed by ${fmtPoints(drop - maxDecrease)}`
	);
}
