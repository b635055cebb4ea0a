/**
 * The main step: check the runner, start the tracer daemon, and hand what post needs over through
 * the state. It runs after the build and before the tests, so the tests run traced.
 */

import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XcoverError } from "../errors.js";
import { Inputs, REPORT_JSON, START_TIMEOUT_MS, State } from "./constants.js";
import { type InputSource, parseInputs, runnerInputs } from "./inputs.js";
import { log } from "./log.js";
import { checkRunner, type RunnerFacts, runnerFacts } from "./runner.js";
import { runnerState, type StateProvider } from "./state.js";
import { cliError, runArgs, runCli, TracerError } from "./tracer.js";

export interface MainDeps {
	input: InputSource;
	state: StateProvider;
	facts: RunnerFacts;
	env: NodeJS.ProcessEnv;
	startTimeoutMs: number;
}

export function defaultMainDeps(): MainDeps {
	return {
		input: runnerInputs,
		state: runnerState,
		facts: runnerFacts(),
		env: process.env,
		startTimeoutMs: START_TIMEOUT_MS,
	};
}

/**
 * One folder per job step, in /tmp rather than the runner's temp folder: the daemon runs as root,
 * and a root-owned folder in RUNNER_TEMP would break a self-hosted runner's cleanup of it.
 */
export function stateDirFor(env: NodeJS.ProcessEnv, temp: string = tmpdir()): string {
	const key = [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT, env.GITHUB_JOB, env.GITHUB_ACTION || "xcover"]
		.filter((part) => part)
		.join("-")
		.replace(/[^A-Za-z0-9_.-]/g, "_")
		.slice(0, 60);
	return join(temp, `xcover-${key}`);
}

/** One line for the log and the run's annotations: what is wrong, then what to do. */
export function oneLine(err: unknown): string {
	const flat = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ").trim();
	if (err instanceof XcoverError) return `${flat(err.message)}. ${flat(err.hint)}`;
	return `internal error: ${flat(err instanceof Error ? err.message : String(err))}`;
}

export async function runMain(deps: MainDeps = defaultMainDeps()): Promise<number> {
	try {
		const inputs = parseInputs(deps.input, deps.env.GITHUB_WORKSPACE ?? process.cwd());
		const { sudo } = checkRunner(deps.facts);
		for (const p of inputs.paths) {
			if (!existsSync(p)) {
				throw new XcoverError(
					`input ${Inputs.Path}: ${p} does not exist`,
					"Build the program in a step before this one, or fix the path (relative paths start at working-directory)",
				);
			}
		}
		mkdirSync(inputs.outputDir, { recursive: true });
		const reportPath = join(inputs.outputDir, REPORT_JSON);
		const stateDir = stateDirFor(deps.env);
		deps.state.save(State.StateDir, stateDir);
		deps.state.save(State.ReportPath, reportPath);
		deps.state.save(State.Sudo, String(sudo));

		log.info(`xcover: tracing ${inputs.paths.join(", ")}${sudo ? " (through sudo)" : ""}`);
		const run = await runCli(sudo, runArgs(inputs, reportPath, stateDir), deps.startTimeoutMs);
		if (run.timedOut) {
			throw new TracerError(
				`xcover did not become ready within ${Math.round(deps.startTimeoutMs / 1000)} s`,
				`Trace fewer functions with include/exclude; the daemon's log is ${join(stateDir, "daemon.log")}`,
			);
		}
		if (run.code !== 0) {
			throw new TracerError(
				`the tracer did not start: ${cliError(run.output)}`,
				`Fix the cause above; the daemon's log is ${join(stateDir, "daemon.log")}`,
			);
		}
		deps.state.save(State.Started, "true");
		return 0;
	} catch (err) {
		log.failed(oneLine(err));
		return 1;
	}
}
