// xcover-test: root
/**
 * --scope project: a program of the project linked with a static library compiled from a folder
 * outside it. Only the project's functions get probes, traced with real uprobes, and the log says
 * what was left out and why; a binary with no source files is traced whole, with a warning; a
 * stripped Go program keeps its main module's packages.
 */
import assert from "node:assert/strict";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readPlan, type TraceOptions } from "../src/daemon/trace.js";
import { DiagnosticList } from "../src/diagnostics.js";
import type { CoverageReport } from "../src/report/report.js";
import { buildVendoredApp, goBuildStripped, must, needsBpf, workDir, xcover } from "./helpers.js";

const dir = workDir("scope");
const { proj, app } = buildVendoredApp(dir);

const OWN = ["main", "use_cube", "use_half", "use_square"];
const VENDORED = ["shape_cube", "shape_half", "shape_square", "shape_unused"];

function plan(paths: string[], options: Partial<TraceOptions> = {}) {
	const told = new DiagnosticList();
	const { plan } = readPlan(
		{ paths, include: [], exclude: [], mode: "first-hit", reportPath: join(dir, "unused.json"), ...options },
		{ log: () => {}, diagnostics: told },
	);
	const names = (b = 0) => (plan.binaries[b]?.functions ?? []).map((f) => f.names[0] as string).sort();
	return { plan, told: told.items, names };
}

/** Defined function symbols, by nm: every function the binary has. */
function nmFunctions(path: string): string[] {
	return must("nm", ["--defined-only", path])
		.split("\n")
		.filter((l) => /^[0-9a-f]+ [Tt] /.test(l))
		.map((l) => l.split(" ")[2] as string);
}

describe("--scope project", () => {
	it("leaves out a static library compiled outside the source root, and says how many and why", () => {
		const all = plan([app]);
		for (const f of [...OWN, ...VENDORED]) assert.ok(all.names().includes(f), `${f} is in the binary`);
		const p = plan([app], { scope: "project", sourceRoot: proj });
		assert.deepEqual(p.names(), OWN);
		const table = all.plan.binaries[0]?.table.functions.map((f) => f.names[0] as string) ?? [];
		const total = table.length;
		const symbols = new Set(nmFunctions(app));
		assert.ok(
			table.every((n) => symbols.has(n)),
			"every function of the table is a function symbol nm lists",
		);
		const unknown = total - OWN.length - VENDORED.length;
		assert.deepEqual(p.told, [
			{
				kind: "scope",
				level: "info",
				file: app,
				message: `${app}: scope project keeps 4 of ${total} functions; left out 4 from source outside ${proj} and ${unknown} with no source file`,
			},
		]);
	});

	it("with the vendor folder inside the root, the library is the project's too", () => {
		assert.deepEqual(plan([app], { scope: "project", sourceRoot: dir }).names(), [...OWN, ...VENDORED].sort());
	});

	it("a binary without debug information is traced whole, with a warning saying why", () => {
		const bare = join(dir, "bare");
		copyFileSync(app, bare);
		must("strip", ["--strip-debug", bare]);
		const p = plan([bare], { scope: "project", sourceRoot: proj });
		assert.deepEqual(p.names(), plan([bare]).names());
		assert.equal(p.told[0]?.kind, "scope-undecidable");
		assert.equal(p.told[0]?.level, "warning");
		assert.match(p.told[0]?.message ?? "", /no source files .* all \d+ are traced/);
	});

	it("a stripped Go program keeps its main module's packages", () => {
		const bin = goBuildStripped("told", join(dir, "told-go"));
		const p = plan([bin], { scope: "project", sourceRoot: proj });
		assert.deepEqual(p.names(), ["main.Alpha", "main.Beta", "main.Gamma", "main.main"]);
		assert.match(p.told[0]?.message ?? "", /scope project keeps 4 of \d+ functions; left out \d+ from source outside/);
	});

	it("a bad --scope is a usage error naming both values", () => {
		const r = xcover(["run", "--path", app, "--scope", "repo", "--", app]);
		assert.equal(r.code, 2);
		assert.match(r.stderr, /--scope must be binary or project, not "repo"/);
	});
});

describe("--scope project, traced", needsBpf, () => {
	it("probes and reports the project's functions only, and covers what ran of them", () => {
		const out = join(dir, "project.json");
		const r = xcover([
			"run",
			"--path",
			app,
			"--scope",
			"project",
			"--source-root",
			proj,
			"-o",
			out,
			"--",
			app,
			"s",
			"c",
		]);
		assert.equal(r.code, 0, r.stderr);
		assert.match(r.stderr, /scope project keeps 4 of \d+ functions; left out 4 from source outside/);
		const report = JSON.parse(readFileSync(out, "utf8")) as CoverageReport;
		const fns = report.binaries[0]?.functions ?? [];
		assert.deepEqual(fns.map((f) => f.name).sort(), OWN);
		assert.deepEqual(
			fns
				.filter((f) => f.covered)
				.map((f) => f.name)
				.sort(),
			["main", "use_cube", "use_square"],
		);
		assert.deepEqual([report.totals.covered, report.totals.traced], [3, 4]);
	});
});
