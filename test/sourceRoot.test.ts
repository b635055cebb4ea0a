// xcover-test: root
/**
 * Reports name sources relative to the project's folder: a program of the project linked with a
 * static library built outside it, traced with real uprobes. The JSON keeps the paths DWARF gives
 * and records the root; LCOV and Cobertura name the project's files from it, keep the library's
 * absolute, and Cobertura's <source> joined with each filename is the file on disk.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { mergeReports } from "../src/report/merge.js";
import type { CoverageReport } from "../src/report/report.js";
import { buildVendoredApp, needsBpf, sh, workDir, xcover } from "./helpers.js";

const dir = workDir("source-root");
const { proj, vendor, app } = buildVendoredApp(dir);

describe("paths relative to the source root", needsBpf, () => {
	const out = join(dir, "out");
	const reportPath = join(out, "xcover-report.json");
	let r: ReturnType<typeof xcover>;
	before(() => {
		mkdirSync(out, { recursive: true });
		r = xcover([
			"run",
			"--path",
			app,
			"--source-root",
			proj,
			"--granularity",
			"line",
			"-o",
			reportPath,
			"-f",
			"lcov,cobertura",
			"--",
			app,
			"s",
		]);
	});

	it("the JSON keeps DWARF's paths and records the root", () => {
		assert.equal(r.code, 0, r.stderr);
		const report = JSON.parse(readFileSync(reportPath, "utf8")) as CoverageReport;
		assert.equal(report.source_root, proj);
		const files = new Set(report.binaries[0]?.functions.map((f) => f.file));
		assert.ok(files.has(join(proj, "useshape.c")), [...files].join(", "));
		assert.ok(files.has(join(vendor, "shape.c")));
		// The schema takes it: xcover reads its own report back.
		assert.equal(xcover(["report", reportPath, "-f", "markdown", "-o", join(dir, "again")]).code, 0);
	});

	it("LCOV names the project's files from the root and keeps the library's path, and lcov reads it", () => {
		const lcov = readFileSync(join(out, "lcov.info"), "utf8");
		const sf = [...lcov.matchAll(/^SF:(.*)$/gm)].map((m) => m[1]);
		assert.ok(sf.includes("useshape.c"), sf.join(", "));
		assert.ok(sf.includes(join(vendor, "shape.c")), sf.join(", "));
		assert.ok(!sf.some((f) => f?.startsWith("..")));
		const summary = sh("lcov", ["--summary", join(out, "lcov.info")]);
		assert.equal(summary.code, 0, summary.stderr);
	});

	it("Cobertura's <source> is the root and each filename resolves from it to the file", () => {
		const xml = readFileSync(join(out, "cobertura.xml"), "utf8");
		assert.deepEqual(
			[...xml.matchAll(/<source>(.*?)<\/source>/g)].map((m) => m[1]),
			[proj],
		);
		const filenames = [...new Set([...xml.matchAll(/filename="([^"]*)"/g)].map((m) => m[1] as string))].sort();
		assert.deepEqual(filenames, [join(vendor, "shape.c"), "useshape.c"].sort());
		for (const f of filenames) assert.ok(existsSync(f.startsWith("/") ? f : join(proj, f)), f);
	});

	it("a merge keeps the root when every run names the same one, and drops it otherwise", () => {
		const report = JSON.parse(readFileSync(reportPath, "utf8")) as CoverageReport;
		const same = mergeReports([
			{ report, source: "a" },
			{ report, source: "b" },
		]);
		assert.equal(same.source_root, proj);
		const elsewhere = { ...report, source_root: "/elsewhere" };
		for (const order of [
			[report, elsewhere],
			[elsewhere, report],
		] as const) {
			const m = mergeReports(order.map((rep, i) => ({ report: rep, source: String(i) })));
			assert.equal(m.source_root, undefined);
		}
	});
});
