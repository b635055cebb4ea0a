// xcover-test: rootless
/** src/github against the fake GitHub: sticky comments, typed API errors, the baseline lookup. */
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, it } from "node:test";
import { strToU8, zipSync } from "fflate";
import { ForeignOriginError, GitHubApi, GitHubApiError, nextLink } from "../src/github/api.js";
import { findBaseline } from "../src/github/baseline.js";
import { commentMarker, findComment, upsertStickyComment } from "../src/github/comments.js";
import { runContext, workflowFileOf } from "../src/github/context.js";
import { FakeGitHub } from "./fakeGitHub.js";

const repo = { owner: "octo", repo: "app" };
let fake: FakeGitHub;
let api: GitHubApi;

before(async () => {
	fake = await new FakeGitHub().start();
});
after(() => fake.stop());
beforeEach(() => {
	fake.requests.length = 0;
	fake.comments.clear();
	fake.runs.length = 0;
	fake.artifacts.length = 0;
	fake.options = {};
	api = new GitHubApi({ baseUrl: fake.url, token: "t0ken" });
});

describe("sticky comment", () => {
	const marker = commentMarker("CI/coverage");

	it("is created on the first run, with the marker first and the token sent", async () => {
		const r = await upsertStickyComment(api, repo, 7, marker, "coverage 70%");
		assert.equal(r.action, "created");
		const comments = fake.comments.get(7) ?? [];
		assert.equal(comments.length, 1);
		assert.equal(comments[0]?.body, `${marker}\ncoverage 70%`);
		assert.equal(fake.calls("POST", /\/issues\/7\/comments$/)[0]?.headers.authorization, "Bearer t0ken");
	});

	it("is updated in place, not duplicated, on the next run", async () => {
		const first = await upsertStickyComment(api, repo, 7, marker, "coverage 70%");
		const second = await upsertStickyComment(api, repo, 7, marker, "coverage 80%");
		assert.equal(second.action, "updated");
		assert.equal(second.id, first.id);
		assert.deepEqual(
			(fake.comments.get(7) ?? []).map((c) => c.body),
			[`${marker}\ncoverage 80%`],
		);
		assert.equal(fake.calls("PATCH", new RegExp(`/issues/comments/${first.id}$`)).length, 1);
	});

	it("is found on a later page of a long discussion (Link headers followed)", async () => {
		fake.options.maxPerPage = 2;
		for (let i = 0; i < 5; i++) fake.addComment(7, `review remark ${i}`);
		fake.addComment(7, `quoting: ${marker} is not ours because it does not start with it`);
		const ours = fake.addComment(7, `${marker}\nold`, "github-actions[bot]");
		fake.addComment(7, "later remark");
		const found = await findComment(api, repo, 7, marker);
		assert.equal(found?.id, ours.id);
		assert.equal(fake.calls("GET", /\/issues\/7\/comments$/).length, 4);
		const r = await upsertStickyComment(api, repo, 7, marker, "new");
		assert.deepEqual(r, { action: "updated", id: ours.id });
		assert.equal((fake.comments.get(7) ?? []).filter((c) => c.body.startsWith(marker)).length, 1);
	});

	it("leaves a person's comment that starts with the marker alone and posts its own", async () => {
		const human = fake.addComment(7, `${marker}\ncopied from the bot`, "reviewer");
		const r = await upsertStickyComment(api, repo, 7, marker, "coverage 70%");
		assert.equal(r.action, "created");
		assert.notEqual(r.id, human.id);
		assert.equal(fake.calls("PATCH", /\/issues\/comments\//).length, 0);
		assert.deepEqual(
			(fake.comments.get(7) ?? []).map((c) => [c.user.type, c.body]),
			[
				["User", `${marker}\ncopied from the bot`],
				["Bot", `${marker}\ncoverage 70%`],
			],
		);
		const again = await upsertStickyComment(api, repo, 7, marker, "coverage 80%");
		assert.deepEqual(again, { action: "updated", id: r.id });
		assert.equal(human.body, `${marker}\ncopied from the bot`);
	});

	for (const status of [403, 404]) {
		it(`posts a new comment when the one found cannot be updated (PATCH ${status})`, async () => {
			const other = fake.addComment(7, `${marker}\nby another app`, "some-app[bot]");
			fake.options.commentPatchStatus = status;
			const r = await upsertStickyComment(api, repo, 7, marker, "coverage 70%");
			assert.equal(r.action, "created");
			assert.deepEqual(r.replaced, { id: other.id, status });
			assert.equal(fake.calls("PATCH", new RegExp(`/issues/comments/${other.id}$`)).length, 1);
			assert.equal(fake.calls("POST", /\/issues\/7\/comments$/).length, 1);
			assert.deepEqual(
				(fake.comments.get(7) ?? []).map((c) => c.body),
				[`${marker}\nby another app`, `${marker}\ncoverage 70%`],
			);
		});
	}

	it("throws only when the new comment cannot be posted either", async () => {
		fake.addComment(7, `${marker}\nold`, "github-actions[bot]");
		fake.options.commentWriteStatus = 403;
		await assert.rejects(
			() => upsertStickyComment(api, repo, 7, marker, "x"),
			(err: unknown) => err instanceof GitHubApiError && err.status === 403,
		);
		assert.equal(fake.calls("PATCH", /\/issues\/comments\//).length, 1);
		assert.equal(fake.calls("POST", /\/issues\/7\/comments$/).length, 1);
	});

	it("markers: no `--` inside, whatever the key; distinct keys stay distinct", () => {
		for (const key of ["a---b", "CI/x--y", "a->-b", "a-->b", "a--!>b", "x<!--y", "-", "a -- b"]) {
			const m = commentMarker(key);
			const inner = m.slice("<!-- ".length, -" -->".length);
			assert.doesNotMatch(inner, /--|>|</, `${key} → ${m}`);
		}
		assert.equal(commentMarker("CI/coverage"), "<!-- xcover-coverage-comment CI/coverage -->");
		assert.equal(commentMarker("a---b"), "<!-- xcover-coverage-comment a-b -->");
		assert.notEqual(commentMarker("CI/unit"), commentMarker("CI/integration"));
	});

	it("keeps two jobs' comments apart", async () => {
		await upsertStickyComment(api, repo, 7, commentMarker("CI/unit"), "a");
		await upsertStickyComment(api, repo, 7, commentMarker("CI/integration"), "b");
		assert.equal(fake.comments.get(7)?.length, 2);
	});

	it("a read-only token's 403 becomes a typed error with the status and a hint", async () => {
		fake.options.commentWriteStatus = 403;
		await assert.rejects(
			() => upsertStickyComment(api, repo, 7, marker, "x"),
			(err: unknown) => {
				assert.ok(err instanceof GitHubApiError);
				assert.equal(err.status, 403);
				assert.ok(err.forbidden);
				assert.match(err.message, /answered 403: Resource not accessible by integration/);
				assert.match(err.hint, /pull-requests: write/);
				return true;
			},
		);
	});
});

describe("baseline lookup", () => {
	const zip = zipSync({ "xcover-report.json": strToU8('{"hello":1}'), "index.html": strToU8("<html>") });
	const query = {
		workflowFile: "ci.yml",
		branch: "main",
		currentRunId: 999,
		artifactName: "xcover",
		fileName: "xcover-report.json",
	};

	it("takes the newest successful push run on the base branch and follows the 302 without the token", async () => {
		const old = fake.addRun({ workflowFile: "ci.yml", branch: "main", event: "push", conclusion: "success" });
		fake.addArtifact(old.id, "xcover", zipSync({ "xcover-report.json": strToU8('{"old":1}') }));
		const newest = fake.addRun({ workflowFile: "ci.yml", branch: "main", event: "push", conclusion: "success" });
		fake.addArtifact(newest.id, "other", zipSync({ "x.txt": strToU8("x") }));
		fake.addArtifact(newest.id, "xcover", zip);
		fake.addRun({ workflowFile: "ci.yml", branch: "main", event: "pull_request", conclusion: "success" });
		fake.addRun({ workflowFile: "ci.yml", branch: "main", event: "push", conclusion: "failure" });
		fake.addRun({ workflowFile: "other.yml", branch: "main", event: "push", conclusion: "success" });

		const r = await findBaseline(api, repo, query);
		assert.ok(r.found);
		assert.equal(r.run.id, newest.id);
		assert.equal(Buffer.from(r.content).toString(), '{"hello":1}');
		const list = fake.calls("GET", /\/actions\/workflows\/ci\.yml\/runs$/)[0];
		assert.equal(list?.query.get("branch"), "main");
		assert.equal(list?.query.get("status"), "success");
		const storage = fake.calls("GET", /^\/storage\//)[0];
		assert.ok(storage, "the zip was fetched from the storage URL");
		assert.equal(storage.headers.authorization, undefined);
	});

	it("skips runs whose artifact expired and finds an older one", async () => {
		const old = fake.addRun({ workflowFile: "ci.yml", branch: "main", event: "push", conclusion: "success" });
		fake.addArtifact(old.id, "xcover", zip);
		const newer = fake.addRun({ workflowFile: "ci.yml", branch: "main", event: "schedule", conclusion: "success" });
		fake.addArtifact(newer.id, "xcover", zip, true);
		const r = await findBaseline(api, repo, query);
		assert.ok(r.found);
		assert.equal(r.run.id, old.id);
	});

	it("says why when there is nothing to compare with", async () => {
		let r = await findBaseline(api, repo, query);
		assert.deepEqual(r, { found: false, reason: "no successful run of ci.yml on main yet" });
		const run = fake.addRun({ workflowFile: "ci.yml", branch: "main", event: "push", conclusion: "success" });
		r = await findBaseline(api, repo, query);
		assert.ok(!r.found && /have no xcover artifact/.test(r.reason));
		fake.addArtifact(run.id, "xcover", zipSync({ "other.json": strToU8("{}") }));
		r = await findBaseline(api, repo, query);
		assert.ok(!r.found && /has no xcover-report\.json/.test(r.reason));
		r = await findBaseline(api, repo, { ...query, branch: undefined });
		assert.ok(!r.found);
		r = await findBaseline(api, repo, { ...query, workflowFile: undefined });
		assert.ok(!r.found && /GITHUB_WORKFLOW_REF/.test(r.reason));
	});

	it("never takes the current run", async () => {
		fake.addRun({ id: 999, workflowFile: "ci.yml", branch: "main", event: "push", conclusion: "success" });
		fake.addArtifact(999, "xcover", zip);
		const r = await findBaseline(api, repo, query);
		assert.equal(r.found, false);
	});
});

describe("the token stays with the API's origin", () => {
	it("a Link header naming another origin is refused before anything is sent there", async () => {
		fake.options.maxPerPage = 1;
		for (let i = 0; i < 3; i++) fake.addComment(7, `remark ${i}`);
		// Same server, other origin: a request sent there would be recorded too.
		fake.options.linkOrigin = fake.url.replace("127.0.0.1", "localhost");
		await assert.rejects(
			() => findComment(api, repo, 7, commentMarker("CI/coverage")),
			(err: unknown) => {
				assert.ok(err instanceof ForeignOriginError, String(err));
				assert.match(err.message, /refusing to send the GitHub token to http:\/\/localhost:\d+/);
				return true;
			},
		);
		assert.equal(fake.requests.length, 1, "only the first page, on the API's origin, was requested");
	});

	it("an absolute URL is followed on the API's origin only", async () => {
		fake.addComment(7, "hello");
		const same = await api.request<unknown[]>("GET", `${fake.url}/repos/octo/app/issues/7/comments`);
		assert.equal(same.length, 1);
		for (const url of ["https://example.invalid/repos/x", fake.url.replace("http:", "https:"), "file:///etc/passwd"]) {
			await assert.rejects(() => api.request("GET", url), ForeignOriginError, url);
		}
		assert.equal(fake.requests.length, 1);
	});

	it("the artifact download still follows its redirect to storage on another origin, without the token", async () => {
		const run = fake.addRun({ workflowFile: "ci.yml", branch: "main", event: "push", conclusion: "success" });
		const artifact = fake.addArtifact(run.id, "xcover", zipSync({ "xcover-report.json": strToU8("{}") }));
		fake.options.storageOrigin = fake.url.replace("127.0.0.1", "localhost");
		const zip = await api.download(`/repos/octo/app/actions/artifacts/${artifact.id}/zip`);
		assert.deepEqual(zip, new Uint8Array(artifact.zip));
		const storage = fake.calls("GET", /^\/storage\//)[0];
		assert.equal(storage?.headers.host, new URL(fake.options.storageOrigin).host);
		assert.equal(storage?.headers.authorization, undefined);
	});
});

describe("run context", () => {
	it("reads the workflow file from GITHUB_WORKFLOW_REF", () => {
		assert.equal(workflowFileOf("octo/app/.github/workflows/ci.yml@refs/pull/7/merge"), "ci.yml");
		assert.equal(workflowFileOf("octo/app/.github/workflows/sub.d.yaml@refs/heads/main"), "sub.d.yaml");
		assert.equal(workflowFileOf(undefined), undefined);
	});

	it("compares a push with its own branch and a tag with nothing", () => {
		const push = runContext({ GITHUB_REPOSITORY: "octo/app", GITHUB_REF_NAME: "main", GITHUB_REF_TYPE: "branch" });
		assert.equal(push.baselineBranch, "main");
		assert.equal(push.pullRequest, undefined);
		assert.equal(runContext({ GITHUB_REF_NAME: "v1", GITHUB_REF_TYPE: "tag" }).baselineBranch, undefined);
	});

	it("parses Link headers", () => {
		assert.equal(nextLink('<https://x/a?page=2>; rel="next", <https://x/a?page=5>; rel="last"'), "https://x/a?page=2");
		assert.equal(nextLink('<https://x/a?page=1>; rel="prev"'), undefined);
		assert.equal(nextLink(null), undefined);
	});
});
