/**
 * Starts and stops the xcover daemon through the CLI, as the runner user would from a shell:
 * `sudo -n node cli.js run --detach …` (no sudo when the job already runs as root), with the same
 * Node.js that runs the action. The daemon outlives the main step; post stops it.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { XcoverError } from "../errors.js";
import type { ActionInputs } from "./inputs.js";
import { lineEcho } from "./log.js";

export class TracerError extends XcoverError {}

const here = dirname(fileURLToPath(import.meta.url));

/** dist/cli.js next to the bundled action, or lib/cli/main.js when run from src/ in a checkout. */
export function cliPath(): string {
	const candidates = [join(here, "cli.js"), resolve(here, "..", "..", "lib", "cli", "main.js")];
	const found = candidates.find((p) => existsSync(p));
	if (!found) {
		throw new TracerError(
			`cannot find the xcover CLI (looked in ${candidates.join(", ")})`,
			"Use a released tag of the action, whose dist/ ships it, or run `npm run package`",
		);
	}
	return found;
}

/** The command line that runs the CLI with `args`, through `sudo -n` when not root. */
export function cliCommand(sudo: boolean, args: readonly string[], cli = cliPath()): [string, string[]] {
	return sudo ? ["sudo", ["-n", process.execPath, cli, ...args]] : [process.execPath, [cli, ...args]];
}

export function runArgs(inputs: ActionInputs, reportPath: string, stateDir: string): string[] {
	// `--name=value`, so a pattern starting with "-" is never taken for an option.
	return [
		"run",
		"--detach",
		...inputs.paths.map((p) => `--path=${p}`),
		...inputs.include.map((r) => `--include=${r}`),
		...inputs.exclude.map((r) => `--exclude=${r}`),
		`--mode=${inputs.mode}`,
		`--granularity=${inputs.granularity}`,
		`--scope=${inputs.scope}`,
		`--source-root=${inputs.sourceRoot}`,
		`--report=${reportPath}`,
		`--state-dir=${stateDir}`,
	];
}

export interface CliRun {
	code: number | null;
	output: string;
	timedOut: boolean;
}

/** Runs the CLI, echoing its output to the log as it comes; kills it after `timeoutMs`. */
export function runCli(
	sudo: boolean,
	args: readonly string[],
	timeoutMs: number,
	echo: (text: string) => void = (t) => process.stdout.write(t),
): Promise<CliRun> {
	const [file, argv] = cliCommand(sudo, args);
	const echoed = lineEcho(echo);
	return new Promise((done) => {
		const child = spawn(file, argv, { stdio: ["ignore", "pipe", "pipe"] });
		let output = "";
		let timedOut = false;
		const collect = (chunk: Buffer) => {
			const text = chunk.toString("utf8");
			output += text;
			echoed.push(text);
		};
		child.stdout.on("data", collect);
		child.stderr.on("data", collect);
		const timer = setTimeout(() => {
			timedOut = true;
			child.kill("SIGTERM");
		}, timeoutMs);
		child.once("error", (err) => {
			clearTimeout(timer);
			echoed.flush();
			done({ code: null, output: `${output}${err.message}\n`, timedOut });
		});
		child.once("close", (code) => {
			clearTimeout(timer);
			echoed.flush();
			done({ code, output, timedOut });
		});
	});
}

/** The CLI's own error line ("xcover: error: …" and its hint), to repeat in the failure message. */
export function cliError(output: string): string {
	const lines = output.trimEnd().split("\n");
	const at = lines.findIndex((l) => l.startsWith("xcover: error: ") || l.startsWith("xcover: internal error: "));
	if (at < 0) return lines.slice(-3).join(" ").trim();
	return lines
		.slice(at, at + 2)
		.map((l) => l.replace(/^xcover: (internal )?error: /, "").trim())
		.join(". ");
}
