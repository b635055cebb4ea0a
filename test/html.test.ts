// xcover-test: rootless
/**
 * The HTML report in a real Chromium: the totals it shows, sorting, filtering, the source view,
 * hostile names shown as text, no console errors, and a layout that works at phone width.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import { DiagnosticList } from "../src/diagnostics.js";
import { formatHtml } from "../src/report/formats/html.js";
import { writeFormats } from "../src/report/formats.js";
import { formatJson } from "../src/report/json.js";
import { buildModel } from "../src/report/model.js";
import { HOSTILE_NAME, sampleReport, sampleSources } from "./fixtures/report/sample.js";
import { cli, compile, must, root, sh, workDir } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const dir = workDir("html");
const artifacts = join(root, "build", "test-artifacts");
const binary = compile(join(dir, "paths"), ["report/paths.c"]);
const report = sampleReport(binary, { hostile: true });
const [written] = writeFormats(report, ["html"], dir, { sourceRoot: join(sampleSources, "..") });
const page_url = `file://${written?.path}`;

describe("the HTML report in Chromium", { skip: existsSync(CHROMIUM) ? false : `needs ${CHROMIUM}` }, () => {
	let browser: Browser;
	let page: Page;
	const problems: string[] = [];

	before(async () => {
		mkdirSync(artifacts, { recursive: true });
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: [
				"--headless",
				"--no-sandbox",
				"--disable-gpu",
				"--disable-background-networking",
				"--disable-component-update",
				"--disable-sync",
				"--no-first-run",
			],
		});
		page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
		page.on("console", (m) => {
			if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
		});
		page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
		page.on("dialog", (d) => {
			problems.push(`dialog: ${d.message()}`);
			void d.dismiss();
		});
		page.on("request", (r) => {
			if (!r.url().startsWith("file:")) problems.push(`network request: ${r.url()}`);
		});
		await page.goto(page_url);
	});

	after(async () => {
		await browser?.close();
	});

	const rows = () =>
		page.$$eval("#fn-table tbody tr", (trs) =>
			trs.map((tr) => ({
				name: tr.children[0]?.textContent ?? "",
				status: tr.getAttribute("data-status") ?? "",
			})),
		);

	it("shows the model's totals", async () => {
		const text = async (sel: string) => (await page.textContent(sel))?.trim();
		assert.equal(await text("#total-percent"), `${report.totals.percent.toFixed(2)}%`);
		assert.equal(await text("#total-covered"), String(report.totals.covered));
		assert.equal(await text("#total-traced"), String(report.totals.traced));
		assert.equal(await text("#total-unprobeable"), String(report.totals.unprobeable));
		assert.equal(await page.locator("tr.file-row").count(), 5);
		assert.equal((await rows()).length, report.totals.functions);
	});

	it("shows hostile names as text and runs nothing of them", async () => {
		const names = (await rows()).map((r) => r.name);
		assert.ok(names.includes(HOSTILE_NAME), names.join(", "));
		assert.ok(names.some((n) => n.startsWith("ctl\u0001char & ") && n.endsWith(` "quoted" 'single'`)));
		assert.equal(await page.locator("#fn-table script, #overview img").count(), 0);
		const evil = page.locator("tr.file-row td", { hasText: "onerror" });
		assert.equal(await evil.textContent(), "/nonexistent/<img src=x onerror=alert(2)>.c");
	});

	it("sorts by a column, both ways", async () => {
		await page.click('th[data-sort="name"]');
		const up = (await rows()).map((r) => r.name);
		assert.deepEqual(up, [...up].sort(new Intl.Collator(undefined, { numeric: true }).compare));
		assert.equal(await page.getAttribute('th[data-sort="name"]', "aria-sort"), "ascending");
		await page.click('th[data-sort="name"]');
		assert.deepEqual(
			(await rows()).map((r) => r.name),
			[...up].reverse(),
		);
		await page.click('th[data-sort="calls"]');
		const calls = await page.$$eval("#fn-table tbody tr td.num", (tds) => tds.map((td) => Number(td.textContent)));
		assert.deepEqual(
			calls,
			[...calls].sort((a, b) => a - b),
		);
	});

	it("filters by status and by text", async () => {
		await page.selectOption("#fn-status", "uncovered");
		const uncovered = await rows();
		assert.equal(uncovered.length, report.totals.traced - report.totals.covered);
		assert.ok(uncovered.every((r) => r.status === "uncovered"));
		await page.selectOption("#fn-status", "unprobeable");
		assert.deepEqual(
			(await rows()).map((r) => r.name),
			["diagonal_squared"],
		);
		await page.selectOption("#fn-status", "");
		await page.fill("#fn-filter", "util.c");
		assert.deepEqual((await rows()).map((r) => r.name).sort(), ["clamp", "lerp", "lerp(int, int)", "lerp(int, long)"]);
		assert.match((await page.textContent("#fn-count")) ?? "", /showing 4 of 4 matching functions \(15 in all\)/);
		await page.fill("#fn-filter", "");
	});

	it("shows a source file with its functions marked", async () => {
		await page.click('tr.file-row a:text("geometry.c")');
		await page.waitForSelector("#source.shown");
		const mark = async (n: number) => (await page.getAttribute(`#L${n}`, "class")) ?? "";
		assert.equal(await mark(4), "covered entry");
		assert.equal(await mark(5), "covered");
		assert.equal(await mark(8), "uncovered entry");
		assert.equal(await mark(12), "unprobeable entry");
		assert.equal(await mark(7), "");
		assert.equal(await page.textContent("#L4"), "int area(int w, int h) {");
		await page.screenshot({ path: join(artifacts, "html-source.png") });
	});

	it("works at phone width", async () => {
		await page.goto(page_url);
		await page.setViewportSize({ width: 390, height: 844 });
		const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
		assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
		await page.screenshot({ path: join(artifacts, "html-phone.png"), fullPage: true });
		await page.setViewportSize({ width: 1200, height: 900 });
		await page.screenshot({ path: join(artifacts, "html-desktop.png"), fullPage: true });
	});

	it("had no console errors, dialogs or network requests", () => {
		assert.deepEqual(problems, []);
	});
});

/** The page's embedded data: which files have a source view, and the sources. */
function pageData(html: string): { files: Array<{ name: string; src: number }>; sources: string[] } {
	const m = /<script id="xcover-data" type="application\/json">(.*?)<\/script>/s.exec(html);
	assert.ok(m, "the page embeds its data");
	return JSON.parse(m[1] as string);
}

function shown(html: string): string[] {
	return pageData(html)
		.files.filter((f) => f.src >= 0)
		.map((f) => f.name);
}

describe("the HTML source view reads only regular files under the source root", () => {
	it("skips a FIFO, a device and a link out of the root, and writes the report promptly", () => {
		const sources = join(dir, "fifo-root");
		mkdirSync(sources);
		const regular = join(sources, "regular.c");
		copyFileSync(join(sampleSources, "geometry.c"), regular);
		const fifo = join(sources, "fifo.c");
		must("mkfifo", [fifo]);
		const link = join(sources, "outside.c");
		symlinkSync("/etc/hostname", link);
		const device = join(sources, "device.c");
		// /dev/zero itself under the root as root, else a link to it.
		if (sh("mknod", [device, "c", "1", "5"]).code !== 0) symlinkSync("/dev/zero", device);
		const r = JSON.parse(formatJson(sampleReport(binary)));
		const place: Record<string, string> = { area: regular, perimeter: fifo, scale: link, clamp: device };
		for (const f of r.binaries[0].functions) if (place[f.name] !== undefined) f.file = place[f.name];
		const input = join(dir, "fifo-report.json");
		writeFileSync(input, formatJson(r));
		const out = join(dir, "fifo-out");
		// A child process, so that a reader blocked on the FIFO fails the test instead of hanging it.
		const started = Date.now();
		const run = spawnSync(
			process.execPath,
			[cli, "report", input, "-f", "html", "--output-dir", out, "--source-root", sources],
			{ encoding: "utf8", timeout: 20000 },
		);
		assert.equal(run.signal, null, `xcover report did not finish in 20 s (${run.error?.message ?? ""})`);
		assert.equal(run.status, 0, run.stderr);
		assert.ok(Date.now() - started < 20000);
		const html = readFileSync(join(out, "xcover-report.html"), "utf8");
		assert.deepEqual(shown(html), [regular]);
		assert.deepEqual(pageData(html).sources, [readFileSync(regular, "utf8")]);
	});

	it("refuses a source root of /, with one warning", () => {
		const diagnostics = new DiagnosticList();
		const model = buildModel(sampleReport(binary));
		const html = formatHtml(model, { sourceRoot: "/", diagnostics });
		assert.deepEqual(shown(html), []);
		assert.deepEqual(diagnostics.kinds(), ["source-root"]);
		// The same files are shown from a narrower root, and then without a warning.
		const narrower = formatHtml(model, { sourceRoot: sampleSources, diagnostics });
		assert.equal(shown(narrower).length, 2);
		assert.equal(diagnostics.items.length, 1);
		const cwd = process.cwd();
		try {
			process.chdir("/");
			const out = join(dir, "root-cwd");
			const told = new DiagnosticList();
			writeFormats(sampleReport(binary), ["html"], out, { diagnostics: told });
			assert.deepEqual(shown(readFileSync(join(out, "xcover-report.html"), "utf8")), []);
			assert.deepEqual(told.kinds(), ["source-root"], "the default root, the working directory /, is refused too");
		} finally {
			process.chdir(cwd);
		}
	});
});
