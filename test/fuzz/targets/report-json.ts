/**
 * The JSON report reader (the input of `xcover report`, `merge`, `diff` and the Action's
 * baseline), from bytes and from text. A report it accepts is then merged with itself and diffed
 * against itself: the reader's promise is that what passes the schema is safe to consume.
 */
import { diffReports } from "../../../src/report/diff.js";
import { MergeConflictError, mergeReports } from "../../../src/report/merge.js";
import { parseReport, parseReportBytes, ReportInputError } from "../../../src/report/readReport.js";
import { tolerate } from "./support.js";

export function fuzz(data: Buffer): void {
	const report = tolerate([ReportInputError], () => parseReportBytes(data, "fuzz.json"));
	tolerate([ReportInputError], () => parseReport(data.toString("utf8"), "fuzz.json"));
	if (!report) return;
	tolerate([MergeConflictError], () =>
		mergeReports([
			{ report, source: "a.json" },
			{ report, source: "b.json" },
		]),
	);
	diffReports(report, report);
}
