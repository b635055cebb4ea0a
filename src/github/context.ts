/**
 * What the action needs to know about the run it is part of, from the runner's environment and
 * the event payload: the repository, the pull request (if any), the workflow and the branch to
 * compare against.
 */
import { readFileSync } from "node:fs";

export interface RepoRef {
	owner: string;
	repo: string;
}

export interface RunContext extends RepoRef {
	apiUrl: string;
	serverUrl: string;
	eventName: string;
	/** The pull request's number on pull_request(_target) events. */
	pullRequest: number | undefined;
	/** The pull request's base and head commits, which patch coverage diffs. */
	pullBaseSha: string | undefined;
	pullHeadSha: string | undefined;
	/** Branch whose latest successful run is the baseline: the PR's base branch, or this run's branch. */
	baselineBranch: string | undefined;
	/** Workflow file name (ci.yml), from GITHUB_WORKFLOW_REF; the REST API accepts it as workflow_id. */
	workflowFile: string | undefined;
	runId: number | undefined;
	/** Workflow name and job id, so two jobs using the action keep separate comments. */
	workflow: string;
	job: string;
}

interface EventPayload {
	pull_request?: { number?: unknown; base?: { ref?: unknown; sha?: unknown }; head?: { sha?: unknown } };
	number?: unknown;
}

function readEvent(path: string | undefined): EventPayload {
	if (!path) return {};
	try {
		return JSON.parse(readFileSync(path, "utf8")) as EventPayload;
	} catch {
		return {};
	}
}

/** "owner/repo/.github/workflows/ci.yml@refs/heads/main" → "ci.yml". */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
	if (!workflowRef) return undefined;
	const m = /\/\.github\/workflows\/([^@/]+)@/.exec(workflowRef);
	return m?.[1];
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
	const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
	const event = readEvent(env.GITHUB_EVENT_PATH);
	const pr = event.pull_request;
	const number = typeof pr?.number === "number" ? pr.number : undefined;
	const baseRef = typeof pr?.base?.ref === "string" ? pr.base.ref : undefined;
	const sha = (v: unknown) => (typeof v === "string" && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(v) ? v : undefined);
	const runId = Number(env.GITHUB_RUN_ID);
	return {
		owner,
		repo,
		apiUrl: env.GITHUB_API_URL || "https://api.github.com",
		serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
		eventName: env.GITHUB_EVENT_NAME ?? "",
		pullRequest: number,
		pullBaseSha: sha(pr?.base?.sha),
		pullHeadSha: sha(pr?.head?.sha),
		baselineBranch: pr ? baseRef : env.GITHUB_REF_TYPE === "tag" ? undefined : env.GITHUB_REF_NAME || undefined,
		workflowFile: workflowFileOf(env.GITHUB_WORKFLOW_REF),
		runId: Number.isInteger(runId) && runId > 0 ? runId : undefined,
		workflow: env.GITHUB_WORKFLOW ?? "",
		job: env.GITHUB_JOB ?? "",
	};
}
