/**
 * Reads a JSON report back, checked against the published schema, so that every command that
 * consumes reports (report, merge, diff, the GitHub Action) fails the same clear way on a bad file.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getHeapStatistics } from "node:v8";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import { XcoverError } from "../errors.js";
import { parseJsonBytes } from "./jsonBytes.js";
import {
	type CoverageReport,
	granularityOf,
	type LineTotals,
	lineTotalsOf,
	SCHEMA_VERSION,
	type Totals,
} from "./report.js";

export class ReportInputError extends XcoverError {}

const SCHEMA_FILE = "xcover-report.schema.json";

/**
 * The schema sits in schema/ of the package; a bundle in dist/ carries a copy beside itself.
 * Looked up from this module's own location, never the working directory.
 */
function schemaPath(): string {
	const here = dirname(fileURLToPath(import.meta.url));
	const candidates = [join(here, "..", "..", "schema"), join(here, "..", "schema"), here].map((d) =>
		join(d, SCHEMA_FILE),
	);
	const found = candidates.find((p) => existsSync(p));
	if (!found) {
		throw new XcoverError(
			`cannot find ${SCHEMA_FILE} (looked in ${candidates.join(", ")})`,
			"The xcover installation is incomplete; reinstall it.",
		);
	}
	return found;
}

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
	if (!validator) {
		const schema: unknown = JSON.parse(readFileSync(schemaPath(), "utf8"));
		// Formats (date-time) are descriptive only: a report with an odd timestamp is still usable.
		const ajv = new Ajv.default({ allErrors: false, strict: false, validateFormats: false });
		validator = ajv.compile(schema as object);
	}
	return validator;
}

function describe(error: ErrorObject): string {
	const where = error.instancePath === "" ? "the top level" : error.instancePath;
	const params = error.params as Record<string, unknown>;
	if (error.keyword === "additionalProperties") return `${where} has an unknown field "${params.additionalProperty}"`;
	if (error.keyword === "required") return `${where} lacks the field "${params.missingProperty}"`;
	return `${where} ${error.message ?? "is invalid"}`;
}

function bad(source: string, what: string, cause?: unknown): ReportInputError {
	return new ReportInputError(
		`${source} is not a valid xcover report: ${what}`,
		"Give a report written by `xcover run`, `xcover stop` or `xcover merge`.",
		cause === undefined ? undefined : { cause },
	);
}

export function parseReport(text: string, source: string): CoverageReport {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (err) {
		throw bad(source, `not JSON (${(err as Error).message})`, err);
	}
	return checkReport(data, source);
}

/** A report given as its UTF-8 bytes: also one larger than the longest string V8 makes. */
export function parseReportBytes(bytes: Buffer, source: string): CoverageReport {
	let data: unknown;
	try {
		data = parseJsonBytes(bytes);
	} catch (err) {
		throw bad(source, `not JSON (${(err as Error).message})`, err);
	}
	return checkReport(data, source);
}

function checkReport(data: unknown, source: string): CoverageReport {
	if (typeof data !== "object" || data === null || Array.isArray(data)) throw bad(source, "not a JSON object");
	const version = (data as { schema_version?: unknown }).schema_version;
	if (typeof version === "number" && version > SCHEMA_VERSION) {
		throw new ReportInputError(
			`${source} has schema_version ${version}, newer than this xcover reads (${SCHEMA_VERSION})`,
			"Upgrade xcover to read it.",
		);
	}
	const check = validate();
	if (!check(data)) {
		const first = check.errors?.[0];
		throw bad(source, first ? describe(first) : "it does not match the schema");
	}
	const report = data as CoverageReport;
	checkGranularity(report, source);
	for (const [i, b] of report.binaries.entries()) {
		const t = b.totals;
		if (t.functions !== b.functions.length || t.traced + t.unprobeable !== t.functions) {
			throw bad(source, `/binaries/${i}/totals do not add up to its ${b.functions.length} functions`);
		}
		if (t.lines) checkLines(t.lines, lineTotalsOf(b.functions), `/binaries/${i}/totals/lines`, source);
	}
	if (report.totals.lines) {
		const sum: LineTotals = { lines: 0, traced: 0, covered: 0, unprobeable: 0, percent: 0 };
		for (const b of report.binaries) {
			const t = b.totals.lines as LineTotals;
			sum.lines += t.lines;
			sum.traced += t.traced;
			sum.covered += t.covered;
			sum.unprobeable += t.unprobeable;
		}
		checkLines(report.totals.lines, sum, "/totals/lines", source);
	}
	return report;
}

/**
 * A line report has line totals everywhere and a function report none: the formats trust that,
 * and a report edited by hand could mix them.
 */
function checkGranularity(report: CoverageReport, source: string): void {
	const byLine = granularityOf(report) === "line";
	if (byLine && report.schema_version < 2) {
		throw bad(source, `granularity "line" needs schema_version 2, not ${report.schema_version}`);
	}
	const where = (t: Totals | undefined, path: string) => {
		if (byLine && !t?.lines) throw bad(source, `${path} lacks the line totals a line report has`);
		if (!byLine && t?.lines) throw bad(source, `${path} has line totals, but the report's granularity is "function"`);
	};
	where(report.totals, "/totals");
	for (const [i, b] of report.binaries.entries()) {
		where(b.totals, `/binaries/${i}/totals`);
		if (!byLine) {
			const f = b.functions.findIndex((fn) => fn.lines !== undefined);
			if (f >= 0)
				throw bad(source, `/binaries/${i}/functions/${f} has lines, but the report's granularity is "function"`);
		}
	}
}

/** Line totals must be the lines themselves, counted: each (file, line) once. */
function checkLines(given: LineTotals, counted: LineTotals, path: string, source: string): void {
	if (
		given.lines !== counted.lines ||
		given.traced !== counted.traced ||
		given.covered !== counted.covered ||
		given.unprobeable !== counted.unprobeable ||
		given.traced + given.unprobeable !== given.lines
	) {
		throw bad(
			source,
			`${path} do not add up to its lines (${counted.lines} lines, ${counted.covered} covered, ${counted.unprobeable} unprobeable)`,
		);
	}
}

/**
 * The file as text. (Taking an ASCII file as latin1 reads it faster, but makes a string outside
 * the heap that JSON.parse then takes longer over: slower in all.)
 */
export function readText(path: string): string {
	return readFileSync(path, "utf8");
}

/** The largest report file a Buffer holds; readFileSync stops at 2 GiB, a read loop does not. */
export const MAX_REPORT_BYTES = 2 ** 32 - 1;

/**
 * Parsed, a report takes several times its size in JavaScript objects (measured by
 * bench/bigReport.ts); a file that cannot fit is refused before reading rather than ending
 * in an out-of-memory crash.
 */
export const HEAP_PER_REPORT_BYTE = 3;

function readBytes(path: string): Buffer {
	// O_NONBLOCK: a FIFO given as the report must not hang the command; it is refused below.
	const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		const st = fstatSync(fd);
		if (!st.isFile()) {
			throw new ReportInputError(`the report ${path} is not a regular file`, "Give the path of a report file.");
		}
		if (st.size > MAX_REPORT_BYTES) {
			throw new ReportInputError(
				`the report ${path} is ${mib(st.size)}, larger than the ${mib(MAX_REPORT_BYTES)} xcover reads`,
				"Trace fewer binaries or functions per report (--include, --exclude) and merge what you need.",
			);
		}
		const heap = getHeapStatistics().heap_size_limit;
		if (st.size * HEAP_PER_REPORT_BYTE > heap) {
			throw new ReportInputError(
				`the report ${path} is ${mib(st.size)}; reading it needs about ${mib(st.size * HEAP_PER_REPORT_BYTE)} of memory, and this Node.js may use ${mib(heap)}`,
				`Give Node.js more: NODE_OPTIONS=--max-old-space-size=${Math.ceil((st.size * HEAP_PER_REPORT_BYTE * 1.25) / 2 ** 20)}.`,
			);
		}
		const buf = Buffer.allocUnsafe(st.size);
		let done = 0;
		while (done < st.size) {
			const n = readSync(fd, buf, done, st.size - done, done);
			if (n === 0) break;
			done += n;
		}
		return buf.subarray(0, done);
	} finally {
		closeSync(fd);
	}
}

function mib(bytes: number): string {
	return `${Math.round(bytes / 2 ** 20).toLocaleString("en-US")} MiB`;
}

export function readReport(path: string): CoverageReport {
	let bytes: Buffer;
	try {
		bytes = readBytes(path);
	} catch (err) {
		if (err instanceof ReportInputError) throw err;
		const code = (err as NodeJS.ErrnoException).code;
		throw new ReportInputError(
			`cannot read the report ${path}: ${code === "ENOENT" ? "no such file" : (code ?? (err as Error).message)}`,
			"Check the path; `xcover run` writes ./xcover-report.json unless given -o.",
			{ cause: err },
		);
	}
	return parseReportBytes(bytes, path);
}
