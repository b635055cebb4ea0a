/**
 * Patch coverage in the post step of a pull request: the changed lines of the pull request's
 * own commits (`git diff BASE...HEAD` in the checkout, HEAD being what was built and traced),
 * the share of them the tests ran, and warnings on the diff where they did not. Everything here
 * is optional to the job: without the history git needs, the step says what to fetch and goes on.
 */
import * as core from "@actions/core";
import type { RunContext } from "../github/context.js";
import { changedLines, gitDiff, headCommit, PatchInputError, repositoryRoot } from "../patch/changes.js";
import { type PatchCoverage, patchCoverage } from "../patch/coverage.js";
import { formatPatchMarkdown, type PatchLinks } from "../patch/format.js";
import { printable } from "../printable.js";
import { formatPercent } from "../report/model.js";
import type { CoverageReport } from "../report/report.js";
import { functionsShort } from "./gates.js";

export interface ActionPatch {
	patch: PatchCoverage;
	/** The section the comment and the job summary carry. */
	markdown: string;
	/** The commit the line numbers belong to. */
	sha: string;
}

/**
 * Patch coverage of the pull request in `ctx`, from the repository that holds `workingDirectory`.
 * Undefined when this is no pull request; throws PatchInputError when git cannot give the diff
 * (a shallow checkout without the base commit), whose hint says what to change.
 */
export function pullRequestPatch(
	report: CoverageReport,
	ctx: Pick<RunContext, "pullRequest" | "pullBaseSha" | "serverUrl" | "owner" | "repo">,
	workingDirectory: string,
	runGit: { diff: typeof gitDiff; root: typeof repositoryRoot; head: (cwd: string) => string } = defaultGit,
): ActionPatch | undefined {
	if (ctx.pullRequest === undefined) return undefined;
	if (ctx.pullBaseSha === undefined) {
		throw new PatchInputError(
			"the pull request event names no base commit",
			"Patch coverage needs a pull_request or pull_request_target event.",
		);
	}
	const root = runGit.root(workingDirectory);
	// HEAD, not the pull request's head: actions/checkout builds the merge commit of a pull request,
	// whose lines are the ones the binary was compiled from. BASE...HEAD is then the change alone.
	const sha = runGit.head(root);
	const text = runGit.diff(ctx.pullBaseSha, root, "HEAD");
	const patch = patchCoverage(report, changedLines(text, `git diff ${ctx.pullBaseSha}...HEAD`), { root });
	const links: PatchLinks = { serverUrl: ctx.serverUrl, repository: `${ctx.owner}/${ctx.repo}`, sha };
	return { patch, markdown: formatPatchMarkdown(patch, { links }), sha };
}

const defaultGit = { diff: gitDiff, root: repositoryRoot, head: headCommit };

export interface Annotation {
	message: string;
	file: string;
	startLine: number;
	endLine: number;
	title: string;
}

/** Changed code the tests did not run, one warning per run of lines, in file and line order. */
export function patchAnnotations(patch: PatchCoverage): Annotation[] {
	const out: Annotation[] = [];
	const what = patch.granularity === "line" ? "changed lines" : "changed function";
	for (const f of patch.files) {
		for (const gap of f.uncovered) {
			const lines = gap.from === gap.to ? `line ${gap.from}` : `lines ${gap.from}–${gap.to}`;
			const message =
				patch.granularity === "line"
					? `The tests did not run ${lines}${gap.function ? ` of ${gap.function}` : ""}.`
					: `The tests did not run ${gap.function ?? "this function"} (${lines}), which this pull request changes.`;
			out.push({ message, file: f.path, startLine: gap.from, endLine: gap.to, title: `xcover: ${what} not run` });
		}
	}
	return out;
}

/** Writes at most `max` of them as warnings on the diff; says how many were left to the comment. */
export function annotate(annotations: readonly Annotation[], max: number, info: (m: string) => void): number {
	const shown = annotations.slice(0, max);
	for (const a of shown) {
		// @actions/core escapes the properties; the message is ours but quotes names from the binary.
		core.warning(printable(a.message), {
			title: a.title,
			file: a.file,
			startLine: a.startLine,
			endLine: a.endLine,
		});
	}
	if (annotations.length > shown.length) {
		info(
			`xcover: annotated ${shown.length} of ${annotations.length} runs of changed code that did not run (max-annotations); the comment and the job summary list them all`,
		);
	}
	return shown.length;
}

/** The patch-threshold gate: undefined when met, or when the change holds no measured code. */
export function patchThresholdFailure(patch: PatchCoverage, threshold: number | undefined): string | undefined {
	const t = patch.totals;
	if (threshold === undefined || t.percent === null || t.percent + 1e-9 >= threshold) return undefined;
	const unit = patch.granularity === "line" ? "changed lines" : "changed functions";
	const short = functionsShort({ covered: t.covered, traced: t.measurable }, threshold);
	return (
		`patch coverage ${formatPercent(t.percent)} is below the patch-threshold of ${threshold}%: ` +
		`${short} more of ${t.measurable} ${unit} must run`
	);
}
