// xcover-test: root
/**
 * The merge action end to end: matrix legs of one run trace the same program with real uprobes,
 * each running part of the tests and uploading its report as its own artifact without commenting;
 * a final job runs merge/action.yml (dist/merge.js), which finds the legs' artifacts through the
 * REST API of the fake GitHub, merges them, and posts one comment, the summary and the gates.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { MergeInputs, Outputs } from "../src/action/constants.js";
import { parsePublishInputs } from "../src/action/inputs.js";
import { artifactPattern } from "../src/action/merge.js";
import { commentMarker } from "../src/github/comments.js";
import type { CoverageReport } from "../src/report/report.js";
import { explain, messages, PR, runJob, runMergeJob } from "./actionJob.js";
import { FakeGitHub, mergeActionYml } from "./fakeGitHub.js";
import { compile, needsBpf, root, workDir } from "./helpers.js";

const base = workDir("actionMerge");
const RUN = "9100";

describe("artifact name patterns", () => {
	it("take * and ? as wildcards and everything else literally", () => {
		const p = artifactPattern("xcover-*");
		assert.ok(p.test("xcover-linux") && p.test("xcover-") && !p.test("xcover") && !p.test("my-xcover-a"));
		assert.ok(artifactPattern("cov-?").test("cov-1") && !artifactPattern("cov-?").test("cov-12"));
		assert.ok(artifactPattern("a.b+(c)").test("a.b+(c)") && !artifactPattern("a.b").test("axb"));
	});

	it("merge/action.yml runs the bundled merge entry and declares the outputs the post step sets", () => {
		const yml = mergeActionYml();
		assert.deepEqual(yml.runs, { using: "node24", main: "../dist/merge.js" });
		for (const [name, fields] of yml.inputs) {
			assert.ok(fields.description, `${name} has a description`);
			assert.ok("default" in fields, `${name} has a default`);
		}
		// Exactly the inputs the code reads: the publishing ones and the merge's own.
		const read = new Set<string>(Object.values(MergeInputs));
		parsePublishInputs((name) => {
			read.add(name);
			return yml.inputs.get(name)?.default?.startsWith("${{") ? "" : (yml.inputs.get(name)?.default ?? "");
		}, "/ws");
		assert.deepEqual([...yml.inputs.keys()].sort(), [...read].sort());
		assert.deepEqual([...(yml.outputs?.keys() ?? [])].sort(), Object.values(Outputs).sort());
		const text = readFileSync(join(root, "merge", "action.yml"), "utf8");
		const expressions = text.split("\n").filter((l) => l.includes("${{"));
		// biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
		assert.deepEqual(expressions, ["    default: ${{ github.token }}"]);
	});
});

describe("the merge action over matrix legs", needsBpf, () => {
	const fake = new FakeGitHub();
	let select: string;
	before(async () => {
		select = compile(join(base, "select"), ["select.c"]);
		await fake.start();
	});
	after(() => fake.stop());

	/** One matrix leg: runs `calls` of select, uploads xcover-NAME, adds it to the run's artifacts. */
	async function leg(name: string, calls: string): Promise<void> {
		const r = await runJob(fake, {
			dir: join(base, name),
			inputs: {
				path: select,
				include: "^f[0-9]$",
				scope: "binary",
				comment: "false",
				"artifact-name": `xcover-${name}`,
			},
			env: { GITHUB_RUN_ID: RUN, GITHUB_JOB: "test" },
			tests: () => {
				const t = spawnSync(select, [calls], { encoding: "utf8" });
				assert.equal(t.status, 0, t.stderr);
			},
		});
		assert.equal(r.post.code, 0, explain(r));
		const upload = fake.uploads.get(`xcover-${name}`);
		assert.ok(upload?.zip, `leg ${name} uploaded its report`);
		// GitHub lists an artifact of a run as soon as its job finalized it.
		fake.addArtifact(Number(RUN), `xcover-${name}`, upload.zip);
	}

	const merge = (name: string, inputs: Record<string, string>) =>
		runMergeJob(fake, {
			dir: join(base, name),
			inputs: { expected: "xcover-linux\nxcover-mac\nxcover-windows", baseline: "none", ...inputs },
			env: { GITHUB_RUN_ID: RUN, GITHUB_JOB: "coverage" },
		});
	const ours = () => (fake.comments.get(PR) ?? []).filter((c) => c.body.startsWith(commentMarker("CI/coverage")));

	it("merges the legs' artifacts into one report, names the leg that is missing, posts one comment", async () => {
		await leg("linux", "0123");
		await leg("mac", "2345");
		// Another tool's artifact in the same run is not taken.
		fake.addArtifact(Number(RUN), "test-logs", new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
		assert.equal(ours().length, 0, "the legs did not comment");

		const r = await merge("merge", { threshold: "50" });
		assert.equal(r.post.code, 0, explain(r));
		assert.match(r.post.stdout, /xcover: merged 2 reports: xcover-linux, xcover-mac/);
		assert.ok(
			messages(r.post, "warning").some((m) => /no artifact xcover-windows in this run/.test(m)),
			explain(r),
		);
		// f0..f5 ran in one leg or the other: 6 of 10.
		assert.deepEqual([r.outputs.coverage, r.outputs.covered, r.outputs.total], ["60.00", "6", "10"]);
		const merged = JSON.parse(readFileSync(join(r.reportDir, "xcover-report.json"), "utf8")) as CoverageReport;
		assert.deepEqual(
			merged.binaries[0]?.functions
				.filter((f) => f.covered)
				.map((f) => f.name)
				.sort(),
			["f0", "f1", "f2", "f3", "f4", "f5"],
		);
		assert.equal(ours().length, 1);
		assert.match(ours()[0]?.body ?? "", /60\.00%/);
		assert.match(r.summary, /60\.00%/);
		assert.ok(fake.uploads.get("xcover")?.finalized, "the merged report is its own artifact");
	});

	it("run again (a re-run, or a later push), it updates its one comment in place; the gate fails below it", async () => {
		const first = ours()[0];
		const r = await merge("merge-again", { threshold: "70" });
		assert.equal(r.post.code, 1, explain(r));
		assert.ok(
			messages(r.post, "error").some((m) => /coverage 60\.00% is below the threshold of 70%/.test(m)),
			explain(r),
		);
		assert.equal(ours().length, 1);
		assert.equal(ours()[0]?.id, first?.id);
	});

	it("no matching artifact: fails in one line saying what to do", async () => {
		const r = await merge("merge-none", { pattern: "nothing-*" });
		assert.equal(r.post.code, 1);
		assert.ok(
			messages(r.post, "error").some((m) => /no artifact of run 9100 matches "nothing-\*".*needs:/.test(m)),
			explain(r),
		);
	});
});
