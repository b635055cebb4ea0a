/**
 * The merge action (merge/action.yml): in a final job that `needs:` the tracing jobs, it takes
 * every xcover artifact of the current run whose name matches a pattern, merges the reports, and
 * publishes the result as the post step of a single tracing job would: one comment, one summary,
 * one set of gates for a matrix or a sharded suite. The legs then run with `comment: false`.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { XcoverError } from "../errors.js";
import { GitHubApi } from "../github/api.js";
import { type Artifact, fileInZip } from "../github/baseline.js";
import { runContext } from "../github/context.js";
import { writeJsonReport } from "../report/json.js";
import { mergeReports } from "../report/merge.js";
import { readReport } from "../report/readReport.js";
import type { CoverageReport } from "../report/report.js";
import { MERGE_PATTERN, type MergeInputName, MergeInputs, REPORT_JSON } from "./constants.js";
import { publish } from "./finish.js";
import { type InputSource, lines, parseBoolean, parsePublishInputs } from "./inputs.js";
import { log } from "./log.js";
import { oneLine } from "./start.js";

export interface MergeDeps {
	input: InputSource & ((name: MergeInputName) => string);
	env: NodeJS.ProcessEnv;
}

export function defaultMergeDeps(): MergeDeps {
	return { input: (name: string) => core.getInput(name), env: process.env };
}

/** An artifact name pattern: `*` any run of characters, `?` one; everything else literal. */
export function artifactPattern(glob: string): RegExp {
	const body = [...glob].map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&")));
	return new RegExp(`^${body.join("")}$`);
}

export async function runMerge(deps: MergeDeps = defaultMergeDeps()): Promise<number> {
	try {
		return await merge(deps);
	} catch (err) {
		log.failed(oneLine(err));
		return 1;
	}
}

async function merge(deps: MergeDeps): Promise<number> {
	const ctx = runContext(deps.env);
	if (ctx.runId === undefined) {
		throw new XcoverError(
			"GITHUB_RUN_ID is not set, so there is no run to take artifacts from",
			"Use the merge action in a job of a workflow run.",
		);
	}
	const workspace = deps.env.GITHUB_WORKSPACE ?? process.cwd();
	const inputs = parsePublishInputs(deps.input, workspace);
	const glob = deps.input(MergeInputs.Pattern).trim() || MERGE_PATTERN;
	const pattern = artifactPattern(glob);
	const expected = lines(deps.input(MergeInputs.Expected));
	const forceText = deps.input(MergeInputs.Force).trim() || "false";
	const force = parseBoolean(forceText);
	if (force === undefined) {
		throw new XcoverError(
			`input force: ${JSON.stringify(forceText)} is not a boolean`,
			"Write force: true to merge reports of different builds by function name, or force: false",
		);
	}

	const api = new GitHubApi({ baseUrl: ctx.apiUrl, token: inputs.githubToken });
	const base = `/repos/${ctx.owner}/${ctx.repo}`;
	const all = await api.paginate<{ artifacts?: Artifact[] }, Artifact>(
		`${base}/actions/runs/${ctx.runId}/artifacts`,
		{ per_page: 100 },
		(p) => p.artifacts ?? [],
	);
	// Its own artifact, from an earlier attempt of this job, is no leg.
	const legs = all
		.filter((a) => !a.expired && a.name !== inputs.artifactName && pattern.test(a.name))
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const name of expected) {
		if (!legs.some((a) => a.name === name)) {
			log.warning(
				`xcover: no artifact ${name} in this run: that job did not upload its report (it failed, was skipped or cancelled, or its artifact-name differs); the merged report leaves it out`,
			);
		}
	}
	if (legs.length === 0) {
		throw new XcoverError(
			`no artifact of run ${ctx.runId} matches ${JSON.stringify(glob)} (it has ${all.length === 0 ? "none" : all.map((a) => a.name).join(", ")})`,
			"Run this job after the tracing jobs (needs:), and give each of them an artifact-name the pattern input matches.",
		);
	}

	const temp = mkdtempSync(join(deps.env.RUNNER_TEMP || tmpdir(), "xcover-merge-"));
	const reports: { report: CoverageReport; source: string }[] = [];
	for (const artifact of legs) {
		const zip = await api.download(`${base}/actions/artifacts/${artifact.id}/zip`);
		const content = fileInZip(zip, REPORT_JSON);
		if (!content) {
			log.warning(`xcover: artifact ${artifact.name} holds no ${REPORT_JSON}; left out of the merge`);
			continue;
		}
		const path = join(temp, `${reports.length}-${REPORT_JSON}`);
		writeFileSync(path, content);
		try {
			reports.push({ report: readReport(path), source: `artifact ${artifact.name}` });
		} catch (err) {
			log.warning(`xcover: artifact ${artifact.name}: ${oneLine(err)}; left out of the merge`);
		}
	}
	if (reports.length === 0) {
		throw new XcoverError(
			`none of the ${legs.length} matching artifacts holds a readable ${REPORT_JSON}`,
			"Upload the tracing jobs' report folders as the xcover action does (its artifact-name input).",
		);
	}
	const merged = mergeReports(reports, { force, diagnostics: log });
	log.info(
		`xcover: merged ${reports.length} reports: ${reports.map((r) => r.source.replace(/^artifact /, "")).join(", ")}`,
	);
	mkdirSync(inputs.outputDir, { recursive: true });
	const reportJson = join(inputs.outputDir, REPORT_JSON);
	writeJsonReport(reportJson, merged);
	return publish({ report: merged, reportJson, inputs, env: deps.env });
}
