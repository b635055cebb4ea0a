/**
 * Reads a JSON report back, checked against the published schema, so that every command that
 * consumes reports (report, merge, diff, the GitHub Action) fails the same clear way on a bad file.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv";
import { XcoverError } from "../errors.js";
import { type CoverageReport, SCHEMA_VERSION } from "./report.js";

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
	for (const [i, b] of report.binaries.entries()) {
		const t = b.totals;
		if (t.functions !== b.functions.length || t.traced + t.unprobeable !== t.functions) {
			throw bad(source, `/binaries/${i}/totals do not add up to its ${b.functions.length} functions`);
		}
	}
	return report;
}

/**
 * The file as text. (Taking an ASCII file as latin1 reads it faster, but makes a string outside
 * the heap that JSON.parse then takes longer over: slower in all.)
 */
export function readText(path: string): string {
	return readFileSync(path, "utf8");
}

export function readReport(path: string): CoverageReport {
	let text: string;
	try {
		text = readText(path);
	} catch (err) {
		const code = (err as NodeJS.ErrnoException).code;
		throw new ReportInputError(
			`cannot read the report ${path}: ${code === "ENOENT" ? "no such file" : (code ?? (err as Error).message)}`,
			"Check the path; `xcover run` writes ./xcover-report.json unless given -o.",
			{ cause: err },
		);
	}
	return parseReport(text, path);
}
