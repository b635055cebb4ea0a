/**
 * The report to compare against: `auto` (the latest successful run of this workflow on the base
 * branch, from its artifact), a path to a JSON report, or `none`. No baseline is never a failure:
 * the delta is left out and the log says why.
 */

import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GitHubApi, GitHubApiError } from "../github/api.js";
import { findBaseline } from "../github/baseline.js";
import type { RunContext } from "../github/context.js";
import { readReport } from "../report/readReport.js";
import type { CoverageReport } from "../report/report.js";
import { REPORT_JSON } from "./constants.js";
import type { Baseline } from "./inputs.js";
import { log } from "./log.js";
import { oneLine } from "./start.js";

export interface LoadedBaseline {
	report: CoverageReport;
	/** Where it came from, for the log and the comment: a run URL or a file path. */
	source: string;
}

/** A missing or unreadable baseline is a warning and no delta, never a failure. */
export async function loadBaseline(
	choice: Baseline,
	ctx: RunContext,
	token: string,
	artifactName: string,
	tempDir: string = process.env.RUNNER_TEMP || tmpdir(),
): Promise<LoadedBaseline | undefined> {
	if (choice.kind === "none") return undefined;
	if (choice.kind === "file") {
		if (!existsSync(choice.path)) {
			log.warning(`xcover: baseline ${choice.path} does not exist; no delta this time`);
			return undefined;
		}
		try {
			return { report: readReport(choice.path), source: choice.path };
		} catch (err) {
			log.warning(`xcover: baseline ${choice.path} is not a readable report; no delta this time: ${oneLine(err)}`);
			return undefined;
		}
	}
	try {
		const api = new GitHubApi({ baseUrl: ctx.apiUrl, token });
		const found = await findBaseline(api, ctx, {
			workflowFile: ctx.workflowFile,
			branch: ctx.baselineBranch,
			currentRunId: ctx.runId,
			artifactName,
			fileName: REPORT_JSON,
		});
		if (!found.found) {
			log.notice(`xcover: no baseline: ${found.reason}; coverage is reported without a delta`);
			return undefined;
		}
		const dir = mkdtempSync(join(tempDir, "xcover-baseline-"));
		const path = join(dir, REPORT_JSON);
		writeFileSync(path, found.content);
		const source = found.run.html_url ?? `run ${found.run.id}`;
		log.info(`xcover: baseline from ${source} (${ctx.baselineBranch})`);
		return { report: readReport(path), source };
	} catch (err) {
		if (err instanceof GitHubApiError && err.forbidden) {
			log.notice(`xcover: no baseline: ${oneLine(err)}`);
		} else {
			log.warning(`xcover: no baseline: ${oneLine(err)}`);
		}
		return undefined;
	}
}
