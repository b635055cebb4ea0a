/** `xcover report`: other formats from a JSON report; also used by run and stop for --format. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { parseFormats, REPORT_FILES, REPORT_FORMATS, type ReportFormat, writeFormats } from "../report/formats.js";
import { readReport } from "../report/readReport.js";
import { checkWritable } from "../report/writeFile.js";
import { flag, list, type Options, parse, str } from "./args.js";
import { type Output, terminalOutput } from "./output.js";

export const reportHelp = `Usage: xcover report INPUT.json [--format FORMAT]... [--output-dir DIR] [--source-root DIR]

Write other formats of a JSON coverage report. The JSON report is the source of truth; every
format is made from it alone, so this can run anywhere, later.

Options:
  -f, --format FORMAT   json, cobertura, lcov, html or markdown; repeat it or give a comma list
                        (default: cobertura,lcov,html,markdown)
  -o, --output-dir DIR  directory to write into (default: the directory of INPUT.json); files:
                        ${REPORT_FORMATS.map((f) => REPORT_FILES[f]).join(", ")}
      --source-root DIR where the HTML report finds source files to show (default: the working
                        directory; files outside it are never read, and a root of / shows
                        none). Cobertura filenames are made relative to it
  -v, --verbose         stack traces on errors
  -h, --help            show this help

Example:
  xcover report xcover-report.json --format html,cobertura --output-dir coverage/
`;

const reportOptions: Options = {
	format: { type: "string", short: "f", multiple: true },
	"output-dir": { type: "string", short: "o" },
	// The name before --output-dir matched run and stop; still accepted.
	output: { type: "string" },
	"source-root": { type: "string" },
	verbose: { type: "boolean", short: "v" },
	help: { type: "boolean", short: "h" },
};

/** The --format and --output-dir options that run and stop share. */
export const formatOptions: Options = {
	format: { type: "string", short: "f", multiple: true },
	"output-dir": { type: "string" },
};

export const formatOptionsHelp = `  -f, --format FORMAT  also write json, cobertura, lcov, html or markdown (repeatable or a
                       comma list) from the JSON report
      --output-dir DIR where --format writes (default: the JSON report's directory)`;

export interface FormatRequest {
	formats: ReportFormat[];
	outDir?: string;
}

/** Reads --format/--output-dir; checks the output directory now, before any tracing starts. */
export function formatRequest(args: ReturnType<typeof parse>): FormatRequest {
	const formats = parseFormats(list(args, "format"));
	const outDir = str(args, "output-dir");
	if (outDir !== undefined && formats.length === 0)
		throw new UsageError("--output-dir needs --format", "Example: --format html,cobertura --output-dir coverage/");
	const request: FormatRequest = { formats };
	if (outDir !== undefined) {
		request.outDir = resolve(outDir);
		// A directory that does not exist yet is created when the reports are written.
		if (existsSync(request.outDir)) for (const f of formats) checkWritable(join(request.outDir, REPORT_FILES[f]));
	}
	return request;
}

/**
 * After the daemon has written the JSON report: read it back and write the other formats. The
 * JSON itself is copied only into another directory, never over the report it was read from.
 */
export function writeRequestedFormats(reportPath: string, request: FormatRequest, out: Output): void {
	if (request.formats.length === 0) return;
	const outDir = request.outDir ?? dirname(reportPath);
	const target = (f: ReportFormat) => resolve(outDir, REPORT_FILES[f]);
	const formats = request.formats.filter((f) => f !== "json" || target(f) !== resolve(reportPath));
	const report = readReport(reportPath);
	const written = writeFormats(report, formats, outDir, {
		onProgress: (m) => out.progress(m),
		diagnostics: out,
	});
	out.endProgress();
	for (const w of written) out.info(`xcover: wrote ${w.format} report ${w.path}`);
}

export async function reportCommand(argv: readonly string[]): Promise<number> {
	const args = parse(argv, reportOptions, "report");
	if (flag(args, "help")) {
		process.stdout.write(reportHelp);
		return 0;
	}
	const [input, ...extra] = args.positionals;
	if (input === undefined)
		throw new UsageError(
			"report: which report? Give the JSON report to read",
			"Example: xcover report xcover-report.json --format html",
		);
	if (extra.length > 0)
		throw new UsageError(
			`report: one input report, not ${args.positionals.length}`,
			"Merge reports first with `xcover merge`.",
		);
	const given = list(args, "format");
	const formats = given.length > 0 ? parseFormats(given) : parseFormats(["cobertura,lcov,html,markdown"]);
	const outDir = resolve(str(args, "output-dir") ?? str(args, "output") ?? dirname(resolve(input)));
	const out = terminalOutput(flag(args, "verbose"));
	const report = readReport(input);
	const sourceRoot = str(args, "source-root");
	const written = writeFormats(report, formats, outDir, {
		...(sourceRoot === undefined ? {} : { sourceRoot }),
		onProgress: (m) => out.progress(m),
		diagnostics: out,
	});
	out.endProgress();
	for (const w of written) process.stdout.write(`${w.path}\n`);
	return 0;
}
