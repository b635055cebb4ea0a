// xcover-test: rootless
/** The SVG badge: well-formed for xmllint, the report's own figure, shields.io's colour steps. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { makeBadge } from "badge-maker";
import { formatBadge } from "../src/report/formats/badge.js";
import { buildModel } from "../src/report/model.js";
import { lineReport, sampleReport } from "./fixtures/report/sample.js";
import { sh, workDir } from "./helpers.js";

const dir = workDir("badge");

function check(svg: string, name: string): void {
	const path = join(dir, name);
	writeFileSync(path, svg);
	const r = sh("xmllint", ["--noout", path]);
	assert.equal(r.code, 0, r.stderr);
	const title = sh("xmllint", ["--xpath", "string(/*[local-name()='svg']/*[local-name()='title'])", path]);
	assert.equal(title.code, 0, title.stderr);
}

describe("the coverage badge", () => {
	it("shows function coverage of a function report, and line coverage of a line report", () => {
		const fn = formatBadge(buildModel(sampleReport("/b")));
		check(fn, "function.svg");
		assert.match(fn, /<title>coverage: 60%<\/title>/);
		// 10 of 19 lines: 52.63%, shown rounded down.
		const lines = formatBadge(buildModel(lineReport("/b")));
		check(lines, "line.svg");
		assert.match(lines, /<title>coverage: 52\.6%<\/title>/);
	});

	it("takes shields.io's colours by percentage, grey when nothing was measured", () => {
		const report = sampleReport("/b");
		const fill = (svg: string) => /<rect x="\d+" width="\d+" height="20" fill="(#[0-9a-f]+)"\/>/.exec(svg)?.[1];
		const at = (covered: number, traced: number) => {
			const model = buildModel(report);
			model.totals = { ...model.totals, covered, traced, percent: traced === 0 ? 0 : (covered / traced) * 100 };
			return formatBadge(model);
		};
		const named = (color: string) => fill(makeBadge({ label: "x", message: "y", color }));
		assert.equal(fill(at(95, 100)), named("brightgreen"));
		assert.equal(fill(at(80, 100)), named("green"));
		assert.equal(fill(at(65, 100)), named("yellowgreen"));
		assert.equal(fill(at(10, 100)), named("red"));
		assert.equal(fill(at(0, 0)), named("lightgrey"));
		// 89.99% is not rounded up to a 90% badge.
		assert.match(at(8999, 10000), /<title>coverage: 89\.9%<\/title>/);
		assert.match(at(0, 0), /<title>coverage: unknown<\/title>/);
	});

	it("escapes a label, whatever it holds", () => {
		const svg = formatBadge(buildModel(sampleReport("/b")), '<script>"&');
		check(svg, "label.svg");
		assert.doesNotMatch(svg, /<script>/);
	});
});
