/**
 * `baseline: auto`: the report of the latest successful run of the same workflow on the branch to
 * compare against, taken from that run's artifact. Every "not found" is an answer, not an error:
 * the first run on a branch, expired artifacts and forks without access all simply have no delta.
 */
import { unzipSync } from "fflate";
import type { GitHubApi } from "./api.js";
import type { RepoRef } from "./context.js";

export interface WorkflowRun {
	id: number;
	event?: string;
	head_branch?: string | null;
	head_sha?: string;
	html_url?: string;
	conclusion?: string | null;
}

export interface Artifact {
	id: number;
	name: string;
	expired?: boolean;
	size_in_bytes?: number;
}

export interface BaselineQuery {
	workflowFile: string | undefined;
	branch: string | undefined;
	/** This run, never its own baseline. */
	currentRunId: number | undefined;
	artifactName: string;
	/** The file to take out of the artifact's zip. */
	fileName: string;
	/** How many successful runs to look through for one that still has the artifact. */
	maxRuns?: number;
}

export type BaselineFound = { found: true; run: WorkflowRun; artifact: Artifact; content: Uint8Array };
export type BaselineMissing = { found: false; reason: string };

/** Runs that compare against a PR's base are the ones made on that branch itself, not PR runs. */
const OWN_BRANCH_EVENTS = new Set(["pull_request", "pull_request_target"]);

export async function findBaseline(
	api: GitHubApi,
	repo: RepoRef,
	q: BaselineQuery,
): Promise<BaselineFound | BaselineMissing> {
	if (!q.branch) return { found: false, reason: "this run has no branch to compare against" };
	if (!q.workflowFile) return { found: false, reason: "GITHUB_WORKFLOW_REF does not name this run's workflow file" };
	const base = `/repos/${repo.owner}/${repo.repo}`;
	const page = await api.request<{ workflow_runs?: WorkflowRun[] }>(
		"GET",
		`${base}/actions/workflows/${encodeURIComponent(q.workflowFile)}/runs`,
		{ query: { branch: q.branch, status: "success", per_page: 20 } },
	);
	const runs = (page.workflow_runs ?? [])
		.filter((r) => r.id !== q.currentRunId && !OWN_BRANCH_EVENTS.has(r.event ?? ""))
		.slice(0, q.maxRuns ?? 5);
	if (runs.length === 0) {
		return { found: false, reason: `no successful run of ${q.workflowFile} on ${q.branch} yet` };
	}
	for (const run of runs) {
		const artifacts = await api.paginate<{ artifacts?: Artifact[] }, Artifact>(
			`${base}/actions/runs/${run.id}/artifacts`,
			{ name: q.artifactName },
			(p) => p.artifacts ?? [],
		);
		const artifact = artifacts.find((a) => a.name === q.artifactName && !a.expired);
		if (!artifact) continue;
		const zip = await api.download(`${base}/actions/artifacts/${artifact.id}/zip`);
		const content = fileInZip(zip, q.fileName);
		if (!content) {
			return { found: false, reason: `artifact ${q.artifactName} of run ${run.id} has no ${q.fileName}` };
		}
		return { found: true, run, artifact, content };
	}
	return {
		found: false,
		reason: `the latest successful runs of ${q.workflowFile} on ${q.branch} have no ${q.artifactName} artifact (expired, or made before xcover was added)`,
	};
}

/** The file named `name` in a zip, at its root or in one folder. */
export function fileInZip(zip: Uint8Array, name: string): Uint8Array | undefined {
	const files = unzipSync(zip, { filter: (f) => f.name === name || f.name.endsWith(`/${name}`) });
	const names = Object.keys(files).sort((a, b) => a.length - b.length);
	return names[0] === undefined ? undefined : files[names[0]];
}
