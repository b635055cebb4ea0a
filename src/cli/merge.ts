/** `xcover merge`: one report from several runs of the same binaries. */
import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import { writeJsonReport } from "../report/json.js";
import { mergeReportFiles } from "../report/merge.js";
import { summaryLine } from "../report/report.js";
import { checkWritable } from "../report/writeFile.js";
import { flag, type Options, parse, str } from "./args.js";
import { terminalOutput } from "./output.js";

export const mergeHelp = `Usage: xcover merge A.json B.json ... -o OUT.json [--force]

Merge JSON reports of runs of the same binaries: a function is covered when any run covered it,
and in count mode its calls are summed. Reports may trace different sets of functions; the
result has the union. Line reports merge line by line (hits summed in count mode; a line is
unprobeable only if it was in every run); a line report merged with a function report gives a
function report, with a warning.

Options:
  -o, --output FILE   the merged JSON report to write (required)
      --force         merge even when one binary path has different build-ids in different
                      reports: that binary's functions are then matched by readable name, as
                      diff matches them (offsets move between builds)
  -v, --verbose       stack traces on errors
  -h, --help          show this help

Example:
  xcover merge unit/xcover-report.json e2e/xcover-report.json -o all.json
`;

const mergeOptions: Options = {
	output: { type: "string", short: "o" },
	force: { type: "boolean" },
	verbose: { type: "boolean", short: "v" },
	help: { type: "boolean", short: "h" },
};

export async function mergeCommand(argv: readonly string[]): Promise<number> {
	const args = parse(argv, mergeOptions, "merge");
	if (flag(args, "help")) {
		process.stdout.write(mergeHelp);
		return 0;
	}
	if (args.positionals.length === 0)
		throw new UsageError("merge: no reports to merge", "Example: xcover merge a.json b.json -o merged.json");
	const output = str(args, "output");
	if (output === undefined)
		throw new UsageError("merge: -o OUT.json is required", "Example: xcover merge a.json b.json -o merged.json");
	const outPath = resolve(output);
	checkWritable(outPath);
	const out = terminalOutput(flag(args, "verbose"));
	const merged = mergeReportFiles(args.positionals, {
		force: flag(args, "force"),
		onRead: (done, total, path) => out.progress(`xcover: reading and merging ${done}/${total} ${path}`),
		diagnostics: out,
	});
	out.progress("xcover: writing the merged report");
	writeJsonReport(outPath, merged);
	out.endProgress();
	out.info(`xcover: merged ${args.positionals.length} reports: ${summaryLine(merged)}, report ${outPath}`);
	return 0;
}
