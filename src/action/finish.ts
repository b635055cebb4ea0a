/**
 * The post step, run whether the job passed or failed: stop the tracer, write the reports, compare
 * with the baseline, publish (job summary, outputs, artifact, pull request comment) and only then
 * apply the gates. Publishing failures are warnings; only a gate or a broken tracer fails the job.
 */
import * as core from "@actions/core";
import { GitHubApi, GitHubApiError } from "../github/api.js";
import { commentMarker, upsertStickyComment } from "../github/comments.js";
import { type RunContext, runContext } from "../github/context.js";
import { type CoverageDiff, diffReports } from "../report/diff.js";
import { formatMarkdown } from "../report/formats/markdown.js";
import { writeFormats } from "../report/formats.js";
import { readReport } from "../report/readReport.js";
import type { CoverageReport } from "../report/report.js";
import { uploadReportDir } from "./artifact.js";
import { loadBaseline } from "./baseline.js";
import { ARTIFACT_NAME, MAX_COMMENT_LENGTH, MAX_SUMMARY_LENGTH, Outputs, State } from "./constants.js";
import { decreaseFailure, fmtPct, thresholdFailure } from "./gates.js";
import { type ActionInputs, type InputSource, parseInputs, runnerInputs } from "./inputs.js";
import { oneLine } from "./start.js";
import { runnerState, type StateProvider } from "./state.js";
import { cliError, runCli } from "./tracer.js";

export interface PostDeps {
	input: InputSource;
	state: StateProvider;
	env: NodeJS.ProcessEnv;
	stopTimeoutMs: number;
}

export function defaultPostDeps(): PostDeps {
	return { input: runnerInputs, state: runnerState, env: process.env, stopTimeoutMs: 5 * 60 * 1000 };
}

const TITLE = "xcover function coverage";

export async function runPost(deps: PostDeps = defaultPostDeps()): Promise<number> {
	const stateDir = deps.state.get(State.StateDir);
	const sudo = deps.state.get(State.Sudo) === "true";
	if (deps.state.get(State.Started) !== "true") {
		core.info("xcover: the tracer was not started in the main step (see its error above); nothing to report");
		// A start that timed out may still finish attaching later: make sure no daemon outlives the job.
		if (stateDir) await runCli(sudo, ["stop", `--state-dir=${stateDir}`, "--timeout=30"], 60_000, () => {});
		return 0;
	}

	let report: CoverageReport;
	let inputs: ActionInputs;
	try {
		const stop = await runCli(sudo, ["stop", `--state-dir=${stateDir}`], deps.stopTimeoutMs);
		if (stop.code !== 0) {
			core.setFailed(
				stop.timedOut ? "xcover stop timed out; the daemon's log is in its state directory" : cliError(stop.output),
			);
			return 1;
		}
		inputs = parseInputs(deps.input, deps.env.GITHUB_WORKSPACE ?? process.cwd());
		report = readReport(deps.state.get(State.ReportPath));
	} catch (err) {
		core.setFailed(oneLine(err));
		return 1;
	}

	const warn = (what: string, err: unknown) => core.warning(`xcover: ${what}: ${oneLine(err)}`);
	const ctx = runContext(deps.env);

	try {
		const others = inputs.formats.filter((f) => f !== "json");
		for (const written of writeFormats(report, others, inputs.outputDir, { sourceRoot: inputs.workingDirectory })) {
			core.info(`xcover: wrote ${written.format} report ${written.path}`);
		}
	} catch (err) {
		warn("could not write every report format", err);
	}

	const baseline = await loadBaseline(inputs.baseline, ctx, inputs.githubToken, deps.env.RUNNER_TEMP || undefined);
	let diff: CoverageDiff | undefined;
	try {
		diff = baseline ? diffReports(baseline.report, report) : undefined;
	} catch (err) {
		warn("could not compare with the baseline", err);
	}

	const t = report.totals;
	core.info(
		`xcover: coverage ${fmtPct(t.percent)} (${t.covered}/${t.traced} functions)` +
			(diff ? `, ${diff.delta >= 0 ? "+" : ""}${diff.delta.toFixed(2)} points against the baseline` : ""),
	);

	if (deps.env.GITHUB_STEP_SUMMARY) {
		try {
			const markdown = formatMarkdown(report, { diff, title: TITLE, maxLength: MAX_SUMMARY_LENGTH - 1024 });
			await core.summary.addRaw(markdown, true).write();
		} catch (err) {
			warn("could not write the job summary", err);
		}
	}

	core.setOutput(Outputs.Coverage, t.percent.toFixed(2));
	core.setOutput(Outputs.Covered, String(t.covered));
	core.setOutput(Outputs.Total, String(t.traced));
	core.setOutput(Outputs.Delta, diff ? diff.delta.toFixed(2) : "");
	core.setOutput(Outputs.ReportDir, inputs.outputDir);
	core.setOutput(Outputs.ReportJson, deps.state.get(State.ReportPath));

	try {
		const uploaded = await uploadReportDir(inputs.outputDir, ARTIFACT_NAME, deps.env);
		core.info(`xcover: uploaded ${uploaded.files} report files as artifact ${ARTIFACT_NAME}`);
	} catch (err) {
		warn(`the report directory was not uploaded as artifact ${ARTIFACT_NAME}`, err);
	}

	if (inputs.comment && ctx.pullRequest !== undefined) {
		await comment(ctx, inputs.githubToken, report, diff, warn);
	}

	const failures = [
		thresholdFailure(t, inputs.threshold),
		decreaseFailure(diff?.base, t, diff ? inputs.maxDecrease : undefined),
	].filter((f): f is string => f !== undefined);
	if (inputs.maxDecrease !== undefined && !diff) {
		core.notice("xcover: fail-on-decrease was not applied: there is no baseline to compare with");
	}
	if (failures.length > 0) {
		core.setFailed(failures.join("; "));
		return 1;
	}
	return 0;
}

/** Keeps the comment under GitHub's limit, whatever the formatter produced. */
export function commentBody(marker: string, markdown: string): string {
	const room = MAX_COMMENT_LENGTH - marker.length - 1;
	if (markdown.length <= room) return markdown;
	const note = "\n\n… (cut to fit a comment; the job summary and the report artifact have everything)\n";
	return markdown.slice(0, room - note.length) + note;
}

async function comment(
	ctx: RunContext,
	token: string,
	report: CoverageReport,
	diff: CoverageDiff | undefined,
	warn: (what: string, err: unknown) => void,
): Promise<void> {
	const pr = ctx.pullRequest as number;
	const marker = commentMarker(`${ctx.workflow}/${ctx.job}`);
	try {
		const markdown = formatMarkdown(report, { diff, title: TITLE, maxLength: MAX_COMMENT_LENGTH - marker.length - 1 });
		const api = new GitHubApi({ baseUrl: ctx.apiUrl, token });
		const done = await upsertStickyComment(api, ctx, pr, marker, commentBody(marker, markdown));
		core.info(`xcover: ${done.action} the coverage comment on pull request #${pr}`);
	} catch (err) {
		if (err instanceof GitHubApiError && err.forbidden) {
			core.warning(
				`xcover: cannot comment on pull request #${pr} (HTTP ${err.status}): the token is read-only, as for pull requests from forks, or lacks pull-requests: write. ` +
					"The job summary has the report; see the README for commenting on fork pull requests with workflow_run",
			);
		} else {
			warn(`could not comment on pull request #${pr}`, err);
		}
	}
}
