/**
 * The post step, run whether the job passed or failed: stop the tracer, write the reports, compare
 * with the baseline, publish (job summary, outputs, artifact, pull request comment) and only then
 * apply the gates. Publishing failures are warnings; only a gate or a broken tracer fails the job.
 */
import * as core from "@actions/core";
import { GitHubApi, GitHubApiError } from "../github/api.js";
import { commentMarker, upsertStickyComment } from "../github/comments.js";
import { type RunContext, runContext } from "../github/context.js";
import { patchSummary } from "../patch/format.js";
import { type CoverageDiff, diffReports } from "../report/diff.js";
import { formatMarkdown } from "../report/formats/markdown.js";
import { writeFormats } from "../report/formats.js";
import { formatPercent } from "../report/model.js";
import { readReport } from "../report/readReport.js";
import { type CoverageReport, granularityOf } from "../report/report.js";
import { uploadReportDir } from "./artifact.js";
import { loadBaseline } from "./baseline.js";
import { ARTIFACT_NAME, MAX_COMMENT_LENGTH, MAX_SUMMARY_LENGTH, Outputs, State } from "./constants.js";
import { decreaseFailure, thresholdFailure } from "./gates.js";
import { type ActionInputs, type InputSource, type PublishInputs, parseInputs, runnerInputs } from "./inputs.js";
import { log } from "./log.js";
import { type ActionPatch, annotate, patchAnnotations, patchThresholdFailure, pullRequestPatch } from "./patch.js";
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

/** The summary's and comment's title: what the report measures. */
function titleOf(report: CoverageReport): string {
	return granularityOf(report) === "line" ? "xcover line coverage" : "xcover function coverage";
}

/**
 * The post step. Whatever goes wrong that the steps below do not expect fails the step with one
 * line (no stack trace), the not-started path included.
 */
export async function runPost(deps: PostDeps = defaultPostDeps()): Promise<number> {
	try {
		return await post(deps);
	} catch (err) {
		log.failed(oneLine(err));
		return 1;
	}
}

async function post(deps: PostDeps): Promise<number> {
	const stateDir = deps.state.get(State.StateDir);
	const sudo = deps.state.get(State.Sudo) === "true";
	if (deps.state.get(State.Started) !== "true") {
		log.info("xcover: the tracer was not started in the main step (see its error above); nothing to report");
		// A start that timed out may still finish attaching later: make sure no daemon outlives the job.
		if (stateDir) await runCli(sudo, ["stop", `--state-dir=${stateDir}`, "--timeout=30"], 60_000, () => {});
		return 0;
	}

	let report: CoverageReport;
	let inputs: ActionInputs;
	try {
		// --clean: nothing of the tracer stays in /tmp on a self-hosted runner.
		const stop = await runCli(sudo, ["stop", `--state-dir=${stateDir}`, "--clean"], deps.stopTimeoutMs);
		if (stop.code !== 0) {
			log.failed(
				stop.timedOut ? "xcover stop timed out; the daemon's log is in its state directory" : cliError(stop.output),
			);
			return 1;
		}
		inputs = parseInputs(deps.input, deps.env.GITHUB_WORKSPACE ?? process.cwd());
		report = readReport(deps.state.get(State.ReportPath));
	} catch (err) {
		log.failed(oneLine(err));
		return 1;
	}

	return publish({ report, reportJson: deps.state.get(State.ReportPath), inputs, env: deps.env });
}

export interface PublishRequest {
	report: CoverageReport;
	/** Where the JSON report is, for the report-json output. */
	reportJson: string;
	inputs: PublishInputs;
	env: NodeJS.ProcessEnv;
}

/**
 * Everything done with a finished report, in the tracing action's post step and in the merge
 * action alike: the other formats, the baseline delta, patch coverage, the job summary, outputs,
 * the artifact, annotations, the comment, and last the gates.
 */
export async function publish(request: PublishRequest): Promise<number> {
	const { report, inputs } = request;
	const deps = { env: request.env };
	const warn = (what: string, err: unknown) => log.warning(`xcover: ${what}: ${oneLine(err)}`);
	const ctx = runContext(deps.env);

	try {
		const others = inputs.formats.filter((f) => f !== "json");
		for (const written of writeFormats(report, others, inputs.outputDir, {
			sourceRoot: inputs.sourceRoot,
			diagnostics: log,
		})) {
			log.info(`xcover: wrote ${written.format} report ${written.path}`);
		}
	} catch (err) {
		warn("could not write every report format", err);
	}

	const baseline = await loadBaseline(
		inputs.baseline,
		ctx,
		inputs.githubToken,
		inputs.artifactName,
		deps.env.RUNNER_TEMP || undefined,
	);
	let diff: CoverageDiff | undefined;
	try {
		diff = baseline ? diffReports(baseline.report, report) : undefined;
	} catch (err) {
		warn("could not compare with the baseline", err);
	}

	// Patch coverage on pull requests: what the change itself added or modified, and whether it ran.
	let patch: ActionPatch | undefined;
	let patchMissing: string | undefined;
	if (ctx.pullRequest !== undefined) {
		try {
			patch = pullRequestPatch(report, ctx, inputs.workingDirectory);
			if (patch) log.info(`xcover: ${patchSummary(patch.patch)}`);
		} catch (err) {
			patchMissing = oneLine(err);
			warn("patch coverage was not computed", err);
		}
	}
	const sections = patch ? [patch.markdown] : [];

	const t = report.totals;
	const granularity = granularityOf(report);
	const lines = granularity === "line" ? t.lines : undefined;
	const points = (delta: number) => `${delta >= 0 ? "+" : ""}${delta.toFixed(2)} points against the baseline`;
	if (lines) {
		log.info(
			`xcover: line coverage ${formatPercent(lines.percent)} (${lines.covered}/${lines.traced} lines)` +
				(diff?.lines ? `, ${points(diff.lines.delta)}` : "") +
				`; function coverage ${formatPercent(t.percent)} (${t.covered}/${t.traced} functions)` +
				(diff ? `, ${points(diff.delta)}` : ""),
		);
		if (diff && !diff.lines) {
			log.notice(
				"xcover: the baseline measured functions only: fail-on-decrease and the change compare function coverage",
			);
		}
	} else {
		log.info(
			`xcover: coverage ${formatPercent(t.percent)} (${t.covered}/${t.traced} functions)` +
				(diff ? `, ${points(diff.delta)}` : ""),
		);
	}

	if (deps.env.GITHUB_STEP_SUMMARY) {
		try {
			const markdown = formatMarkdown(report, {
				diff,
				title: titleOf(report),
				maxLength: MAX_SUMMARY_LENGTH - 1024,
				sections,
			});
			await core.summary.addRaw(markdown, true).write();
		} catch (err) {
			warn("could not write the job summary", err);
		}
	}

	// Function coverage in every granularity, as action.yml documents these outputs.
	core.setOutput(Outputs.Coverage, t.percent.toFixed(2));
	core.setOutput(Outputs.Covered, String(t.covered));
	core.setOutput(Outputs.Total, String(t.traced));
	core.setOutput(Outputs.Delta, diff ? diff.delta.toFixed(2) : "");
	// Line coverage where the report has it; empty in function granularity, like delta without a baseline.
	core.setOutput(Outputs.LineCoverage, t.lines ? t.lines.percent.toFixed(2) : "");
	core.setOutput(Outputs.LinesCovered, t.lines ? String(t.lines.covered) : "");
	core.setOutput(Outputs.LinesTotal, t.lines ? String(t.lines.traced) : "");
	const p = patch?.patch.totals;
	core.setOutput(Outputs.PatchCoverage, p && p.percent !== null ? p.percent.toFixed(2) : "");
	core.setOutput(Outputs.PatchCovered, p ? String(p.covered) : "");
	core.setOutput(Outputs.PatchTotal, p ? String(p.measurable) : "");
	core.setOutput(Outputs.ReportDir, inputs.outputDir);
	core.setOutput(Outputs.ReportJson, request.reportJson);

	try {
		const uploaded = await uploadReportDir(inputs.outputDir, inputs.artifactName, deps.env);
		log.info(`xcover: uploaded ${uploaded.files} report files as artifact ${inputs.artifactName}`);
	} catch (err) {
		// A name taken already in this run: another matrix leg or job with the same artifact-name.
		const taken = /already exists|conflict|\b409\b/i.test(err instanceof Error ? err.message : String(err));
		warn(
			`the report directory was not uploaded as artifact ${inputs.artifactName}` +
				(taken ? " (each matrix leg and job needs its own artifact-name)" : ""),
			err,
		);
	}

	if (patch && inputs.annotations) annotate(patchAnnotations(patch.patch), inputs.maxAnnotations, log.info);

	if (inputs.comment && ctx.pullRequest !== undefined) {
		await comment(ctx, ctx.pullRequest, inputs.githubToken, inputs.artifactName, report, diff, sections, warn);
	}

	// The gates follow what the report measures (the outputs above stay function coverage).
	const failures = [
		thresholdFailure(t, inputs.threshold, granularity),
		decreaseFailure(diff?.base, t, diff ? inputs.maxDecrease : undefined, diff?.granularity),
		patch ? patchThresholdFailure(patch.patch, inputs.patchThreshold) : undefined,
	].filter((f): f is string => f !== undefined);
	if (inputs.patchThreshold !== undefined && !patch) {
		// A gate that cannot apply is said out loud, never passed in silence.
		if (patchMissing) log.warning(`xcover: patch-threshold was not applied: ${patchMissing}`);
		else log.notice("xcover: patch-threshold applies to pull requests only; this run is a " + (ctx.eventName || "run"));
	} else if (patch && inputs.patchThreshold !== undefined && patch.patch.totals.percent === null) {
		log.notice("xcover: patch-threshold was not applied: the pull request changes no code the report measures");
	}
	if (inputs.maxDecrease !== undefined && !diff) {
		log.notice("xcover: fail-on-decrease was not applied: there is no baseline to compare with");
	}
	if (failures.length > 0) {
		log.failed(failures.join("; "));
		return 1;
	}
	return 0;
}

/**
 * The sticky comment's marker: the workflow and job, and the artifact name unless it is the default,
 * since matrix legs share their job id (and the default keeps the marker earlier versions wrote).
 */
export function commentKey(ctx: Pick<RunContext, "workflow" | "job">, artifactName: string): string {
	const key = `${ctx.workflow}/${ctx.job}`;
	return artifactName === ARTIFACT_NAME ? key : `${key}/${artifactName}`;
}

/**
 * The comment's Markdown, which formatMarkdown alone keeps within GitHub's limit once the marker
 * line is put before it (`${marker}\n${markdown}`).
 */
export function commentMarkdown(
	marker: string,
	report: CoverageReport,
	diff: CoverageDiff | undefined,
	sections: readonly string[] = [],
): string {
	return formatMarkdown(report, {
		diff,
		title: titleOf(report),
		maxLength: MAX_COMMENT_LENGTH - marker.length - 1,
		sections,
	});
}

async function comment(
	ctx: RunContext,
	pr: number,
	token: string,
	artifactName: string,
	report: CoverageReport,
	diff: CoverageDiff | undefined,
	sections: readonly string[],
	warn: (what: string, err: unknown) => void,
): Promise<void> {
	const marker = commentMarker(commentKey(ctx, artifactName));
	try {
		const api = new GitHubApi({ baseUrl: ctx.apiUrl, token });
		const done = await upsertStickyComment(api, ctx, pr, marker, commentMarkdown(marker, report, diff, sections));
		if (done.replaced) {
			log.info(
				`xcover: the coverage comment ${done.replaced.id} could not be updated (HTTP ${done.replaced.status}); posted a new one`,
			);
		}
		log.info(`xcover: ${done.action} the coverage comment on pull request #${pr}`);
	} catch (err) {
		if (err instanceof GitHubApiError && err.forbidden) {
			log.warning(
				`xcover: cannot comment on pull request #${pr} (HTTP ${err.status}): the token is read-only, as for pull requests from forks, or lacks pull-requests: write. ` +
					"The job summary has the report; see the README for commenting on fork pull requests with workflow_run",
			);
		} else {
			warn(`could not comment on pull request #${pr}`, err);
		}
	}
}
