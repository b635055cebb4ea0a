// xcover-test: rootless
/** The action's pieces without a runner: action.yml against the code, inputs, runner checks, gates. */
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { loadBaseline } from "../src/action/baseline.js";
import { type InputName, Inputs, MAX_COMMENT_LENGTH, Outputs, State } from "../src/action/constants.js";
import { commentKey, commentMarkdown, runPost } from "../src/action/finish.js";
import { decreaseFailure, functionsShort, thresholdFailure } from "../src/action/gates.js";
import { ActionInputError, type ActionInputs, parseBoolean, parseInputs } from "../src/action/inputs.js";
import { checkRunner, RunnerError, type RunnerFacts } from "../src/action/runner.js";
import { oneLine, runMain, stateDirFor } from "../src/action/start.js";
import { memoryState } from "../src/action/state.js";
import { cliCommand, cliError, runArgs } from "../src/action/tracer.js";
import { commentMarker } from "../src/github/comments.js";
import { runContext } from "../src/github/context.js";
import { diffReports } from "../src/report/diff.js";
import { formatJson } from "../src/report/json.js";
import { actionYml } from "./fakeGitHub.js";
import { sampleReport } from "./fixtures/report/sample.js";
import { root, workDir } from "./helpers.js";

/**
 * Runs `fn` with stdout captured (where @actions/core writes ::error::, ::warning:: and logs) and
 * process.exitCode restored (core.setFailed sets it).
 */
async function captured<T>(fn: () => Promise<T>): Promise<{ value: T; out: string; annotations: string[] }> {
	const write = process.stdout.write;
	const exitCode = process.exitCode;
	let out = "";
	process.stdout.write = ((chunk: string | Uint8Array) => {
		out += String(chunk);
		return true;
	}) as typeof process.stdout.write;
	try {
		const value = await fn();
		return { value, out, annotations: out.split("\n").filter((l) => l.startsWith("::")) };
	} finally {
		process.stdout.write = write;
		process.exitCode = exitCode;
	}
}

/** Inputs as the runner gives them: every declared input, with its default unless overridden. */
function withDefaults(overrides: Partial<Record<InputName, string>> = {}): (name: InputName) => string {
	const { inputs } = actionYml();
	return (name) => overrides[name] ?? inputs.get(name)?.default ?? "";
}

const parse = (overrides: Partial<Record<InputName, string>>): ActionInputs =>
	parseInputs(withDefaults({ path: "./build/server", "github-token": "tok", ...overrides }), "/ws");

function rejects(overrides: Partial<Record<InputName, string>>, message: RegExp): void {
	assert.throws(
		() => parse(overrides),
		(err: unknown) => {
			assert.ok(err instanceof ActionInputError, String(err));
			const line = oneLine(err);
			assert.match(line, message);
			assert.doesNotMatch(line, /\n/);
			return true;
		},
	);
}

describe("action.yml", () => {
	const yml = actionYml();

	it("runs main and post on node24, post always", () => {
		assert.deepEqual(yml.runs, { using: "node24", main: "dist/main.js", post: "dist/post.js", "post-if": "always()" });
	});

	it("declares exactly the inputs the code reads, each documented and with a default", () => {
		assert.deepEqual([...yml.inputs.keys()].sort(), Object.values(Inputs).sort());
		for (const [name, fields] of yml.inputs) {
			assert.ok(fields.description, `${name} has a description`);
			assert.ok("default" in fields, `${name} has a default`);
			assert.match(name, /^[a-z]+(-[a-z]+)*$/, `${name} is kebab-case`);
		}
		const read = new Set<string>();
		parseInputs((name) => {
			read.add(name);
			return withDefaults({ path: "x" })(name);
		}, "/ws");
		assert.deepEqual([...read].sort(), [...yml.inputs.keys()].sort());
	});

	it("declares exactly the outputs post sets", () => {
		assert.deepEqual([...(yml.outputs?.keys() ?? [])].sort(), Object.values(Outputs).sort());
		const finish = readFileSync(join(root, "src", "action", "finish.ts"), "utf8");
		for (const key of Object.keys(Outputs)) assert.match(finish, new RegExp(`setOutput\\(Outputs\\.${key},`));
		for (const [name, fields] of yml.outputs ?? []) assert.ok(fields.description, `${name} has a description`);
	});

	it("has no expression in a description (the runner evaluates them there and fails to load the action)", () => {
		const text = readFileSync(join(root, "action.yml"), "utf8");
		const lines = text.split("\n").filter((l) => l.includes("${{"));
		// biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
		assert.deepEqual(lines, ["    default: ${{ github.token }}"]);
	});

	it("state keys are distinct", () => {
		assert.equal(new Set(Object.values(State)).size, Object.values(State).length);
	});
});

describe("inputs", () => {
	it("defaults", () => {
		const i = parse({});
		assert.deepEqual(i.paths, ["/ws/build/server"]);
		assert.equal(i.mode, "first-hit");
		assert.equal(i.granularity, "function");
		assert.equal(parse({ granularity: "line" }).granularity, "line");
		assert.deepEqual(i.formats, ["json", "cobertura", "html", "markdown"]);
		assert.equal(i.outputDir, "/ws/xcover-report");
		assert.equal(i.threshold, undefined);
		assert.equal(i.maxDecrease, undefined);
		assert.equal(i.comment, true);
		assert.deepEqual(i.baseline, { kind: "auto" });
		assert.equal(i.workingDirectory, "/ws");
		assert.deepEqual(i.include, []);
		assert.equal(i.artifactName, "xcover");
	});

	it("artifact-name: one per matrix leg or job", () => {
		assert.equal(parse({ "artifact-name": " xcover-ubuntu-24.04 " }).artifactName, "xcover-ubuntu-24.04");
		assert.equal(parse({ "artifact-name": "" }).artifactName, "xcover");
		rejects(
			{ "artifact-name": "cov/linux" },
			/^input artifact-name: "cov\/linux" holds a character artifact names cannot have .*matrix leg or job/,
		);
	});

	it("booleans: one reading for comment and fail-on-decrease", () => {
		for (const yes of ["true", "True", "YES", "yes", "on", "ON", "1"]) assert.equal(parseBoolean(yes), true, yes);
		for (const no of ["false", "FALSE", "no", "No", "off", "0"]) assert.equal(parseBoolean(no), false, no);
		for (const other of ["", "y", "2", "enabled"]) assert.equal(parseBoolean(other), undefined, other);
		for (const [text, comment, maxDecrease] of [
			["yes", true, 0],
			["on", true, 0],
			["TRUE", true, 0],
			["no", false, undefined],
			["off", false, undefined],
			["False", false, undefined],
		] as const) {
			assert.equal(parse({ comment: text }).comment, comment, `comment: ${text}`);
			assert.equal(parse({ "fail-on-decrease": text }).maxDecrease, maxDecrease, `fail-on-decrease: ${text}`);
		}
		assert.equal(parse({ comment: "1" }).comment, true);
		assert.equal(parse({ comment: "0" }).comment, false);
		// fail-on-decrease reads numbers as numbers: 1 allows one point, 0 none.
		assert.equal(parse({ "fail-on-decrease": "1" }).maxDecrease, 1);
		assert.equal(parse({ "fail-on-decrease": "0" }).maxDecrease, 0);
		assert.equal(parse({ "fail-on-decrease": "0.5%" }).maxDecrease, 0.5);
	});

	it("multi-line lists, relative to working-directory", () => {
		const i = parse({
			path: "./build/server\n\n  lib/libfoo.so  \n# a comment\n/abs/bin\n",
			include: "^parse_\n^http::",
			exclude: "-leading-dash",
			"working-directory": "sub",
			baseline: "base/xcover-report.json",
			formats: "cobertura, lcov",
			mode: "count",
		});
		assert.deepEqual(i.paths, ["/ws/sub/build/server", "/ws/sub/lib/libfoo.so", "/abs/bin"]);
		assert.deepEqual(i.include, ["^parse_", "^http::"]);
		assert.deepEqual(i.exclude, ["-leading-dash"]);
		assert.deepEqual(i.baseline, { kind: "file", path: "/ws/sub/base/xcover-report.json" });
		assert.deepEqual(i.formats, ["json", "cobertura", "lcov"]);
		assert.equal(i.mode, "count");
	});

	it("gates", () => {
		assert.equal(parse({ threshold: "70" }).threshold, 70);
		assert.equal(parse({}).scope, "project");
		assert.equal(parse({ scope: "binary" }).scope, "binary");
		assert.equal(parse({ "patch-threshold": "80%" }).patchThreshold, 80);
		assert.equal(parse({}).patchThreshold, undefined);
		assert.equal(parse({}).maxAnnotations, 10);
		assert.equal(parse({ annotations: "off" }).annotations, false);
		assert.equal(parse({ threshold: "62.5%" }).threshold, 62.5);
		assert.equal(parse({ "fail-on-decrease": "true" }).maxDecrease, 0);
		assert.equal(parse({ "fail-on-decrease": "0.5" }).maxDecrease, 0.5);
		assert.equal(parse({ "fail-on-decrease": "False" }).maxDecrease, undefined);
		assert.equal(parse({ comment: "false" }).comment, false);
		assert.deepEqual(parse({ baseline: "none" }).baseline, { kind: "none" });
	});

	it("each bad value fails with one line saying what to write instead", () => {
		rejects({ path: "\n \n" }, /^input path: no binary to trace\. List the programs.*e\.g\. path: \.\/build\/server$/);
		rejects({ mode: "fast" }, /^input mode: "fast" is not a mode\. Write mode: first-hit .* or mode: count/);
		for (const dir of [".", "..", "/", "/ws", "./.git/x"]) {
			rejects(
				{ "output-dir": dir },
				/^input output-dir: .* holds the checkout: .*\.git\/config included\. Write a folder of its own/,
			);
		}
		assert.equal(parse({ "output-dir": "out/xcover" }).outputDir, "/ws/out/xcover");
		rejects(
			{ granularity: "lines" },
			/^input granularity: "lines" is not a granularity\. Write granularity: function .* or granularity: line/,
		);
		rejects({ scope: "repo" }, /^input scope: "repo" is not a scope\. Write scope: project .* or scope: binary/);
		rejects({ "patch-threshold": "most" }, /^input patch-threshold: "most" is not a number from 0 to 100/);
		rejects({ "max-annotations": "-1" }, /^input max-annotations: "-1" is not a whole number from 0 to 1000/);
		rejects({ annotations: "maybe" }, /^input annotations: "maybe" is not a boolean/);
		rejects(
			{ threshold: "seventy" },
			/^input threshold: "seventy" is not a number from 0 to 100\. Write .*threshold: 70/,
		);
		rejects({ threshold: "170" }, /^input threshold: "170" is not a number from 0 to 100/);
		rejects(
			{ "fail-on-decrease": "maybe" },
			/^input fail-on-decrease: "maybe" is not a boolean or a number from 0 to 100\. Write fail-on-decrease: false, true/,
		);
		rejects({ "fail-on-decrease": "150" }, /^input fail-on-decrease: "150" is not a number from 0 to 100/);
		rejects(
			{ comment: "sometimes" },
			/^input comment: "sometimes" is not a boolean\. Write comment: true or comment: false$/,
		);
		// The same check as the CLI's (compilePatterns), with its message.
		rejects(
			{ include: "^ok\n(unclosed" },
			/^input include: "\(unclosed": Invalid regular expression: .*Fix the regular expression: one JavaScript regular expression per line/,
		);
		rejects({ exclude: "a{2,1}" }, /^input exclude: "a\{2,1\}": Invalid regular expression/);
		rejects({ formats: "json,pdf" }, /^input formats: .*pdf.*e\.g\. formats: json,cobertura,html,markdown$/);
		rejects({ "output-dir": " " }, /^input output-dir: empty\. Write a directory/);
	});
});

describe("runner check", () => {
	const ok: RunnerFacts = {
		platform: "linux",
		arch: "x64",
		kernelRelease: "6.8.0-1017-azure",
		uid: 1001,
		sudoWorks: () => true,
	};
	const fails = (facts: Partial<RunnerFacts>, message: RegExp) =>
		assert.throws(
			() => checkRunner({ ...ok, ...facts }),
			(err: unknown) => err instanceof RunnerError && message.test(oneLine(err)) && !oneLine(err).includes("\n"),
		);

	it("a GitHub-hosted Ubuntu runner passes, through sudo, or directly as root", () => {
		assert.deepEqual(checkRunner(ok), { sudo: true });
		assert.deepEqual(checkRunner({ ...ok, kernelRelease: "6.17.0-1004-azure", arch: "arm64" }), { sudo: true });
		assert.deepEqual(
			checkRunner({
				...ok,
				uid: 0,
				sudoWorks: () => {
					throw new Error("not asked");
				},
			}),
			{ sudo: false },
		);
	});

	it("says what is wrong and what to do", () => {
		fails(
			{ platform: "darwin" },
			/needs Linux; this runner runs darwin\. Use a GitHub-hosted runner: runs-on: ubuntu-24.04/,
		);
		fails({ platform: "win32" }, /runs win32/);
		fails({ arch: "ia32" }, /x64 and arm64 runners; this one is ia32\. Use a GitHub-hosted/);
		fails(
			{ kernelRelease: "5.15.0-1057-azure" },
			/kernel 5\.15\.0-1057-azure is too old: xcover needs Linux 6\.6 or newer .*upgrade/,
		);
		fails({ kernelRelease: "6.5.0" }, /too old/);
		fails({ sudoWorks: () => false }, /`sudo -n true` fails on this runner\. Give the runner user passwordless sudo/);
	});

	it("main takes the runner's facts from its deps: an old kernel fails it with one line, before anything starts", async () => {
		const state = memoryState();
		const r = await captured(() =>
			runMain({
				input: withDefaults({ path: "./build/server" }),
				state,
				facts: { ...ok, kernelRelease: "5.15.0-1057-azure" },
				env: { GITHUB_WORKSPACE: "/nonexistent-ws" },
				startTimeoutMs: 1000,
			}),
		);
		assert.equal(r.value, 1);
		assert.equal(r.annotations.length, 1, r.out);
		assert.match(r.annotations[0] ?? "", /^::error::kernel 5\.15\.0-1057-azure is too old: xcover needs Linux 6\.6/);
		assert.deepEqual(state.values, {});
	});

	it("no shipped code reads a test-only environment variable", () => {
		const files = readdirSync(join(root, "src"), { recursive: true })
			.map(String)
			.filter((f) => f.endsWith(".ts"));
		assert.ok(files.length > 10);
		for (const f of files) {
			assert.doesNotMatch(readFileSync(join(root, "src", f), "utf8"), /XCOVER_(ACTION_)?TEST/, f);
		}
	});
});

describe("post step failures", () => {
	const dir = workDir("action-unit");
	const ctx = runContext({ GITHUB_REPOSITORY: "octo/app" });

	it("a damaged or missing baseline file is a warning and no delta", async () => {
		mkdirSync(dir, { recursive: true });
		const damaged = join(dir, "damaged.json");
		writeFileSync(damaged, '{"schema_version": 1, "totals": {');
		const r = await captured(() => loadBaseline({ kind: "file", path: damaged }, ctx, "", "xcover"));
		assert.equal(r.value, undefined);
		assert.equal(r.annotations.length, 1, r.out);
		assert.match(
			r.annotations[0] ?? "",
			/^::warning::xcover: baseline .*damaged\.json is not a readable report; no delta/,
		);
		const missing = await captured(() =>
			loadBaseline({ kind: "file", path: join(dir, "missing.json") }, ctx, "", "xcover"),
		);
		assert.equal(missing.value, undefined);
		assert.match(missing.annotations[0] ?? "", /^::warning::xcover: baseline .*missing\.json does not exist/);
	});

	it("anything unexpected fails post with one line, no stack, the not-started path included", async () => {
		const broken = (message: string) => ({
			save: () => {},
			get: (): string => {
				throw new Error(message);
			},
		});
		for (const state of [broken("state file unreadable\n    at somewhere (x.js:1:1)"), broken("boom")]) {
			const r = await captured(() =>
				runPost({ input: withDefaults({ path: "x" }), state, env: {}, stopTimeoutMs: 1000 }),
			);
			assert.equal(r.value, 1);
			assert.equal(r.annotations.length, 1, r.out);
			assert.match(r.annotations[0] ?? "", /^::error::internal error: (state file unreadable|boom)/);
			assert.doesNotMatch(r.out, /%0A|\n {4}at /);
		}
	});
});

describe("gates", () => {
	const totals = (covered: number, traced: number) => ({
		functions: traced,
		traced,
		covered,
		unprobeable: 0,
		percent: (covered / traced) * 100,
	});

	it("threshold: met exactly passes; a miss says by how much, in points and functions", () => {
		assert.equal(thresholdFailure(totals(7, 10), 70), undefined);
		assert.equal(thresholdFailure(totals(7, 10), undefined), undefined);
		assert.equal(
			thresholdFailure(totals(7, 10), 80),
			"coverage 70.00% is below the threshold of 80%: 10.00 percentage points short (1 more of 10 functions must run)",
		);
		assert.equal(functionsShort(totals(1, 3), 66.66), 1);
		assert.equal(functionsShort(totals(1, 3), 66.67), 2);
		assert.equal(functionsShort(totals(2, 3), 66.6), 0);
	});

	it("fail-on-decrease", () => {
		assert.equal(decreaseFailure(totals(7, 10), totals(5, 10), undefined), undefined);
		assert.equal(decreaseFailure(undefined, totals(5, 10), 0), undefined);
		assert.equal(decreaseFailure(totals(7, 10), totals(7, 10), 0), undefined);
		assert.equal(decreaseFailure(totals(7, 10), totals(6, 10), 10), undefined);
		assert.equal(
			decreaseFailure(totals(7, 10), totals(5, 10), 0.5),
			"coverage fell by 20.00 percentage points against the baseline (70.00% → 50.00%); fail-on-decrease allows 0.50 percentage points, so it missed by 19.50 percentage points",
		);
		assert.match(decreaseFailure(totals(7, 10), totals(6, 10), 0) ?? "", /no drop is allowed/);
	});
});

describe("plumbing", () => {
	it("starts the CLI with the Node.js that runs the action, through sudo -n when not root", () => {
		assert.deepEqual(cliCommand(true, ["stop"], "/a/dist/cli.js"), [
			"sudo",
			["-n", process.execPath, "/a/dist/cli.js", "stop"],
		]);
		assert.deepEqual(cliCommand(false, ["stop"], "/a/dist/cli.js"), [process.execPath, ["/a/dist/cli.js", "stop"]]);
	});

	it("passes every option as --name=value", () => {
		const inputs = parse({ include: "-x", exclude: "^std::", mode: "count", granularity: "line" });
		assert.deepEqual(runArgs(inputs, "/ws/xcover-report/xcover-report.json", "/tmp/s"), [
			"run",
			"--detach",
			"--path=/ws/build/server",
			"--include=-x",
			"--exclude=^std::",
			"--mode=count",
			"--granularity=line",
			"--scope=project",
			"--source-root=/ws",
			"--report=/ws/xcover-report/xcover-report.json",
			"--state-dir=/tmp/s",
		]);
	});

	it("repeats the CLI's error and hint as one line", () => {
		assert.equal(
			cliError("some log\nxcover: error: no such file /x\n  Check the --path.\n"),
			"no such file /x. Check the --path.",
		);
	});

	it("one state directory per job step", () => {
		const env = { GITHUB_RUN_ID: "42", GITHUB_RUN_ATTEMPT: "1", GITHUB_JOB: "test", GITHUB_ACTION: "__octo_xcover" };
		assert.equal(stateDirFor(env, "/tmp"), "/tmp/xcover-42-1-test-__octo_xcover");
		assert.equal(stateDirFor({ GITHUB_ACTION: "a/b c" }, "/tmp"), "/tmp/xcover-a_b_c");
	});

	it("memory state for tests", () => {
		const s = memoryState();
		s.save(State.Started, "true");
		assert.equal(s.get(State.Started), "true");
		assert.equal(s.get(State.StateDir), "");
	});

	it("the comment stays under GitHub's limit with its marker (formatMarkdown is the one cap)", () => {
		const report = JSON.parse(formatJson(sampleReport("/bin/server")));
		const base = JSON.parse(formatJson(sampleReport("/bin/server")));
		for (let i = 0; i < 3000; i++) {
			report.binaries[0].functions.push({
				names: [`f${i}_${"x".repeat(2000)}`],
				offset: 0x100000 + i,
				size: 1,
				covered: false,
				unprobeable: false,
				file: `/src/dir${i}/${"long_name_".repeat(400)}${i}.c`,
			});
		}
		const marker = commentMarker("x".repeat(300));
		for (const diff of [undefined, diffReports(base, report)]) {
			const md = commentMarkdown(marker, report, diff);
			assert.ok(`${marker}\n${md}`.length <= MAX_COMMENT_LENGTH, `${marker.length + 1 + md.length}`);
			assert.match(md, /cut to fit/);
		}
		assert.doesNotMatch(commentMarker("a-->b"), /-->b/);
	});

	it("one comment per workflow job, and per artifact-name (matrix legs share the job)", () => {
		const ctx = { workflow: "CI", job: "coverage" };
		assert.equal(commentKey(ctx, "xcover"), "CI/coverage", "the default keeps the earlier marker");
		assert.equal(commentKey(ctx, "xcover-ubuntu-24.04"), "CI/coverage/xcover-ubuntu-24.04");
		assert.notEqual(
			commentMarker(commentKey(ctx, "xcover-ubuntu-24.04")),
			commentMarker(commentKey(ctx, "xcover-ubuntu-22.04")),
		);
	});
});
