/** `xcover diff`: the coverage change between two reports, e.g. a branch against its base. */
import { UsageError } from "../errors.js";
import { diffReports, formatDiffText } from "../report/diff.js";
import { formatMarkdown } from "../report/formats/markdown.js";
import { readReport } from "../report/readReport.js";
import { flag, type Options, parse, str } from "./args.js";

export const diffHelp = `Usage: xcover diff BASE.json HEAD.json [--format text|markdown|json]

Show how function coverage changed from BASE to HEAD: the total and per-binary change, and the
functions newly covered, newly uncovered, added and removed. Functions are matched by binary file
name and readable function name, since offsets move between builds. Unprobeable functions are
neither covered nor uncovered. When both reports measure lines, also the line coverage change
and the lines newly covered and newly uncovered in each source file.

Options:
      --format FORMAT  text (default), markdown (a pull-request comment) or json
  -v, --verbose        stack traces on errors
  -h, --help           show this help

Example:
  xcover diff main/xcover-report.json xcover-report.json --format markdown >> "$GITHUB_STEP_SUMMARY"
`;

const diffOptions: Options = {
	format: { type: "string", short: "f" },
	verbose: { type: "boolean", short: "v" },
	help: { type: "boolean", short: "h" },
};

export async function diffCommand(argv: readonly string[]): Promise<number> {
	const args = parse(argv, diffOptions, "diff");
	if (flag(args, "help")) {
		process.stdout.write(diffHelp);
		return 0;
	}
	const format = str(args, "format") ?? "text";
	if (format !== "text" && format !== "markdown" && format !== "json")
		throw new UsageError(
			`diff: --format must be text, markdown or json, not ${JSON.stringify(format)}`,
			"Run `xcover diff --help` for usage; `xcover report` writes the other formats.",
		);
	if (args.positionals.length !== 2)
		throw new UsageError(
			`diff: give two reports, BASE and HEAD (got ${args.positionals.length})`,
			"Example: xcover diff base.json head.json",
		);
	const [basePath, headPath] = args.positionals as [string, string];
	const base = readReport(basePath);
	const head = readReport(headPath);
	const diff = diffReports(base, head);
	if (format === "json") process.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
	else if (format === "markdown") process.stdout.write(formatMarkdown(head, { diff, title: "xcover coverage change" }));
	else process.stdout.write(formatDiffText(diff));
	return 0;
}
