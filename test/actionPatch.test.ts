// xcover-test: root
/**
 * Patch coverage in the action, end to end: a repository built here (base commit, a head commit
 * that changes add and mul and adds divide), its head binary traced with real uprobes while the
 * job's tests run add and mul, and the post step of a pull_request event against the fake GitHub.
 * The numbers are the ones test/patch.test.ts proves against gcov for `xcover patch`.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { marked } from "marked";
import { commentMarker } from "../src/github/comments.js";
import { explain, type JobResult, messages, PR, runJob } from "./actionJob.js";
import { FakeGitHub } from "./fakeGitHub.js";
import { fixtures, must, needsBpf, workDir } from "./helpers.js";

const base = workDir("actionPatch");

interface Repository {
	dir: string;
	baseSha: string;
	headSha: string;
}

function makeRepository(dir: string): Repository {
	mkdirSync(dir, { recursive: true });
	const git = (...args: string[]) =>
		must("git", ["-C", dir, "-c", "user.email=ci@example.invalid", "-c", "user.name=ci", ...args]).trim();
	git("init", "-q", "-b", "main");
	copyFileSync(join(fixtures, "patch", "base.c"), join(dir, "calc.c"));
	writeFileSync(join(dir, "README.md"), "# calc\n");
	writeFileSync(join(dir, ".gitignore"), "calc\nxcover-report/\n");
	git("add", ".");
	git("commit", "-qm", "base");
	const baseSha = git("rev-parse", "HEAD");
	git("checkout", "-qb", "feature");
	copyFileSync(join(fixtures, "patch", "head.c"), join(dir, "calc.c"));
	writeFileSync(join(dir, "README.md"), "# calc\n\nAdds, subtracts, multiplies, divides.\n");
	git("commit", "-qam", "head");
	must("gcc", ["-O0", "-g", "-o", join(dir, "calc"), join(dir, "calc.c")]);
	return { dir, baseSha, headSha: git("rev-parse", "HEAD") };
}

/** `::warning file=…,line=…::message` lines of a step, with their properties decoded. */
function warningsOnFiles(stdout: string): { file: string; line: number; endLine: number; message: string }[] {
	const decode = (s: string) => s.replaceAll("%0A", "\n").replaceAll("%3A", ":").replaceAll("%2C", ",");
	return [...stdout.matchAll(/^::warning ([^:]*)::(.*)$/gm)].flatMap((m) => {
		const props = Object.fromEntries(
			(m[1] ?? "").split(",").map((kv) => {
				const at = kv.indexOf("=");
				return [kv.slice(0, at), decode(kv.slice(at + 1))];
			}),
		);
		if (props.file === undefined) return [];
		return [{ file: props.file, line: Number(props.line), endLine: Number(props.endLine), message: m[2] ?? "" }];
	});
}

describe("the action's patch coverage on a pull request", needsBpf, () => {
	const fake = new FakeGitHub();
	before(() => fake.start());
	after(() => fake.stop());

	async function job(name: string, inputs: Record<string, string>, pull?: Partial<Repository>): Promise<JobResult> {
		const dir = join(base, name);
		const repo = makeRepository(join(dir, "ws"));
		const calc = join(repo.dir, "calc");
		return runJob(fake, {
			dir,
			workspace: repo.dir,
			inputs: { path: "calc", include: "^(add|sub|mul|divide|main)$", baseline: "none", ...inputs },
			pullRequest: {
				number: PR,
				base: { ref: "main", sha: pull?.baseSha ?? repo.baseSha },
				head: { ref: "feature", sha: pull?.headSha ?? repo.headSha },
			},
			tests: () => {
				for (const args of [
					["add", "1", "2"],
					["mul", "3", "4"],
				]) {
					const r = spawnSync(calc, args, { encoding: "utf8" });
					assert.equal(r.status, 0, r.stderr);
				}
			},
		});
	}

	it("line granularity: outputs, a warning on each run of changed code not run, the section in summary and comment", async () => {
		const r = await job("line", { granularity: "line" });
		assert.equal(r.main.code, 0, explain(r));
		assert.equal(r.post.code, 0, explain(r));
		assert.equal(r.outputs["patch-coverage"], ((4 / 13) * 100).toFixed(2));
		assert.equal(r.outputs["patch-covered"], "4");
		assert.equal(r.outputs["patch-total"], "13");
		assert.match(r.post.stdout, /xcover: patch coverage 30\.77% \(4\/13 changed lines\)/);
		// The four runs test/patch.test.ts checks against gcov: add's clamp, mul's negative case,
		// divide, and main's new branch.
		const notes = warningsOnFiles(r.post.stdout);
		assert.deepEqual(
			notes.map((n) => n.file),
			["calc.c", "calc.c", "calc.c", "calc.c"],
		);
		assert.deepEqual(
			notes.map((n) => /of (\w+)\.$/.exec(n.message)?.[1]),
			["add", "mul", "divide", "main"],
		);
		assert.ok(notes.every((n) => n.endLine >= n.line && n.line > 0));
		for (const text of [r.summary, ourComment(fake)]) {
			const html = marked.parse(text, { async: false, gfm: true });
			assert.match(html, /<h3>Patch coverage: 30\.77%<\/h3>/);
			assert.match(html, /<td>calc\.c<\/td>/);
			// Links to the lines of the commit that was built, which is the checkout's HEAD.
			assert.match(html, /href="https:\/\/github\.com\/octo\/app\/blob\/[0-9a-f]{40}\/calc\.c#L\d+(-L\d+)?"/);
		}
	});

	it("function granularity: the changed functions, and patch-threshold passes at what they reach", async () => {
		const r = await job("function", { "patch-threshold": "75" });
		assert.equal(r.post.code, 0, explain(r));
		assert.deepEqual(
			[r.outputs["patch-coverage"], r.outputs["patch-covered"], r.outputs["patch-total"]],
			["75.00", "3", "4"],
		);
		const notes = warningsOnFiles(r.post.stdout);
		assert.equal(notes.length, 1);
		assert.match(
			notes[0]?.message ?? "",
			/^The tests did not run divide \(lines \d+–\d+\), which this pull request changes\.$/,
		);
	});

	it("patch-threshold fails the job below it, saying by how much; max-annotations caps the warnings", async () => {
		const r = await job("gate", { granularity: "line", "patch-threshold": "50", "max-annotations": "2" });
		assert.equal(r.post.code, 1, explain(r));
		assert.ok(
			messages(r.post, "error").some((m) =>
				/patch coverage 30\.77% is below the patch-threshold of 50%: 3 more of 13 changed lines must run/.test(m),
			),
			explain(r),
		);
		assert.equal(warningsOnFiles(r.post.stdout).length, 2);
		assert.match(r.post.stdout, /annotated 2 of 4 runs of changed code/);
		// Published before the gate: the outputs are there.
		assert.equal(r.outputs["patch-total"], "13");
	});

	it("annotations: false puts none on the diff", async () => {
		const r = await job("quiet", { granularity: "line", annotations: "false" });
		assert.equal(r.post.code, 0, explain(r));
		assert.deepEqual(warningsOnFiles(r.post.stdout), []);
		assert.equal(r.outputs["patch-covered"], "4");
	});

	it("a base commit the checkout lacks: a warning naming fetch-depth, no patch outputs, the gate said not applied", async () => {
		const r = await job("shallow", { "patch-threshold": "90" }, { baseSha: "0".repeat(40) });
		assert.equal(r.post.code, 0, explain(r));
		assert.ok(
			messages(r.post, "warning").some((m) =>
				/patch coverage was not computed: 0{40} is not a commit of the checkout .*fetch-depth: 0/.test(m),
			),
			explain(r),
		);
		assert.ok(messages(r.post, "warning").some((m) => /patch-threshold was not applied/.test(m)));
		assert.equal(r.outputs["patch-coverage"], "");
		assert.equal(r.outputs.coverage !== undefined, true);
	});
});

function ourComment(fake: FakeGitHub): string {
	const mine = (fake.comments.get(PR) ?? []).filter((c) => c.body.startsWith(commentMarker("CI/coverage")));
	assert.ok(mine.length > 0, "the action commented");
	return mine.at(-1)?.body ?? "";
}
