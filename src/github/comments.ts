/**
 * One sticky comment per pull request (and per workflow job): found among all the issue's comments
 * by a hidden HTML marker, updated in place on later pushes, created on the first.
 */
import type { GitHubApi } from "./api.js";
import type { RepoRef } from "./context.js";

export interface IssueComment {
	id: number;
	body?: string;
	user?: { login?: string } | null;
}

/** Invisible in the rendered comment; names the job so matrix or sibling jobs keep their own. */
export function commentMarker(key: string): string {
	return `<!-- xcover-coverage-comment ${key.replace(/--/g, "-").replace(/>/g, "")} -->`;
}

export async function findComment(
	api: GitHubApi,
	repo: RepoRef,
	issue: number,
	marker: string,
): Promise<IssueComment | undefined> {
	const comments = await api.paginate<IssueComment[], IssueComment>(
		`/repos/${repo.owner}/${repo.repo}/issues/${issue}/comments`,
		{},
		(page) => page,
	);
	return comments.find((c) => c.body?.startsWith(marker));
}

export interface StickyResult {
	action: "created" | "updated";
	id: number;
}

/** Creates or updates the comment that starts with `marker`; `body` must not contain it already. */
export async function upsertStickyComment(
	api: GitHubApi,
	repo: RepoRef,
	issue: number,
	marker: string,
	body: string,
): Promise<StickyResult> {
	const text = `${marker}\n${body}`;
	const existing = await findComment(api, repo, issue, marker);
	if (existing) {
		await api.request("PATCH", `/repos/${repo.owner}/${repo.repo}/issues/comments/${existing.id}`, {
			body: { body: text },
		});
		return { action: "updated", id: existing.id };
	}
	const created = await api.request<IssueComment>(
		"POST",
		`/repos/${repo.owner}/${repo.repo}/issues/${issue}/comments`,
		{
			body: { body: text },
		},
	);
	return { action: "created", id: created.id };
}
