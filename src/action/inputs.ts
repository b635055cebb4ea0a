/**
 * The action's inputs, read and checked before anything runs. A bad value fails with one line that
 * says which input is wrong and what to write instead, the way a linter would.
 */

import { isAbsolute, resolve } from "node:path";
import * as core from "@actions/core";
import { UsageError, XcoverError } from "../errors.js";
import { compilePatterns, type Granularity } from "../probes/plan.js";
import type { Scope } from "../probes/scope.js";
import { parseFormats, type ReportFormat } from "../report/formats.js";
import { ARTIFACT_NAME, type InputName, Inputs, MAX_ANNOTATIONS } from "./constants.js";

export class ActionInputError extends XcoverError {}

export type Baseline = { kind: "auto" } | { kind: "none" } | { kind: "file"; path: string };

/** What the post step of the tracing action and the merge action both do with a report. */
export interface PublishInputs {
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
	/** The workspace: the root scope project and patch coverage measure the repository from. */
	sourceRoot: string;
	/** Name of the uploaded artifact, of the baseline artifact looked for, and part of the comment's marker. */
	artifactName: string;
	/** Minimum patch coverage on a pull request; undefined = no gate. */
	patchThreshold: number | undefined;
	/** Warnings on the pull request's diff for changed code that did not run. */
	annotations: boolean;
	maxAnnotations: number;
}

export interface ActionInputs extends PublishInputs {
	/** Absolute paths of the binaries and libraries to trace. */
	paths: string[];
	include: string[];
	exclude: string[];
	mode: "first-hit" | "count";
	granularity: Granularity;
	/** project (default): only functions whose source is under the workspace; binary: all. */
	scope: Scope;
}

/** Reads one input by name; the runner's `INPUT_*` variables through @actions/core by default. */
export type InputSource = (name: InputName) => string;

export const runnerInputs: InputSource = (name) => core.getInput(name);

function bad(name: InputName, problem: string, instead: string): ActionInputError {
	return new ActionInputError(`input ${name}: ${problem}`, instead);
}

/** Non-empty lines, trimmed; `#` starts a comment line. */
export function lines(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter((l) => l !== "" && !l.startsWith("#"));
}

/** Checked the way the CLI compiles them, so main fails on a pattern the tracer would refuse. */
function regexes(name: InputName, text: string): string[] {
	const list = lines(text);
	try {
		compilePatterns(list, `input ${name}:`);
	} catch (err) {
		if (!(err instanceof UsageError)) throw err;
		throw new ActionInputError(
			err.message,
			`${err.hint.replace(/\.$/, "")}: one JavaScript regular expression per line, e.g. ^parse_`,
		);
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

/** The one reading of a yes/no input: true/false, yes/no, on/off, 1/0, in any case; undefined otherwise. */
export function parseBoolean(text: string): boolean | undefined {
	const t = text.trim().toLowerCase();
	if (t === "true" || t === "yes" || t === "on" || t === "1") return true;
	if (t === "false" || t === "no" || t === "off" || t === "0") return false;
	return undefined;
}

function bool(name: InputName, text: string): boolean {
	const value = parseBoolean(text);
	if (value === undefined) {
		throw bad(name, `${JSON.stringify(text)} is not a boolean`, `Write ${name}: true or ${name}: false`);
	}
	return value;
}

/**
 * fail-on-decrease: a number is the largest drop allowed in percentage points (so 0 allows none
 * and 1 allows one point: numbers are read as numbers before booleans); otherwise a boolean, true
 * meaning no drop allowed and false no gate.
 */
function maxDecreaseOf(text: string): number | undefined {
	const number = text.replace(/%$/, "");
	if (number !== "" && Number.isFinite(Number(number))) {
		return percent(
			Inputs.FailOnDecrease,
			number,
			"Write fail-on-decrease: false, true (no drop allowed), or the largest drop allowed in percentage points, e.g. 0.5",
		);
	}
	const flag = parseBoolean(text);
	if (flag === undefined) {
		throw bad(
			Inputs.FailOnDecrease,
			`${JSON.stringify(text)} is not a boolean or a number from 0 to 100`,
			"Write fail-on-decrease: false, true (no drop allowed), or the largest drop allowed in percentage points, e.g. 0.5",
		);
	}
	return flag ? 0 : undefined;
}

/** Characters the artifact service refuses in a name. */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\\/\r\n]/;

export function parseInputs(
	input: InputSource = runnerInputs,
	cwd = process.env.GITHUB_WORKSPACE ?? process.cwd(),
): ActionInputs {
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

	const granularity = get(Inputs.Granularity) || "function";
	if (granularity !== "function" && granularity !== "line") {
		throw bad(
			Inputs.Granularity,
			`${JSON.stringify(granularity)} is not a granularity`,
			"Write granularity: function (which functions ran) or granularity: line (which source lines ran)",
		);
	}

	const scope = get(Inputs.Scope) || "project";
	if (scope !== "project" && scope !== "binary") {
		throw bad(
			Inputs.Scope,
			`${JSON.stringify(scope)} is not a scope`,
			"Write scope: project (only the repository's own functions) or scope: binary (every function of each path)",
		);
	}

	// What to trace is checked first: it is what a user most often gets wrong.
	const include = regexes(Inputs.Include, input(Inputs.Include));
	const exclude = regexes(Inputs.Exclude, input(Inputs.Exclude));
	return {
		...parsePublishInputs(input, cwd),
		paths: paths.map(at),
		include,
		exclude,
		mode,
		granularity,
		scope,
	};
}

/** The inputs of what is done with a report, shared by the tracing action's post step and the merge action. */
export function parsePublishInputs(
	input: InputSource = runnerInputs,
	cwd = process.env.GITHUB_WORKSPACE ?? process.cwd(),
): PublishInputs {
	const get = (name: InputName) => input(name).trim();
	const workingDirectory = resolve(cwd, get(Inputs.WorkingDirectory) || ".");
	const at = (p: string) => (isAbsolute(p) ? p : resolve(workingDirectory, p));

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
	// The folder is uploaded as an artifact whole: never the checkout itself (.git/config holds
	// the job's token when actions/checkout persists credentials) nor anything that contains it.
	const outputAt = at(outputDir);
	const workspace = resolve(cwd);
	const holds = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer.replace(/\/$/, "")}/`);
	if (holds(outputAt, workspace) || holds(outputAt, workingDirectory) || outputAt.split("/").includes(".git")) {
		throw bad(
			Inputs.OutputDir,
			`${JSON.stringify(outputDir)} is ${outputAt}, which holds the checkout: the whole folder is uploaded as the artifact, .git/config included`,
			"Write a folder of its own for the reports, e.g. output-dir: xcover-report",
		);
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

	const maxDecrease = maxDecreaseOf(get(Inputs.FailOnDecrease) || "false");

	const artifactName = get(Inputs.ArtifactName) || ARTIFACT_NAME;
	if (ARTIFACT_NAME_FORBIDDEN.test(artifactName)) {
		throw bad(
			Inputs.ArtifactName,
			`${JSON.stringify(artifactName)} holds a character artifact names cannot have (" : < > | * ? \\ /)`,
			// biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, not a template
			"Write a distinct name per matrix leg or job, e.g. artifact-name: xcover-${{ matrix.os }}",
		);
	}

	const baselineText = get(Inputs.Baseline) || "auto";
	const baseline: Baseline =
		baselineText === "auto"
			? { kind: "auto" }
			: baselineText === "none"
				? { kind: "none" }
				: { kind: "file", path: at(baselineText) };

	const patchText = get(Inputs.PatchThreshold).replace(/%$/, "");
	const patchThreshold =
		patchText === ""
			? undefined
			: percent(
					Inputs.PatchThreshold,
					patchText,
					"Write the minimum percentage of the changed code that must run, e.g. patch-threshold: 80, or leave it empty for no gate",
				);
	const maxText = get(Inputs.MaxAnnotations) || String(MAX_ANNOTATIONS);
	const maxAnnotations = Number(maxText);
	if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0 || maxAnnotations > 1000) {
		throw bad(
			Inputs.MaxAnnotations,
			`${JSON.stringify(maxText)} is not a whole number from 0 to 1000`,
			`Write how many warnings to put on the diff, e.g. max-annotations: ${MAX_ANNOTATIONS}`,
		);
	}

	return {
		formats,
		outputDir: outputAt,
		threshold,
		maxDecrease,
		comment: bool(Inputs.Comment, get(Inputs.Comment) || "true"),
		githubToken: get(Inputs.GitHubToken),
		baseline,
		workingDirectory,
		sourceRoot: resolve(cwd),
		artifactName,
		patchThreshold,
		annotations: bool(Inputs.Annotations, get(Inputs.Annotations) || "true"),
		maxAnnotations,
	};
}
