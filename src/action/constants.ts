/**
 * Every name the action shares with action.yml and with the runner, declared once: inputs,
 * outputs and the state main hands to post. action.test.ts checks these against action.yml.
 */

export const Inputs = {
	Path: "path",
	Include: "include",
	Exclude: "exclude",
	Mode: "mode",
	Granularity: "granularity",
	Scope: "scope",
	Formats: "formats",
	OutputDir: "output-dir",
	Threshold: "threshold",
	FailOnDecrease: "fail-on-decrease",
	Comment: "comment",
	GitHubToken: "github-token",
	Baseline: "baseline",
	WorkingDirectory: "working-directory",
	ArtifactName: "artifact-name",
	PatchThreshold: "patch-threshold",
	Annotations: "annotations",
	MaxAnnotations: "max-annotations",
} as const;
export type InputName = (typeof Inputs)[keyof typeof Inputs];

/** Inputs of the merge action (merge/action.yml) on top of the publishing ones it shares with Inputs. */
export const MergeInputs = {
	Pattern: "pattern",
	Expected: "expected",
	Force: "force",
} as const;
export type MergeInputName = (typeof MergeInputs)[keyof typeof MergeInputs];

export const Outputs = {
	Coverage: "coverage",
	Covered: "covered",
	Total: "total",
	Delta: "delta",
	LineCoverage: "line-coverage",
	LinesCovered: "lines-covered",
	LinesTotal: "lines-total",
	ReportDir: "report-dir",
	ReportJson: "report-json",
	PatchCoverage: "patch-coverage",
	PatchCovered: "patch-covered",
	PatchTotal: "patch-total",
} as const;

export const State = {
	/** The daemon's state directory; saved before starting, so post can clean up a half start. */
	StateDir: "xcover-state-dir",
	/** Absolute path of the JSON report the daemon writes on stop. */
	ReportPath: "xcover-report-path",
	/** "true" once `run --detach` said "xcover is ready". */
	Started: "xcover-started",
	/** Whether the CLI runs through `sudo -n` ("true") or directly. */
	Sudo: "xcover-sudo",
} as const;
export type StateKey = (typeof State)[keyof typeof State];

/**
 * Default name of the workflow artifact that holds the report directory (and that `baseline: auto`
 * looks for); the artifact-name input changes it, one per matrix leg or job.
 */
export const ARTIFACT_NAME = "xcover";
/** Which artifacts of its run the merge action takes by default: the legs' distinct names. */
export const MERGE_PATTERN = "xcover-*";
/** File name of the JSON report inside the output directory and inside the artifact. */
export const REPORT_JSON = "xcover-report.json";
/** GitHub refuses comments longer than this many characters. */
export const MAX_COMMENT_LENGTH = 65536;
/** The job summary of one step may hold 1 MiB. */
export const MAX_SUMMARY_LENGTH = 1024 * 1024;
/** Warnings GitHub shows per step are few: more than this go to the comment only. */
export const MAX_ANNOTATIONS = 10;
/** How long `run --detach` may take to attach every probe. */
export const START_TIMEOUT_MS = 10 * 60 * 1000;
