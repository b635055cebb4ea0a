/** `xcover merge`: one report from several runs of the same binaries. */
import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import { writeJsonReport } from "../report/json.js";
import { type MergeInput, mergeReports } from "../report/merge.js";
import { readReport } from "../report/readReport.js";
import { summaryLine } from "../report/report.js";
import { checkWritable } from "../report/writeFile.js";
import { flag, type Options, parse, str } from "./args.js";
import { terminalOutput } from "./output.js";

export const mergeHelp = `Usage: xcover merge A.json B.json ... -o OUT.json [--force]

Merge JSON reports of runs of the same binaries: a function is covered when any run covered it,
and in count mode its calls are summed. Reports may trace different sets of functions; the
result has the union.

Options:
  -o, --output FILE   the merged JSON report to write (required)
      --force         merge even when one binary path has different build-ids in different
                      reports (functions are then matched by offset and name)
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
	const inputs: MergeInput[] = args.positionals.map((path, i) => {
		out.progress(`xcover: reading ${i + 1}/${args.positionals.length} ${path}`);
		return { report: readReport(path), source: path };
	});
	const merged = mergeReports(inputs, {
		force: flag(args, "force"),
		onProgress: (done, total) => out.progress(`xcover: merging ${done}/${total}`),
	});
	out.progress("xcover: writing the merged report");
	writeJsonReport(outPath, merged);
	out.endProgress();
	out.info(`xcover: merged ${inputs.length} reports: ${summaryLine(merged)}, report ${outPath}`);
	return 0;
}
