/**
 * A small client for the few REST endpoints the action calls, on fetch: JSON in and out, pages
 * followed through Link headers, and every failure a GitHubApiError that carries the HTTP status.
 */
import { errorMessage, XcoverError } from "../errors.js";
import { VERSION } from "../version.js";

export class GitHubApiError extends XcoverError {
	readonly status: number;

	constructor(method: string, path: string, status: number, detail: string) {
		super(
			`GitHub API ${method} ${path} answered ${status}${detail ? `: ${detail}` : ""}`,
			status === 401 || status === 403 || status === 404
				? "Check the job's permissions (pull-requests: write, actions: read) and the github-token input; pull requests from forks get a read-only token"
				: "GitHub may be having trouble; re-run the job",
		);
		this.status = status;
	}

	/** The token may not do this: a read-only token (forks), missing permissions, or not visible. */
	get forbidden(): boolean {
		return this.status === 401 || this.status === 403 || this.status === 404;
	}
}

/**
 * An absolute URL (a Link header's next page, a path given as a URL) on another origin than the
 * API's: refused before anything is sent, so the token never leaves for a host the API named.
 */
export class ForeignOriginError extends XcoverError {
	readonly url: string;

	constructor(url: string, apiOrigin: string) {
		let origin = url;
		try {
			origin = new URL(url).origin;
		} catch {
			// Not a URL at all: name it as given.
		}
		super(
			`refusing to send the GitHub token to ${origin}, which is not the API's origin ${apiOrigin}`,
			"GITHUB_API_URL names the API; a response that points elsewhere is not followed",
		);
		this.url = url;
	}
}

export interface GitHubApiOptions {
	/** https://api.github.com, or GITHUB_API_URL on GitHub Enterprise Server. */
	baseUrl: string;
	token: string;
	fetch?: typeof fetch;
}

/** Query values; undefined ones are left out. */
export type Query = Record<string, string | number | undefined>;

export class GitHubApi {
	private readonly baseUrl: string;
	private readonly origin: string;
	private readonly token: string;
	private readonly fetchImpl: typeof fetch;

	constructor(options: GitHubApiOptions) {
		this.baseUrl = options.baseUrl.replace(/\/+$/, "");
		this.origin = new URL(this.baseUrl).origin;
		this.token = options.token;
		this.fetchImpl = options.fetch ?? fetch;
	}

	/** A path under the API, or an absolute URL on the API's origin (anything else is refused). */
	private url(path: string, query: Query = {}): string {
		const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(path) ? this.sameOrigin(path) : `${this.baseUrl}${path}`);
		for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
		return url.href;
	}

	private sameOrigin(url: string): string {
		let origin: string | undefined;
		try {
			origin = new URL(url).origin;
		} catch {
			// Unparsable: refused below.
		}
		if (origin !== this.origin) throw new ForeignOriginError(url, this.origin);
		return url;
	}

	private headers(): Record<string, string> {
		const h: Record<string, string> = {
			accept: "application/vnd.github+json",
			"x-github-api-version": "2022-11-28",
			"user-agent": `xcover-action/${VERSION}`,
		};
		if (this.token) h.authorization = `Bearer ${this.token}`;
		return h;
	}

	/** Every request that carries the token goes through here, and only to the API's origin. */
	private async send(method: string, url: string, body?: unknown, redirect: "follow" | "manual" = "follow") {
		this.sameOrigin(url);
		const headers = this.headers();
		const init: RequestInit = { method, headers, redirect };
		if (body !== undefined) {
			init.body = JSON.stringify(body);
			headers["content-type"] = "application/json";
		}
		let response: Response;
		try {
			response = await this.fetchImpl(url, init);
		} catch (err) {
			throw new XcoverError(
				`cannot reach the GitHub API at ${new URL(url).origin}: ${errorMessage(err)}`,
				"Check the runner's network; GITHUB_API_URL names the API",
				{ cause: err },
			);
		}
		if (response.status >= 400) {
			let detail = "";
			try {
				const text = await response.text();
				const parsed = JSON.parse(text) as { message?: unknown };
				detail = typeof parsed.message === "string" ? parsed.message : text.slice(0, 200);
			} catch {
				// No readable body; the status says enough.
			}
			throw new GitHubApiError(method, new URL(url).pathname, response.status, detail);
		}
		return response;
	}

	async request<T>(method: "GET" | "POST" | "PATCH", path: string, options: { query?: Query; body?: unknown } = {}) {
		const response = await this.send(method, this.url(path, options.query), options.body);
		return (await response.json()) as T;
	}

	/** Every page of a list endpoint; `pick` takes the items out of a page (an array, or a field of it). */
	async paginate<P, T>(path: string, query: Query, pick: (page: P) => T[], maxPages = 100): Promise<T[]> {
		const items: T[] = [];
		let url: string | undefined = this.url(path, { per_page: 100, ...query });
		for (let page = 0; url && page < maxPages; page++) {
			const response = await this.send("GET", url);
			items.push(...pick((await response.json()) as P));
			url = nextLink(response.headers.get("link"));
		}
		return items;
	}

	/**
	 * Downloads a file the API answers with a redirect to storage (artifact zips): the token goes
	 * to the API only, never to the storage URL, which is signed already and may be on any origin.
	 */
	async download(path: string): Promise<Uint8Array> {
		const first = await this.send("GET", this.url(path), undefined, "manual");
		let response = first;
		if (first.status >= 300 && first.status < 400) {
			const location = first.headers.get("location");
			if (!location) throw new GitHubApiError("GET", path, first.status, "redirect without a Location");
			try {
				response = await this.fetchImpl(location);
			} catch (err) {
				throw new XcoverError(
					`cannot download ${new URL(location).origin}${new URL(location).pathname}: ${errorMessage(err)}`,
					"Check the runner's network",
					{ cause: err },
				);
			}
			if (!response.ok) throw new GitHubApiError("GET", new URL(location).pathname, response.status, "");
		}
		return new Uint8Array(await response.arrayBuffer());
	}
}

/** The rel="next" URL of a Link header. */
export function nextLink(header: string | null): string | undefined {
	if (!header) return undefined;
	for (const part of header.split(",")) {
		const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
		if (m) return m[1];
	}
	return undefined;
}
