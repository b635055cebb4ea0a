// xcover-test: rootless
/**
 * Reports larger than the longest string V8 makes (about 512 MiB): the byte-level JSON reader
 * means what JSON.parse means, a file past the limit reads back, and a report too large for the
 * memory Node.js may use is refused in one line before reading.
 */
import assert from "node:assert/strict";
import { constants as bufferConstants } from "node:buffer";
import { spawnSync } from "node:child_process";
import { closeSync, constants as fsConstants, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import fc from "fast-check";
import { formatJson } from "../src/report/json.js";
import { JsonBytesError, parseJsonBytes } from "../src/report/jsonBytes.js";
import { parseReport, ReportInputError, readReport } from "../src/report/readReport.js";
import { sampleReport } from "./fixtures/report/sample.js";
import { root, workDir } from "./helpers.js";

const dir = workDir("big-reports");

/** What JSON.parse makes of the bytes, or "refused". */
function viaJsonParse(bytes: Buffer): unknown {
	try {
		return JSON.parse(bytes.toString("utf8"));
	} catch {
		return "refused";
	}
}

function viaBytes(bytes: Buffer, splitAbove: number): unknown {
	try {
		return parseJsonBytes(bytes, splitAbove);
	} catch (err) {
		assert.ok(err instanceof JsonBytesError, String(err));
		return "refused";
	}
}

const splits = fc.constantFrom(0, 1, 2, 7, 64, Number.POSITIVE_INFINITY);

describe("JSON read from bytes, split below V8's string limit", () => {
	it("gives what JSON.parse gives for any JSON document, however it is split", () => {
		const documents = fc.tuple(fc.jsonValue(), fc.constantFrom(undefined, 1, "\t", "  \r\n")).map(([value, space]) => {
			let text = JSON.stringify(value, null, space as string | number | undefined);
			// JSON.stringify's space puts no \r into the text; swap some newlines for \r\n.
			if (typeof space === "string") text = text.replaceAll("\n", " \r\n");
			return text;
		});
		fc.assert(
			fc.property(documents, splits, (text, split) => {
				const bytes = Buffer.from(text);
				assert.deepStrictEqual(viaBytes(bytes, split), viaJsonParse(bytes));
			}),
			{ numRuns: 600 },
		);
	});

	it("refuses exactly what JSON.parse refuses", () => {
		const pieces = fc.constantFrom(
			"[",
			"]",
			"{",
			"}",
			",",
			":",
			'"',
			'"a"',
			"\\",
			"1",
			"-0",
			"1e5",
			".5",
			"01",
			"true",
			"nul",
			"null",
			" ",
			"\n",
			"\u00a0",
			"é",
			"\u0000",
		);
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 24 }), splits, (parts, split) => {
				const bytes = Buffer.from(parts.join(""));
				assert.deepStrictEqual(viaBytes(bytes, split), viaJsonParse(bytes), JSON.stringify(parts.join("")));
			}),
			{ numRuns: 4000 },
		);
	});

	it("keeps JSON.parse's meaning of __proto__ and of repeated member names", () => {
		for (const text of ['{"__proto__":{"polluted":1},"a":[1,2]}', '{"a":1,"a":[2],"b":{"a":3,"a":4}}']) {
			const bytes = Buffer.from(text);
			const value = parseJsonBytes(bytes, 1);
			assert.deepStrictEqual(value, JSON.parse(text));
			assert.equal(Object.getPrototypeOf(value), Object.prototype);
			assert.equal(({} as { polluted?: number }).polluted, undefined);
		}
	});

	it("names the byte where a document goes wrong", () => {
		assert.throws(
			() => parseJsonBytes(Buffer.from('{"a":[1,2}]'), 1),
			(e: Error) => e instanceof JsonBytesError && e.offset === 9 && /expected , or \]/.test(e.message),
		);
	});
});

describe("reports past 512 MiB", () => {
	it("a report larger than the longest string V8 makes reads back", () => {
		const report = sampleReport("/build/paths");
		const compact = formatJson(report);
		// The functions array padded with whitespace between its elements: valid JSON, the same
		// report, more bytes than one string can hold, yet little memory once parsed.
		const at = compact.indexOf('"functions":[') + '"functions":['.length;
		const path = join(dir, "padded.json");
		const fd = openSync(path, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_TRUNC, 0o644);
		const pad = Buffer.alloc(64 << 20, 0x20);
		const total = bufferConstants.MAX_STRING_LENGTH + (16 << 20);
		try {
			writeSync(fd, compact.slice(0, at));
			for (let done = 0; done < total; done += pad.length) writeSync(fd, pad);
			writeSync(fd, compact.slice(at));
		} finally {
			closeSync(fd);
		}
		// The test is only worth something if the file is past the limit for real.
		assert.throws(() => readFileSync(path, "utf8"), /ERR_STRING_TOO_LONG|Cannot create a string longer/);
		assert.deepStrictEqual(readReport(path), parseReport(compact, "compact"));
	});

	it("a report too large for this Node.js's memory is refused in one line, with the option that gives more", () => {
		const path = join(dir, "large.json");
		const fd = openSync(path, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_TRUNC, 0o644);
		try {
			writeSync(fd, Buffer.alloc(80 << 20, 0x20));
			writeSync(fd, formatJson(sampleReport("/build/paths")));
		} finally {
			closeSync(fd);
		}
		const script = `import { readReport } from ${JSON.stringify(join(root, "src/report/readReport.ts"))};
try { readReport(${JSON.stringify(path)}); console.log("read"); } catch (e) { console.log(e.constructor.name + ": " + e.message + " | " + e.hint); }`;
		const r = spawnSync(
			process.execPath,
			["--max-old-space-size=64", "--import", "tsx", "--input-type=module", "-e", script],
			{
				encoding: "utf8",
				cwd: root,
			},
		);
		assert.equal(r.status, 0, r.stderr);
		assert.match(
			r.stdout.trim(),
			/^ReportInputError: the report .*large\.json is 80 MiB; reading it needs about 240 MiB of memory, and this Node\.js may use \d+ MiB \| Give Node\.js more: NODE_OPTIONS=--max-old-space-size=\d+\.$/,
		);
	});

	it("a FIFO or a directory given as the report is refused, not waited on", () => {
		const fifo = join(dir, "fifo.json");
		spawnSync("mkfifo", [fifo]);
		mkdirSync(join(dir, "folder.json"), { recursive: true });
		for (const path of [fifo, join(dir, "folder.json")]) {
			assert.throws(
				() => readReport(path),
				(e: Error) => e instanceof ReportInputError && e.message.endsWith("is not a regular file"),
				path,
			);
		}
	});
});
