// xcover-test: root
/**
 * The action end to end, the way a runner runs it: dist/main.js, then the tests (a real traced
 * program), then dist/post.js, as processes with the runner's environment (INPUT_*, GITHUB_STATE
 * fed back to post as STATE_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, a pull_request event) against
 * a fake GitHub that also plays the artifact results service and blob storage.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { unzipSync } from "fflate";
import { commentMarker } from "../src/github/comments.js";
import { formatDelta } from "../src/report/diff.js";
import { explain, type JobResult, messages, PR, runJob } from "./actionJob.js";
import { FakeGitHub } from "./fakeGitHub.js";
import { compile, needsBpf, workDir } from "./helpers.js";

const base = workDir("actionRun");
let select: string;

/** One job whose tests run `select` with `calls` (it calls f<digit> for each digit). */
function job(
	fake: FakeGitHub,
	name: string,
	inputs: Record<string, string>,
	calls: string,
	env: Record<string, string> = {},
	user?: { uid: number; gid: number },
): Promise<JobResult> {
	return runJob(fake, {
		dir: join(base, name),
		// select is built outside the job's workspace: scope project would leave it all out.
		inputs: { path: select, include: "^f[0-9]$", scope: "binary", ...inputs },
		tests: () => {
			const r = spawnSync(select, [calls], { encoding: "utf8" });
			assert.equal(r.status, 0, r.stderr);
		},
		env,
		...(user ? { user } : {}),
	});
}

const ourComments = (fake: FakeGitHub, key = "CI/coverage") =>
	(fake.comments.get(PR) ?? []).filter((c) => c.body.startsWith(commentMarker(key)));

describe("the action on a pull request", needsBpf, () => {
	const fake = new FakeGitHub({ maxPerPage: 2 });
	let firstZip: Buffer | undefined;
	let secondZip: Buffer | undefined;

	before(async () => {
		select = compile(join(base, "select"), ["select.c"]);
		await fake.start();
		for (let i = 0; i < 3; i++) fake.addComment(PR, `a reviewer's remark ${i}`);
	});
	after(() => fake.stop());

	it("first run: traces, writes every report, uploads the artifact, comments, no baseline yet, threshold met", async () => {
		const r = await job(fake, "first", { threshold: "70" }, "0123456");
		assert.equal(r.main.code, 0, explain(r));
		assert.equal(r.post.code, 0, explain(r));
		assert.match(r.main.stdout + r.main.stderr, /xcover is ready/);
		assert.ok(r.state["xcover-state-dir"]?.startsWith(join(r.dir, "temp")), JSON.stringify(r.state));
		assert.equal(r.state["xcover-started"], "true");
		assert.equal(existsSync(r.state["xcover-state-dir"] as string), false, "post removed the tracer's state directory");
		assert.deepEqual(
			{ ...r.outputs, "report-dir": undefined, "report-json": undefined },
			{
				coverage: "70.00",
				covered: "7",
				total: "10",
				delta: "",
				"line-coverage": "",
				"lines-covered": "",
				"lines-total": "",
				// This event names no commits: no patch coverage.
				"patch-coverage": "",
				"patch-covered": "",
				"patch-total": "",
				"report-dir": undefined,
				"report-json": undefined,
			},
		);
		assert.equal(r.outputs["report-dir"], r.reportDir);
		assert.equal(r.outputs["report-json"], join(r.reportDir, "xcover-report.json"));
		for (const f of ["xcover-report.json", "cobertura.xml", "xcover-report.html", "xcover-summary.md"]) {
			assert.ok(existsSync(join(r.reportDir, f)), `${f} written`);
		}
		assert.ok(
			messages(r.post, "notice").some((m) => /no baseline: no successful run of ci\.yml on main yet/.test(m)),
			explain(r),
		);
		assert.match(r.summary, /70\.00%/);

		const upload = fake.uploads.get("xcover");
		assert.ok(upload?.finalized && upload.zip, "artifact created, uploaded to blob storage and finalized");
		const files = unzipSync(new Uint8Array(upload.zip));
		const onDisk = readdirSync(r.reportDir).sort();
		assert.deepEqual(onDisk, ["cobertura.xml", "xcover-report.html", "xcover-report.json", "xcover-summary.md"]);
		assert.deepEqual(Object.keys(files).sort(), onDisk);
		// The bytes, not only the names: the report uploaded is the one written.
		for (const f of onDisk) {
			assert.ok(
				Buffer.from(files[f] as Uint8Array).equals(readFileSync(join(r.reportDir, f))),
				`${f} uploaded as written`,
			);
		}
		assert.equal(JSON.parse(Buffer.from(files["xcover-report.json"] as Uint8Array).toString()).totals.covered, 7);
		const create = fake.calls("POST", /CreateArtifact$/)[0];
		// The backend ids come from the runtime token's scp claim.
		assert.match(create?.body.toString() ?? "", /"workflow_?[rR]un_?[bB]ackend_?[iI]d":"run-backend-1"/);
		firstZip = upload.zip;

		const ours = ourComments(fake);
		assert.equal(ours.length, 1);
		assert.match(ours[0]?.body ?? "", /70\.00%/);
		assert.ok((ours[0]?.body.length ?? 0) < 65536);
		assert.equal(fake.comments.get(PR)?.length, 4);
	});

	it("second push: baseline artifact found, delta right, comment updated in place", async () => {
		assert.ok(firstZip, "the first case uploaded a report");
		const baseRun = fake.addRun({ workflowFile: "ci.yml", branch: "main", event: "push", conclusion: "success" });
		fake.addArtifact(baseRun.id, "xcover", firstZip);
		fake.addRun({ workflowFile: "ci.yml", branch: "topic", event: "push", conclusion: "success" });
		const before = ourComments(fake)[0];
		const r = await job(fake, "second", {}, "01234");
		assert.equal(r.post.code, 0, explain(r));
		assert.equal(r.outputs.coverage, "50.00");
		assert.equal(r.outputs.delta, "-20.00");
		assert.ok(fake.calls("GET", /^\/storage\/artifacts\//).length > 0, "the baseline zip was downloaded");
		const ours = ourComments(fake);
		assert.equal(ours.length, 1, "updated, not duplicated");
		assert.equal(ours[0]?.id, before?.id);
		assert.ok(ours[0]?.body.includes(formatDelta(-20)), ours[0]?.body);
		assert.ok(r.summary.includes(formatDelta(-20)));
		assert.equal(fake.calls("PATCH", /\/issues\/comments\/\d+$/).length, 1);
		secondZip = fake.uploads.get("xcover")?.zip;
	});

	it("fail-on-decrease: a drop beyond the allowance fails the job and says by how much", async () => {
		const r = await job(fake, "decrease", { "fail-on-decrease": "5" }, "01234");
		assert.equal(r.post.code, 1, explain(r));
		assert.deepEqual(messages(r.post, "error"), [
			"coverage fell by 20.00 percentage points against the baseline (70.00% → 50.00%); fail-on-decrease allows 5.00 percentage points, so it missed by 15.00 percentage points",
		]);
		assert.equal(r.outputs.delta, "-20.00", "outputs and summary come before the gate");
		assert.ok(r.summary.length > 0);
		const within = await job(fake, "decrease-ok", { "fail-on-decrease": "25" }, "01234");
		assert.equal(within.post.code, 0, explain(within));
	});

	it("threshold missed: fails with the shortfall", async () => {
		const r = await job(fake, "threshold", { threshold: "80", baseline: "none" }, "0123456");
		assert.equal(r.post.code, 1, explain(r));
		assert.deepEqual(messages(r.post, "error"), [
			"coverage 70.00% is below the threshold of 80%: 10.00 percentage points short (1 more of 10 functions must run)",
		]);
		assert.equal(r.outputs.coverage, "70.00");
	});

	it("a damaged baseline file: a warning, no delta, the job still passes", async () => {
		const damaged = join(base, "damaged-baseline.json");
		writeFileSync(damaged, '{"schema_version": 1, "totals": {');
		const r = await job(fake, "damaged-baseline", { baseline: damaged, "fail-on-decrease": "true" }, "0123456");
		assert.equal(r.post.code, 0, explain(r));
		assert.ok(
			messages(r.post, "warning").some((m) => /baseline .*damaged-baseline\.json is not a readable report/.test(m)),
			explain(r),
		);
		assert.deepEqual(messages(r.post, "error"), []);
		assert.equal(r.outputs.delta, "");
		assert.equal(r.outputs.coverage, "70.00");
	});

	it("a matrix leg with its own artifact-name: its own artifact, baseline and comment", async () => {
		assert.ok(secondZip, "the second case uploaded a report");
		// The base branch's newest run holds this leg's artifact (50%); the default one's (70%) is older.
		const baseRun = fake.addRun({ workflowFile: "ci.yml", branch: "main", event: "push", conclusion: "success" });
		fake.addArtifact(baseRun.id, "xcover-leg2", secondZip);
		const defaultComment = ourComments(fake)[0];
		const patches = fake.calls("PATCH", /\/issues\/comments\/\d+$/).length;
		const r = await job(fake, "leg2", { "artifact-name": "xcover-leg2" }, "0123456");
		assert.equal(r.post.code, 0, explain(r));
		assert.equal(r.outputs.coverage, "70.00");
		assert.equal(r.outputs.delta, "20.00", "compared with this leg's artifact, not the default one");
		const upload = fake.uploads.get("xcover-leg2");
		assert.ok(upload?.finalized && upload.zip, explain(r));
		const ours = ourComments(fake, "CI/coverage/xcover-leg2");
		assert.equal(ours.length, 1);
		assert.ok(ours[0]?.body.includes(formatDelta(20)), ours[0]?.body);
		assert.equal(
			fake.calls("PATCH", /\/issues\/comments\/\d+$/).length,
			patches,
			"the default leg's comment untouched",
		);
		assert.equal((fake.comments.get(PR) ?? []).find((c) => c.id === defaultComment?.id)?.body, defaultComment?.body);
	});

	it("granularity line: line outputs, and the threshold applies to lines", async () => {
		// f0…f9 are one line each of select.c (a macro): 7 of 10 functions ran, and so did their line.
		const r = await job(
			fake,
			"lines",
			{ granularity: "line", threshold: "80", "artifact-name": "xcover-lines" },
			"0123456",
		);
		assert.equal(r.main.code, 0, explain(r));
		assert.equal(r.post.code, 0, explain(r));
		assert.equal(r.outputs.coverage, "70.00", "function coverage stays in coverage");
		assert.equal(r.outputs["line-coverage"], "100.00");
		assert.equal(r.outputs["lines-covered"], "1");
		assert.equal(r.outputs["lines-total"], "1");
		const report = JSON.parse(readFileSync(join(r.reportDir, "xcover-report.json"), "utf8"));
		assert.equal(report.granularity, "line");
		assert.match(readFileSync(join(r.reportDir, "cobertura.xml"), "utf8"), /<line number="\d+" hits="1"/);
		assert.deepEqual(messages(r.post, "error"), [], "80% of lines is met although 70% of functions is not");
	});
});

describe("the action without write access or without a runner that can trace", needsBpf, () => {
	const fake = new FakeGitHub();
	before(async () => {
		select ??= compile(join(base, "select"), ["select.c"]);
		await fake.start();
	});
	after(() => fake.stop());

	it("403 on the comment (a fork's token): a warning, the summary still written, the job passes", async () => {
		fake.options.commentWriteStatus = 403;
		const r = await job(fake, "forbidden", { threshold: "50" }, "0123456");
		assert.equal(r.post.code, 0, explain(r));
		assert.ok(
			messages(r.post, "warning").some((m) => /cannot comment on pull request #7 \(HTTP 403\).*workflow_run/.test(m)),
			explain(r),
		);
		assert.deepEqual(messages(r.post, "error"), []);
		assert.match(r.summary, /70\.00%/);
	});

	// A runner that cannot trace, for real: a runner user without root and without passwordless
	// sudo (the old kernel and the other runner checks are tested through RunnerFacts).
	const nobody = { uid: 65534, gid: 65534 };
	const sudoWorksFor = (u: typeof nobody) =>
		spawnSync("sudo", ["-n", "true"], { stdio: "ignore", uid: u.uid, gid: u.gid }).status === 0;
	it("a runner user without root or passwordless sudo: main fails with one line, post exits cleanly", {
		skip: process.getuid?.() !== 0 ? "runs the steps as another user, which needs root" : false,
	}, async () => {
		// The case needs a user the runner check must refuse; a machine that gives uid 65534
		// passwordless sudo cannot show it, and says so instead of passing silently.
		assert.equal(sudoWorksFor(nobody), false, "uid 65534 has passwordless sudo on this machine");
		// The work folder is made 0700; the runner user must reach its job folder in it.
		chmodSync(base, 0o755);
		const r = await job(fake, "no-root", {}, "0", {}, nobody);
		assert.equal(r.main.code, 1, explain(r));
		assert.deepEqual(
			messages(r.main, "error"),
			[
				"xcover needs root to load its BPF program, and `sudo -n true` fails on this runner. Give the runner user passwordless sudo (GitHub-hosted runners have it), or run the job as root",
			],
			explain(r),
		);
		assert.equal(r.post.code, 0, explain(r));
		assert.match(r.post.stdout, /the tracer was not started in the main step/);
		assert.deepEqual(r.outputs, {});
	});

	it("a binary that does not exist: main fails saying so, post exits cleanly", async () => {
		const r = await job(fake, "no-binary", { path: "build/server" }, "0");
		assert.equal(r.main.code, 1);
		assert.match(messages(r.main, "error")[0] ?? "", /^input path: .*build\/server does not exist\. Build the program/);
		assert.equal(r.post.code, 0, explain(r));
	});

	it("a bad input: main fails with one line, post exits cleanly", async () => {
		const r = await job(fake, "bad-input", { threshold: "lots" }, "0");
		assert.equal(r.main.code, 1);
		assert.match(messages(r.main, "error")[0] ?? "", /^input threshold: "lots" is not a number from 0 to 100\./);
		assert.equal(r.post.code, 0, explain(r));
	});
});
