/**
 * The report formats by name, as the CLI and the GitHub Action choose them, and the one function
 * that writes any set of them from a JSON report. Each file is written atomically.
 */
import { join, resolve } from "node:path";
import { type DiagnosticSink, stderrDiagnostics } from "../diagnostics.js";
import { errnoCode, errorMessage, UsageError } from "../errors.js";
import { formatBadge } from "./formats/badge.js";
import { coberturaChunks } from "./formats/cobertura.js";
import { htmlChunks } from "./formats/html.js";
import { lcovChunks } from "./formats/lcov.js";
import { formatMarkdown } from "./formats/markdown.js";
import { jsonChunks } from "./json.js";
import { buildModel, type CoverageModel } from "./model.js";
import type { CoverageReport } from "./report.js";
import { makeDirectory, ReportWriteError, writeFileAtomic } from "./writeFile.js";

export type ReportFormat = "json" | "cobertura" | "lcov" | "html" | "markdown" | "badge";

export const REPORT_FORMATS: readonly ReportFormat[] = ["json", "cobertura", "lcov", "html", "markdown", "badge"];

export const REPORT_FILES: Record<ReportFormat, string> = {
	json: "xcover-report.json",
	cobertura: "cobertura.xml",
	lcov: "lcov.info",
	html: "xcover-report.html",
	markdown: "xcover-summary.md",
	badge: "xcover-badge.svg",
};

function isFormat(name: string): name is ReportFormat {
	return (REPORT_FORMATS as readonly string[]).includes(name);
}

/** "html,lcov" and repeated flags alike, in the order given, each once. */
export function parseFormats(values: readonly string[]): ReportFormat[] {
	const out: ReportFormat[] = [];
	for (const value of values) {
		for (const part of value.split(",")) {
			const name = part.trim().toLowerCase();
			if (name === "") continue;
			if (!isFormat(name)) {
				throw new UsageError(
					`unknown report format ${JSON.stringify(part.trim())}`,
					`Choose from ${REPORT_FORMATS.join(", ")} (repeat --format or separate them with commas).`,
				);
			}
			if (!out.includes(name)) out.push(name);
		}
	}
	return out;
}

export interface WriteFormatsOptions {
	/** Where the HTML source view looks for source files (default: the working directory). */
	sourceRoot?: string;
	/** Progress for a terminal: called before each format. */
	onProgress?: (message: string) => void;
	/** Something the reader should know, e.g. that the HTML report has no source view (default: stderr). */
	diagnostics?: DiagnosticSink;
}

export function writeFormats(
	report: CoverageReport,
	formats: readonly ReportFormat[],
	outDir: string,
	options: WriteFormatsOptions = {},
): { format: ReportFormat; path: string }[] {
	try {
		makeDirectory(outDir);
	} catch (err) {
		throw new ReportWriteError(
			`cannot create the output directory ${outDir}: ${errnoCode(err) ?? errorMessage(err)}`,
			"Choose an output directory you can write to.",
			{ cause: err },
		);
	}
	// The folder the writers name files relative to: the one asked for, else the report's own.
	const sourceRoot = options.sourceRoot ?? report.source_root;
	let model: CoverageModel | undefined;
	const modelOf = () => {
		model ??= buildModel(report, (done, total) => options.onProgress?.(`xcover: reading ${done}/${total} functions`));
		return model;
	};
	const written: { format: ReportFormat; path: string }[] = [];
	for (const format of formats) {
		const path = join(outDir, REPORT_FILES[format]);
		options.onProgress?.(`xcover: writing ${format} report`);
		switch (format) {
			case "json":
				writeFileAtomic(path, jsonChunks(report));
				break;
			case "cobertura": {
				const coberturaOptions = sourceRoot === undefined ? {} : { sourceRoot: resolve(sourceRoot) };
				writeFileAtomic(path, coberturaChunks(modelOf(), coberturaOptions));
				break;
			}
			case "lcov":
				writeFileAtomic(
					path,
					lcovChunks(modelOf(), sourceRoot === undefined ? {} : { sourceRoot: resolve(sourceRoot) }),
				);
				break;
			case "html":
				writeFileAtomic(
					path,
					htmlChunks(modelOf(), {
						...(sourceRoot === undefined ? {} : { sourceRoot }),
						diagnostics: options.diagnostics ?? stderrDiagnostics,
					}),
				);
				break;
			case "markdown":
				writeFileAtomic(path, formatMarkdown(modelOf()));
				break;
			case "badge":
				writeFileAtomic(path, formatBadge(modelOf()));
				break;
		}
		written.push({ format, path });
	}
	return written;
}
