/**
 * The baseline artifact: a zip downloaded from a previous run, from which the Action takes
 * xcover-report.json and reads it as a report. fflate reports a corrupt archive with an Error
 * carrying a numeric `code`; that and the report reader's ReportInputError are fine.
 */
import { fileInZip } from "../../../src/github/baseline.js";
import { parseReportBytes, ReportInputError } from "../../../src/report/readReport.js";

function isZipError(err: unknown): boolean {
	return err instanceof Error && typeof (err as { code?: unknown }).code === "number";
}

export function fuzz(data: Buffer): void {
	let content: Uint8Array | undefined;
	try {
		content = fileInZip(data, "xcover-report.json");
	} catch (err) {
		if (isZipError(err)) return;
		throw err;
	}
	if (!content) return;
	try {
		parseReportBytes(Buffer.from(content.buffer, content.byteOffset, content.byteLength), "baseline");
	} catch (err) {
		if (!(err instanceof ReportInputError)) throw err;
	}
}
