/**
 * A local stand-in for the parts of GitHub the action talks to, started by a test on a free port:
 * the REST endpoints (issue comments with Link-header pagination, workflow runs, run artifacts,
 * artifact zip download answered with a 302 to a storage URL), the results-service Twirp API that
 * @actions/artifact calls, and the Azure blob PUTs its upload makes. It records every request.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { root } from "./helpers.js";

export interface RecordedRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	headers: IncomingMessage["headers"];
	body: Buffer;
}

export interface FakeComment {
	id: number;
	body: string;
	/** type "Bot" for logins ending in [bot], as GitHub answers; "User" for people. */
	user: { login: string; type: "Bot" | "User" };
}

export interface FakeRun {
	id: number;
	workflowFile: string;
	branch: string;
	event: string;
	conclusion: "success" | "failure";
}

export interface FakeArtifact {
	id: number;
	runId: number;
	name: string;
	zip: Uint8Array;
	expired?: boolean;
}

/** An artifact the action uploaded through the results service. */
export interface UploadedArtifact {
	name: string;
	created: boolean;
	finalized: boolean;
	zip: Buffer | undefined;
}

export interface FakeGitHubOptions {
	/** Caps per_page, so a test can make pagination happen with a handful of comments. */
	maxPerPage?: number;
	/** Status to answer to comment writes (POST/PATCH), e.g. 403 for a fork's read-only token. */
	commentWriteStatus?: number;
	/** Status to answer to comment updates (PATCH) only, e.g. 403 for another app's comment. */
	commentPatchStatus?: number;
	/** Origin the Link headers name instead of this server's, e.g. to check the client refuses it. */
	linkOrigin?: string;
	/** Origin of the storage URL the artifact download redirects to (any origin is fine there). */
	storageOrigin?: string;
}

export class FakeGitHub {
	readonly requests: RecordedRequest[] = [];
	readonly comments = new Map<number, FakeComment[]>();
	readonly runs: FakeRun[] = [];
	readonly artifacts: FakeArtifact[] = [];
	readonly uploads = new Map<string, UploadedArtifact>();
	options: FakeGitHubOptions;
	private server: Server | undefined;
	private nextId = 1000;
	/** Staged blocks of each blob being uploaded, by blob path and block id. */
	private blocks = new Map<string, Map<string, Buffer>>();

	constructor(options: FakeGitHubOptions = {}) {
		this.options = options;
	}

	get url(): string {
		const address = this.server?.address() as AddressInfo | null;
		if (!address) throw new Error("the fake GitHub server is not started");
		return `http://127.0.0.1:${address.port}`;
	}

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on("data", (c: Buffer) => chunks.push(c));
			req.on("end", () => {
				const url = new URL(req.url ?? "/", "http://fake");
				const recorded: RecordedRequest = {
					method: req.method ?? "GET",
					path: url.pathname,
					query: url.searchParams,
					headers: req.headers,
					body: Buffer.concat(chunks),
				};
				this.requests.push(recorded);
				try {
					this.route(recorded, res);
				} catch (err) {
					json(res, 500, { message: String(err) });
				}
			});
		});
		await new Promise<void>((done) => this.server?.listen(0, "127.0.0.1", done));
		return this;
	}

	async stop(): Promise<void> {
		const server = this.server;
		if (!server) return;
		server.closeAllConnections();
		await new Promise<void>((done) => server.close(() => done()));
	}

	id(): number {
		return this.nextId++;
	}

	addComment(issue: number, body: string, login = "someone"): FakeComment {
		const comment: FakeComment = {
			id: this.id(),
			body,
			user: { login, type: login.endsWith("[bot]") ? "Bot" : "User" },
		};
		this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
		return comment;
	}

	addRun(run: Omit<FakeRun, "id"> & { id?: number }): FakeRun {
		const full = { id: run.id ?? this.id(), ...run };
		this.runs.push(full);
		return full;
	}

	addArtifact(runId: number, name: string, zip: Uint8Array, expired = false): FakeArtifact {
		const artifact = { id: this.id(), runId, name, zip, expired };
		this.artifacts.push(artifact);
		return artifact;
	}

	/** Requests whose method and path match. */
	calls(method: string, path: RegExp): RecordedRequest[] {
		return this.requests.filter((r) => r.method === method && path.test(r.path));
	}

	/** Each endpoint: method, path pattern, handler with the pattern's groups. */
	private readonly routes: [string, RegExp, (m: string[], req: RecordedRequest, res: ServerResponse) => void][] = [
		[
			"GET",
			/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
			([, n], req, res) => {
				this.page(req, res, this.comments.get(Number(n)) ?? [], (items) => items);
			},
		],
		[
			"POST",
			/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
			([, n], req, res) => {
				if (this.options.commentWriteStatus) json(res, this.options.commentWriteStatus, forbidden);
				else json(res, 201, this.addComment(Number(n), bodyOf(req), "github-actions[bot]"));
			},
		],
		[
			"PATCH",
			/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/,
			([, id], req, res) => {
				const comment = [...this.comments.values()].flat().find((c) => c.id === Number(id));
				const status = this.options.commentWriteStatus ?? this.options.commentPatchStatus;
				if (status) json(res, status, forbidden);
				else if (!comment) json(res, 404, { message: "Not Found" });
				else {
					comment.body = bodyOf(req);
					json(res, 200, comment);
				}
			},
		],
		[
			"GET",
			/^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/runs$/,
			([, owner, repo, file], req, res) => {
				const branch = req.query.get("branch");
				const status = req.query.get("status");
				const runs = this.runs
					.filter((r) => r.workflowFile === decodeURIComponent(file ?? ""))
					.filter((r) => !branch || r.branch === branch)
					.filter((r) => !status || r.conclusion === status)
					.sort((a, b) => b.id - a.id)
					.map((r) => ({
						id: r.id,
						event: r.event,
						head_branch: r.branch,
						status: "completed",
						conclusion: r.conclusion,
						html_url: `https://github.com/${owner}/${repo}/actions/runs/${r.id}`,
					}));
				json(res, 200, { total_count: runs.length, workflow_runs: runs });
			},
		],
		[
			"GET",
			/^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/,
			([, runId], req, res) => {
				const name = req.query.get("name");
				const list = this.artifacts
					.filter((a) => a.runId === Number(runId) && (!name || a.name === name))
					.map((a) => ({ id: a.id, name: a.name, expired: a.expired ?? false, size_in_bytes: a.zip.length }));
				this.page(req, res, list, (items) => ({ total_count: list.length, artifacts: items }));
			},
		],
		[
			"GET",
			/^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/,
			([, id], _req, res) => {
				const artifact = this.artifacts.find((a) => a.id === Number(id));
				if (!artifact) json(res, 404, { message: "Not Found" });
				else {
					const origin = this.options.storageOrigin ?? this.url;
					res.writeHead(302, { location: `${origin}/storage/artifacts/${artifact.id}.zip?sig=signed` }).end();
				}
			},
		],
		[
			"GET",
			/^\/storage\/artifacts\/(\d+)\.zip$/,
			([, id], _req, res) => {
				const artifact = this.artifacts.find((a) => a.id === Number(id));
				if (!artifact) json(res, 404, { message: "Not Found" });
				else res.writeHead(200, { "content-type": "application/zip" }).end(Buffer.from(artifact.zip));
			},
		],
		[
			"POST",
			/^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/,
			([, method], req, res) => {
				this.twirp(method ?? "", req, res);
			},
		],
		["PUT", /^\/blob\//, (_m, req, res) => this.blobPut(req, res)],
	];

	private route(req: RecordedRequest, res: ServerResponse): void {
		for (const [method, pattern, handle] of this.routes) {
			const m = req.method === method ? pattern.exec(req.path) : null;
			if (m) {
				handle([...m], req, res);
				return;
			}
		}
		json(res, 404, { message: `Not Found: ${req.method} ${req.path}` });
	}

	/** Serves `items` a page at a time, with a Link header to the next page like the REST API. */
	private page<T>(req: RecordedRequest, res: ServerResponse, items: T[], wrap: (items: T[]) => unknown): void {
		const perPage = Math.min(Number(req.query.get("per_page") ?? 30), this.options.maxPerPage ?? 100);
		const page = Number(req.query.get("page") ?? 1);
		const slice = items.slice((page - 1) * perPage, page * perPage);
		const headers: Record<string, string> = {};
		if (page * perPage < items.length) {
			const next = new URLSearchParams(req.query);
			next.set("page", String(page + 1));
			const last = new URLSearchParams(req.query);
			last.set("page", String(Math.ceil(items.length / perPage)));
			const origin = this.options.linkOrigin ?? this.url;
			headers.link = `<${origin}${req.path}?${next}>; rel="next", <${origin}${req.path}?${last}>; rel="last"`;
		}
		json(res, 200, wrap(slice), headers);
	}

	private twirp(method: string, req: RecordedRequest, res: ServerResponse): void {
		const body = JSON.parse(req.body.toString() || "{}") as { name?: string; size?: string };
		const name = body.name ?? "";
		const upload = this.uploads.get(name);
		if (method === "CreateArtifact") {
			this.uploads.set(name, { name, created: true, finalized: false, zip: undefined });
			json(res, 200, { ok: true, signed_upload_url: `${this.url}/blob/artifacts/${name}.zip?sig=upload` });
		} else if (method === "FinalizeArtifact" && upload) {
			upload.finalized = true;
			upload.zip = this.blobs.get(`/blob/artifacts/${name}.zip`);
			json(res, 200, { ok: true, artifact_id: String(this.id()) });
		} else {
			json(res, 404, { code: "not_found", msg: `no ${method} for ${JSON.stringify(name)}` });
		}
	}

	/** Finished blobs, by path. */
	readonly blobs = new Map<string, Buffer>();

	/** Put Block (comp=block), Put Block List (comp=blocklist) and plain Put Blob, as Azure answers them. */
	private blobPut(req: RecordedRequest, res: ServerResponse): void {
		const comp = req.query.get("comp");
		const headers = {
			etag: `"0x${this.id().toString(16)}"`,
			"last-modified": new Date().toUTCString(),
			"x-ms-request-id": `req-${this.id()}`,
			"x-ms-version": String(req.headers["x-ms-version"] ?? "2025-01-05"),
			"x-ms-request-server-encrypted": "true",
		};
		if (comp === "block") {
			const id = req.query.get("blockid") ?? "";
			const staged = this.blocks.get(req.path) ?? new Map<string, Buffer>();
			staged.set(id, req.body);
			this.blocks.set(req.path, staged);
			res.writeHead(201, headers).end();
			return;
		}
		if (comp === "blocklist") {
			const staged = this.blocks.get(req.path) ?? new Map<string, Buffer>();
			const ids = [...req.body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]);
			this.blobs.set(req.path, Buffer.concat(ids.map((id) => staged.get(id ?? "") ?? Buffer.alloc(0))));
			this.blocks.delete(req.path);
			res.writeHead(201, headers).end();
			return;
		}
		this.blobs.set(req.path, req.body);
		res.writeHead(201, headers).end();
	}
}

const forbidden = {
	message: "Resource not accessible by integration",
	documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
};

function bodyOf(req: RecordedRequest): string {
	return (JSON.parse(req.body.toString()) as { body: string }).body;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(body));
}

/** An ACTIONS_RUNTIME_TOKEN @actions/artifact accepts: a JWT (unsigned; it only decodes it) with the scp claim. */
export function fakeRuntimeToken(runBackendId = "run-backend-1", jobBackendId = "job-backend-1"): string {
	const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
	return `${part({ alg: "none", typ: "JWT" })}.${part({ scp: `Actions.GenericRead:x Actions.Results:${runBackendId}:${jobBackendId}` })}.sig`;
}

// ---- The runner's side: what it reads from action.yml and how it runs a step. ----

/** The `inputs:`/`outputs:` blocks of action.yml: names, and each input's description and default. */
export function actionYml(text = readFileSync(join(root, "action.yml"), "utf8")) {
	const sections: Record<string, Map<string, Record<string, string>>> = { inputs: new Map(), outputs: new Map() };
	const runs: Record<string, string> = {};
	let section: string | undefined;
	let current: Record<string, string> | undefined;
	for (const line of text.split("\n")) {
		const top = /^(\w[\w-]*):/.exec(line);
		if (top) {
			section = top[1];
			current = undefined;
			continue;
		}
		const entry = /^ {2}([\w-]+):\s*(.*)$/.exec(line);
		if (entry && section === "runs") runs[entry[1] as string] = (entry[2] as string).trim();
		else if (entry && section && sections[section]) {
			current = {};
			sections[section]?.set(entry[1] as string, current);
		} else if (current) {
			const field = /^ {4}([\w-]+):\s*(.*)$/.exec(line);
			if (field) current[field[1] as string] = (field[2] as string).replace(/^"(.*)"$/, "$1");
		}
	}
	return { inputs: sections.inputs as Map<string, Record<string, string>>, outputs: sections.outputs, runs };
}

/** Reads the runner's `key<<DELIMITER … DELIMITER` file-command format (GITHUB_STATE, GITHUB_OUTPUT). */
export function readFileCommands(path: string): Record<string, string> {
	const out: Record<string, string> = {};
	if (!existsSync(path)) return out;
	const lines = readFileSync(path, "utf8").split("\n");
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] as string;
		const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
		if (heredoc) {
			const value: string[] = [];
			for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i] as string);
			out[heredoc[1] as string] = value.join("\n");
		} else if (line.includes("=")) {
			out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
		}
	}
	return out;
}

export interface StepResult {
	code: number;
	stdout: string;
	stderr: string;
	/** `::error::`, `::warning::` and `::notice::` annotations, in order. */
	annotations: { level: string; message: string }[];
}

/** The runner's environment for a step: inputs as INPUT_<NAME> (defaults from action.yml filled in). */
/** The merge action's metadata, parsed as actionYml parses the main one's. */
export function mergeActionYml() {
	return actionYml(readFileSync(join(root, "merge", "action.yml"), "utf8"));
}

export function inputEnv(inputs: Record<string, string>, yml = actionYml()): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [name, fields] of yml.inputs) {
		const value = inputs[name] ?? fields.default ?? "";
		env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value.startsWith("${{") ? "" : value;
	}
	return env;
}

/**
 * Runs one of the action's entry files as the runner does: a process with that environment, as
 * another user when `user` is given (a runner user without root or sudo).
 */
export function runStep(
	args: readonly string[],
	env: Record<string, string>,
	cwd: string,
	user?: { uid: number; gid: number },
): Promise<StepResult> {
	const base = Object.fromEntries(
		Object.entries(process.env).filter(([k]) => !/^(INPUT_|STATE_|GITHUB_|ACTIONS_|RUNNER_)/.test(k)),
	);
	return new Promise((done) => {
		const child = spawn(process.execPath, args, {
			cwd,
			env: { ...base, ...env },
			stdio: ["ignore", "pipe", "pipe"],
			...(user ?? {}),
		});
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (d: Buffer) => {
			stdout += d.toString();
		});
		child.stderr.on("data", (d: Buffer) => {
			stderr += d.toString();
		});
		child.on("close", (code) => {
			const annotations = [...stdout.matchAll(/^::(error|warning|notice)[^:]*::(.*)$/gm)].map((m) => ({
				level: m[1] as string,
				message: (m[2] as string).replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%"),
			}));
			done({ code: code ?? 128, stdout, stderr, annotations });
		});
	});
}

/** Set to 1 to run the action's TypeScript entries (src/action, through tsx) instead of dist/. */
export const FROM_SRC_ENV = "XCOVER_TEST_ACTION_FROM_SRC";

/**
 * The entry the runner would run: dist/<step>.js, which is what action.yml names. With
 * XCOVER_TEST_ACTION_FROM_SRC=1, the TypeScript entry through tsx (to test changes before
 * `npm run package`). A missing dist/ is an error, never a silent switch to src/.
 */
export function actionEntry(step: "main" | "post" | "merge", env: NodeJS.ProcessEnv = process.env): string[] {
	const source = step === "merge" ? "mergeMain" : step;
	if (env[FROM_SRC_ENV] === "1") return ["--import", "tsx", join(root, "src", "action", `${source}.ts`)];
	const bundled = join(root, "dist", `${step}.js`);
	if (!existsSync(bundled)) {
		throw new Error(`${bundled} is missing: run \`npm run package\`, or set ${FROM_SRC_ENV}=1 to test src/action`);
	}
	return [bundled];
}
