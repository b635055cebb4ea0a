/**
 * The action's inputs, read and checked before anything runs. A bad value fails with one line that
 * says which input is wrong and what to write instead, the way a linter would.
 */

import { isAbsolute, resolve } from "node:path";
import * as core from "@actions/core";
import { XcoverError } from "../errors.js";
import { parseFormats, type ReportFormat } from "../report/formats.js";
import { type InputName, Inputs } from "./constants.js";

export class ActionInputError extends XcoverError {}

export type Baseline = { kind: "auto" } | { kind: "none" } | { kind: "file"; path: string };

export interface ActionInputs {
	/** Absolute paths of the binaries and libraries to trace. */
	paths: string[];
	include: string[];
	exclude: string[];
	mode: "first-hit" | "count";
	formats: ReportFormat[];
	/** Absolute path of the report directory. */
	outputDir: string;
	/** Minimum percentage of functions covered; undefined = no gate. */
	threshold: number | undefined;
	/** Largest drop in percentage points allowed against the baseline; undefined = no gate. */
	maxDecrease: number | undefined;
	comment: boolean;
	githubToken: string;
	baseline: Baseline;
	/** Absolute; every relative path above was resolved against it. */
	workingDirectory: string;
}

/** Reads one input by name; the runner's `INPUT_*` variables through @actions/core by default. */
export type InputSource = (name: InputName) => string;

export const runnerInputs: InputSource = (name) => core.getInput(name);

function bad(name: InputName, problem: string, instead: string): ActionInputError {
	return new ActionInputError(`input ${name}: ${problem}`, instead);
}

/** Non-empty lines, trimmed; `#` starts a comment line. */
function lines(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter((l) => l !== "" && !l.startsWith("#"));
}

function regexes(name: InputName, text: string): string[] {
	const list = lines(text);
	for (const pattern of list) {
		try {
			new RegExp(pattern);
		} catch (err) {
			throw bad(
				name,
				`${JSON.stringify(pattern)} is not a valid regular expression (${(err as Error).message})`,
				"Write one JavaScript regular expression per line, e.g. ^parse_",
			);
		}
	}
	return list;
}

function percent(name: InputName, text: string, instead: string): number {
	const n = Number(text);
	if (text === "" || !Number.isFinite(n) || n < 0 || n > 100) {
		throw bad(name, `${JSON.stringify(text)} is not a number from 0 to 100`, instead);
	}
	return n;
}

function bool(name: InputName, text: string): boolean {
	if (/^(true|yes|on)$/i.test(text)) return true;
	if (/^(false|no|off)$/i.test(text)) return false;
	throw bad(name, `${JSON.stringify(text)} is not a boolean`, `Write ${name}: true or ${name}: false`);
}

export function parseInputs(input: InputSource = runnerInputs, cwd = process.env.GITHUB_WORKSPACE ?? process.cwd()) {
	const get = (name: InputName) => input(name).trim();
	const workingDirectory = resolve(cwd, get(Inputs.WorkingDirectory) || ".");
	const at = (p: string) => (isAbsolute(p) ? p : resolve(workingDirectory, p));

	const paths = lines(input(Inputs.Path));
	if (paths.length === 0) {
		throw bad(
			Inputs.Path,
			"no binary to trace",
			"List the programs and libraries to trace, one per line, e.g. path: ./build/server",
		);
	}

	const mode = get(Inputs.Mode) || "first-hit";
	if (mode !== "first-hit" && mode !== "count") {
		throw bad(
			Inputs.Mode,
			`${JSON.stringify(mode)} is not a mode`,
			"Write mode: first-hit (did each function run) or mode: count (also count calls)",
		);
	}

	const formatNames = (get(Inputs.Formats) || "json")
		.split(/[\s,]+/)
		.map((f) => f.trim().toLowerCase())
		.filter((f) => f !== "");
	// The daemon always writes the JSON report; every other format is made from it.
	if (!formatNames.includes("json")) formatNames.unshift("json");
	let formats: ReportFormat[];
	try {
		formats = parseFormats(formatNames);
	} catch (err) {
		if (!(err instanceof XcoverError)) throw err;
		throw bad(Inputs.Formats, err.message, `Write a comma-separated list, e.g. formats: json,cobertura,html,markdown`);
	}

	const outputDir = get(Inputs.OutputDir);
	if (outputDir === "") {
		throw bad(Inputs.OutputDir, "empty", "Write a directory for the reports, e.g. output-dir: xcover-report");
	}

	const thresholdText = get(Inputs.Threshold);
	const threshold =
		thresholdText === ""
			? undefined
			: percent(
					Inputs.Threshold,
					thresholdText.replace(/%$/, ""),
					"Write the minimum percentage of functions covered, e.g. threshold: 70, or leave it empty for no gate",
				);

	const decreaseText = (get(Inputs.FailOnDecrease) || "false").toLowerCase();
	const maxDecrease =
		decreaseText === "false"
			? undefined
			: decreaseText === "true"
				? 0
				: percent(
						Inputs.FailOnDecrease,
						decreaseText.replace(/%$/, ""),
						"Write fail-on-decrease: false, true (no drop allowed), or the largest drop allowed in percentage points, e.g. 0.5",
					);

	const baselineText = get(Inputs.Baseline) || "auto";
	const baseline: Baseline =
		baselineText === "auto"
			? { kind: "auto" }
			: baselineText === "none"
				? { kind: "none" }
				: { kind: "file", path: at(baselineText) };

	const inputs: ActionInputs = {
		paths: paths.map(at),
		include: regexes(Inputs.Include, input(Inputs.Include)),
		exclude: regexes(Inputs.Exclude, input(Inputs.Exclude)),
		mode,
		formats,
		outputDir: at(outputDir),
		threshold,
		maxDecrease,
		comment: bool(Inputs.Comment, get(Inputs.Comment) || "true"),
		githubToken: get(Inputs.GitHubToken),
		baseline,
		workingDirectory,
	};
	return inputs;
}
