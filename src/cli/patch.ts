/** `xcover patch`: how much of the code a change adds or modifies the traced tests ran. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { errnoCode, errorMessage, UsageError, XcoverError } from "../errors.js";
import { changedLines, gitDiff, PatchInputError, repositoryRoot } from "../patch/changes.js";
import { patchCoverage } from "../patch/coverage.js";
import { formatPatchMarkdown, formatPatchText } from "../patch/format.js";
import { readReport } from "../report/readReport.js";
import { flag, type Options, parse, str } from "./args.js";

export const patchHelp = `Usage: xcover patch REPORT.json [--base REF | --diff FILE|-] [options]

Patch coverage: of the code the change adds or modifies, how much the traced tests ran. In a
line report, the changed lines that are code; in a function report, the functions whose source
lines the change touches. Lists every changed line or function that did not run, as file:line.

The change is \`git diff REF...HEAD\` (what HEAD did since it left REF; the history back to
their merge base must be there, e.g. actions/checkout with fetch-depth: 0), or a unified diff
from a file or standard input.

Options:
      --base REF          the branch or commit the change is against (e.g. origin/main)
      --diff FILE|-       a unified diff instead of running git (- reads standard input)
      --source-root DIR   the repository's folder: report paths under it match the diff's
                          relative paths (default: the git top folder, else the working directory);
                          paths outside it match a changed path they end with
      --format FORMAT     text (default), markdown (a pull-request comment section) or json
      --threshold N       exit with 1 when patch coverage is below N percent
  -v, --verbose           stack traces on errors
  -h, --help              show this help

Examples:
  xcover patch xcover-report.json --base origin/main
  git diff origin/main...HEAD | xcover patch xcover-report.json --diff - --threshold 80
`;

const patchOptions: Options = {
	base: { type: "string" },
	diff: { type: "string" },
	"source-root": { type: "string" },
	format: { type: "string", short: "f" },
	threshold: { type: "string" },
	verbose: { type: "boolean", short: "v" },
	help: { type: "boolean", short: "h" },
};

/** Exit code when the gate fails, as `run --threshold` uses. */
const BELOW_THRESHOLD = 1;

function threshold(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const n = Number(value.replace(/%$/, ""));
	if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) {
		throw new UsageError(`patch: --threshold wants a percentage from 0 to 100, not ${JSON.stringify(value)}`);
	}
	return n;
}

function readDiff(path: string): string {
	try {
		return readFileSync(path === "-" ? 0 : path, "utf8");
	} catch (err) {
		throw new PatchInputError(
			`cannot read the diff ${path === "-" ? "from standard input" : path}: ${errnoCode(err) ?? errorMessage(err)}`,
			"Give a file holding `git diff BASE...HEAD`, or - to read it from standard input.",
			{ cause: err },
		);
	}
}

export async function patchCommand(argv: readonly string[]): Promise<number> {
	const args = parse(argv, patchOptions, "patch");
	if (flag(args, "help")) {
		process.stdout.write(patchHelp);
		return 0;
	}
	const format = str(args, "format") ?? "text";
	if (format !== "text" && format !== "markdown" && format !== "json") {
		throw new UsageError(
			`patch: --format must be text, markdown or json, not ${JSON.stringify(format)}`,
			"Run `xcover patch --help` for usage.",
		);
	}
	const [reportPath, ...extra] = args.positionals;
	if (reportPath === undefined || extra.length > 0) {
		throw new UsageError(
			`patch: give one report (got ${args.positionals.length})`,
			"Example: xcover patch xcover-report.json --base origin/main",
		);
	}
	const base = str(args, "base");
	const diffFile = str(args, "diff");
	if ((base === undefined) === (diffFile === undefined)) {
		throw new UsageError(
			"patch: give the change as --base REF or as --diff FILE, one of them",
			"Example: xcover patch xcover-report.json --base origin/main",
		);
	}
	const gate = threshold(str(args, "threshold"));
	const report = readReport(reportPath);
	const cwd = process.cwd();
	let root = str(args, "source-root");
	if (root === undefined) {
		try {
			root = repositoryRoot(cwd);
		} catch (err) {
			// Outside a repository a given diff still applies, against the working directory.
			if (base !== undefined || !(err instanceof XcoverError)) throw err;
			root = cwd;
		}
	}
	const text = diffFile !== undefined ? readDiff(diffFile) : gitDiff(base ?? "HEAD", root);
	const patch = patchCoverage(report, changedLines(text, diffFile ?? `git diff ${base}...HEAD`), {
		root: resolve(root),
	});
	if (format === "json") process.stdout.write(`${JSON.stringify(patch, null, 2)}\n`);
	else if (format === "markdown") process.stdout.write(formatPatchMarkdown(patch));
	else process.stdout.write(formatPatchText(patch));
	if (gate !== undefined && patch.totals.percent !== null && patch.totals.percent < gate) {
		process.stderr.write(
			`xcover: patch coverage ${patch.totals.percent.toFixed(2)}% is below the threshold of ${gate}%\n`,
		);
		return BELOW_THRESHOLD;
	}
	return 0;
}
