/**
 * One sticky comment per pull request (and per workflow job and artifact): found among the issue's
 * comments by a hidden HTML marker, updated in place on later pushes, created on the first.
 */
import { type GitHubApi, GitHubApiError } from "./api.js";
import type { RepoRef } from "./context.js";

export interface IssueComment {
	id: number;
	body?: string;
	user?: { login?: string; type?: string } | null;
}

/**
 * Invisible in the rendered comment; names the job so matrix or sibling jobs keep their own. The
 * key can neither end the HTML comment (`-->`, `--!>`) nor contain `--`, which HTML comments forbid.
 */
export function commentMarker(key: string): string {
	const safe = key
		.replace(/[<>\s]+/g, " ")
		.replace(/-{2,}/g, "-")
		.trim();
	return `<!-- xcover-coverage-comment ${safe} -->`;
}

/**
 * Our comment: it starts with the marker and a bot wrote it (on Actions the token is
 * github-actions[bot]). A person's comment that quotes or copies the marker is never taken.
 */
export function isOurComment(comment: IssueComment, marker: string): boolean {
	return comment.user?.type === "Bot" && (comment.body?.startsWith(marker) ?? false);
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
	return comments.find((c) => isOurComment(c, marker));
}

export interface StickyResult {
	action: "created" | "updated";
	id: number;
	/** Set when an existing comment could not be updated (another bot's, or deleted meanwhile). */
	replaced?: { id: number; status: number };
}

/**
 * Creates or updates the comment that starts with `marker`; `body` must not contain it already.
 * When the comment found cannot be updated (403: another app's bot wrote it; 404: deleted since),
 * a new one is created; only if that fails too does this throw.
 */
export async function upsertStickyComment(
	api: GitHubApi,
	repo: RepoRef,
	issue: number,
	marker: string,
	body: string,
): Promise<StickyResult> {
	const text = `${marker}\n${body}`;
	const existing = await findComment(api, repo, issue, marker);
	let replaced: StickyResult["replaced"];
	if (existing) {
		try {
			await api.request("PATCH", `/repos/${repo.owner}/${repo.repo}/issues/comments/${existing.id}`, {
				body: { body: text },
			});
			return { action: "updated", id: existing.id };
		} catch (err) {
			if (!(err instanceof GitHubApiError && (err.status === 403 || err.status === 404))) throw err;
			replaced = { id: existing.id, status: err.status };
		}
	}
	const created = await api.request<IssueComment>(
		"POST",
		`/repos/${repo.owner}/${repo.repo}/issues/${issue}/comments`,
		{
			body: { body: text },
		},
	);
	return replaced ? { action: "created", id: created.id, replaced } : { action: "created", id: created.id };
}
