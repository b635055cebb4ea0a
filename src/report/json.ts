import type { CoverageReport } from "./report.js";
import { writeFileAtomic } from "./writeFile.js";

const FUNCTIONS_PER_CHUNK = 2000;

/**
 * The report as JSON text in pieces, so that a report of 100,000 functions (tens of MB) is never
 * one string plus one buffer in memory at the same time. Compact: jq reads it either way.
 */
export function* jsonChunks(report: CoverageReport): Generator<string> {
	const { binaries, funcs_traced, funcs_ack, ...head } = report;
	yield JSON.stringify(head).slice(0, -1);
	yield `,"funcs_traced":${JSON.stringify(funcs_traced)}`;
	yield `,"funcs_ack":${JSON.stringify(funcs_ack)}`;
	yield `,"binaries":[`;
	for (const [i, binary] of binaries.entries()) {
		const { functions, ...binaryHead } = binary;
		yield `${i > 0 ? "," : ""}${JSON.stringify(binaryHead).slice(0, -1)},"functions":[`;
		for (let at = 0; at < functions.length; at += FUNCTIONS_PER_CHUNK) {
			const part = functions.slice(at, at + FUNCTIONS_PER_CHUNK).map((f) => JSON.stringify(f));
			yield `${at > 0 ? "," : ""}${part.join(",")}`;
		}
		yield "]}";
	}
	yield "]}\n";
}

export function formatJson(report: CoverageReport): string {
	return [...jsonChunks(report)].join("");
}

export function writeJsonReport(path: string, report: CoverageReport): void {
	writeFileAtomic(path, jsonChunks(report));
}
