/**
 * One job of a workflow as a runner runs it, for the action's end-to-end tests: dist/main.js, then
 * the job's tests (a real traced program), then dist/post.js, as processes with the runner's
 * environment (INPUT_*, GITHUB_STATE fed back to post as STATE_*, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, a pull_request event) against a fake GitHub.
 */
import { chownSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
	actionEntry,
	actionYml,
	type FakeGitHub,
	fakeRuntimeToken,
	inputEnv,
	mergeActionYml,
	readFileCommands,
	runStep,
	type StepResult,
} from "./fakeGitHub.js";

export const PR = 7;
let runId = 2000;

export interface JobResult {
	main: StepResult;
	post: StepResult;
	outputs: Record<string, string>;
	/** What main saved for post. */
	state: Record<string, string>;
	summary: string;
	dir: string;
	reportDir: string;
}

export interface JobSpec {
	/** The job's folder: its workspace unless `workspace` is given, and its temp folder. */
	dir: string;
	inputs: Record<string, string>;
	/** The test step, run between main and post when main succeeded. */
	tests: () => void;
	env?: Record<string, string>;
	user?: { uid: number; gid: number };
	workspace?: string;
	/** The pull_request object of the event; the default names no commits. */
	pullRequest?: Record<string, unknown>;
}

interface JobFiles {
	state: string;
	output: string;
	summary: string;
}

/** The runner's environment of one step of a job: INPUT_* from `yml`'s defaults and `spec.inputs`. */
function stepEnvironment(
	fake: FakeGitHub,
	spec: JobSpec,
	yml: ReturnType<typeof actionYml>,
): { env: Record<string, string>; files: JobFiles; workspace: string } {
	const { dir, user } = spec;
	const workspace = spec.workspace ?? dir;
	const temp = join(dir, "temp");
	mkdirSync(temp, { recursive: true });
	const files = { state: join(dir, "state"), output: join(dir, "output"), summary: join(dir, "summary.md") };
	const event = join(dir, "event.json");
	const pullRequest = spec.pullRequest ?? { number: PR, base: { ref: "main" }, head: { ref: "topic" } };
	writeFileSync(event, JSON.stringify({ number: PR, pull_request: pullRequest }));
	for (const f of Object.values(files)) writeFileSync(f, "");
	if (user) {
		for (const p of [dir, temp, event, ...Object.values(files)]) chownSync(p, user.uid, user.gid);
	}
	const env: Record<string, string> = {
		...inputEnv({ "github-token": "ghs_fake", ...spec.inputs }, yml),
		GITHUB_ACTIONS: "true",
		GITHUB_WORKSPACE: workspace,
		RUNNER_TEMP: temp,
		// The daemon's state directory goes under os.tmpdir(): one per case, apart from anyone else's.
		TMPDIR: temp,
		GITHUB_STATE: files.state,
		GITHUB_OUTPUT: files.output,
		GITHUB_STEP_SUMMARY: files.summary,
		GITHUB_EVENT_PATH: event,
		GITHUB_EVENT_NAME: "pull_request",
		GITHUB_REPOSITORY: "octo/app",
		GITHUB_API_URL: fake.url,
		GITHUB_SERVER_URL: "https://github.com",
		GITHUB_WORKFLOW: "CI",
		GITHUB_WORKFLOW_REF: "octo/app/.github/workflows/ci.yml@refs/pull/7/merge",
		GITHUB_JOB: "coverage",
		GITHUB_ACTION: "__octo_xcover",
		GITHUB_RUN_ID: String(runId++),
		GITHUB_REF_NAME: "7/merge",
		ACTIONS_RESULTS_URL: `${fake.url}/`,
		ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken(),
		...spec.env,
	};
	return { env, files, workspace };
}

export async function runJob(fake: FakeGitHub, spec: JobSpec): Promise<JobResult> {
	const { env: stepEnv, files, workspace } = stepEnvironment(fake, spec, actionYml());
	const main = await runStep(actionEntry("main"), stepEnv, workspace, spec.user);
	if (main.code === 0) spec.tests();
	// The runner hands main's saved state to post as STATE_<name> variables.
	const saved = readFileCommands(files.state);
	const state = Object.fromEntries(Object.entries(saved).map(([k, v]) => [`STATE_${k}`, v]));
	const post = await runStep(actionEntry("post"), { ...stepEnv, ...state }, workspace, spec.user);
	return {
		main,
		post,
		state: saved,
		outputs: readFileCommands(files.output),
		summary: readFileSync(files.summary, "utf8"),
		dir: spec.dir,
		reportDir: join(workspace, "xcover-report"),
	};
}

/** A job whose one step is the merge action (merge/action.yml); `tests` is not run. */
export async function runMergeJob(
	fake: FakeGitHub,
	spec: Omit<JobSpec, "tests">,
): Promise<Omit<JobResult, "main" | "state">> {
	const { env, files, workspace } = stepEnvironment(fake, { ...spec, tests: () => {} }, mergeActionYml());
	const post = await runStep(actionEntry("merge"), env, workspace, spec.user);
	return {
		post,
		outputs: readFileCommands(files.output),
		summary: readFileSync(files.summary, "utf8"),
		dir: spec.dir,
		reportDir: join(workspace, "xcover-report"),
	};
}

export const messages = (r: StepResult, level: string) =>
	r.annotations.filter((a) => a.level === level).map((a) => a.message);
export const explain = (r: Pick<JobResult, "post"> & { main?: StepResult }) =>
	`${r.main ? `main ${r.main.code}:\n${r.main.stdout}${r.main.stderr}\n` : ""}post ${r.post.code}:\n${r.post.stdout}${r.post.stderr}`;
