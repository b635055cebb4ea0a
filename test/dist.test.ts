// xcover-test: root
/**
 * dist/ is what users run (action.yml points at it, with no npm install): it must be built from
 * the current sources, self-contained, and its addon must load on the oldest supported runner.
 */
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
// @ts-expect-error: a plain .mjs script without type declarations
import { sourceFiles, sourceHash } from "../scripts/sourceHash.mjs";
import { actionYml } from "./fakeGitHub.js";
import { compile, needsBpf, root, sh, workDir } from "./helpers.js";

const dist = join(root, "dist");
/** Ubuntu 22.04, the oldest GitHub-hosted runner the action supports. */
const MAX_GLIBC = [2, 35];

/** The highest GLIBC_x.y symbol version an ELF file needs, from objdump -T (readelf -V as fallback). */
export function highestGlibc(file: string): number[] {
	let text = sh("objdump", ["-T", file]).stdout;
	if (!/GLIBC_/.test(text)) text = sh("readelf", ["-V", "-W", file]).stdout;
	const versions = [...text.matchAll(/GLIBC_(\d+)\.(\d+)(?:\.(\d+))?/g)].map((m) => [
		Number(m[1]),
		Number(m[2]),
		Number(m[3] ?? 0),
	]);
	versions.sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number));
	return versions.at(-1) ?? [0, 0, 0];
}

describe("dist/", () => {
	it("is built from the current sources", () => {
		assert.ok(existsSync(join(dist, "SOURCE_HASH")), "dist/ is missing: run npm run package");
		const built = readFileSync(join(dist, "SOURCE_HASH"), "utf8").trim();
		const builtAt = statSync(join(dist, "SOURCE_HASH")).mtimeMs;
		const newer = (sourceFiles(root) as string[]).filter((f) => statSync(join(root, f)).mtimeMs > builtAt);
		assert.equal(
			built,
			sourceHash(root) as string,
			`dist/ is stale: run npm run package (changed since it was built: ${newer.slice(0, 5).join(", ") || "see git status"})`,
		);
	});

	it("holds everything action.yml and the CLI load", () => {
		const { runs } = actionYml();
		for (const entry of [runs.main, runs.post])
			assert.ok(existsSync(join(root, entry ?? "missing")), `${entry} exists`);
		for (const f of ["cli.js", "xcover.node", "xcover.bpf.o", "xcover-report.schema.json", "package.json"]) {
			assert.ok(existsSync(join(dist, f)), `dist/${f} exists`);
		}
	});

	it("the addon loads on glibc 2.35 (Ubuntu 22.04)", () => {
		const v = highestGlibc(join(dist, "xcover.node"));
		assert.ok(v[0] !== 0, "found GLIBC_ versions in the addon");
		const ok =
			(v[0] as number) < (MAX_GLIBC[0] as number) ||
			((v[0] as number) === MAX_GLIBC[0] && (v[1] as number) <= (MAX_GLIBC[1] as number));
		assert.ok(ok, `dist/xcover.node needs GLIBC_${v.join(".")}, newer than 2.35`);
	});

	describe("copied alone, without node_modules", () => {
		// Outside the checkout, so no node_modules up the tree can help.
		const alone = mkdtempSync(join(tmpdir(), "xcover-dist-"));
		cpSync(dist, alone, { recursive: true });
		after(() => rmSync(alone, { recursive: true, force: true }));

		it("node cli.js --help works", () => {
			const r = sh(process.execPath, [join(alone, "cli.js"), "--help"]);
			assert.equal(r.code, 0, r.stderr);
			assert.match(r.stdout, /^xcover \d+\.\d+\.\d+: which functions/);
		});

		it("post.js loads every module it bundles and exits cleanly when main did not start", () => {
			const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(STATE_|INPUT_)/.test(k)));
			const r = sh(process.execPath, [join(alone, "post.js")], { env });
			assert.equal(r.code, 0, r.stderr);
			assert.match(r.stdout, /not started/);
		});

		it("main.js fails on a bad input with one line", () => {
			const r = sh(process.execPath, [join(alone, "main.js")], { env: { PATH: process.env.PATH, INPUT_PATH: "" } });
			assert.equal(r.code, 1);
			assert.match(r.stdout, /^::error::input path: no binary to trace\. /m);
		});

		it("merge.js, outside a workflow run, fails with one line saying where it runs", () => {
			const r = sh(process.execPath, [join(alone, "merge.js")], { env: { PATH: process.env.PATH } });
			assert.equal(r.code, 1);
			assert.match(r.stdout, /^::error::GITHUB_RUN_ID is not set, so there is no run to take artifacts from\. /m);
		});

		it("the bundled CLI traces with the addon and BPF object beside it", needsBpf, () => {
			const dir = workDir("dist");
			const select = compile(join(dir, "select"), ["select.c"]);
			const report = join(dir, "r.json");
			const r = sh(process.execPath, [join(alone, "cli.js"), "run", "-p", select, "-o", report, "--", select, "12"], {
				env: { PATH: process.env.PATH, XCOVER_STATE_DIR: join(dir, "state") },
			});
			assert.equal(r.code, 0, r.stderr);
			const json = JSON.parse(readFileSync(report, "utf8")) as { funcs_ack: string[] };
			assert.ok(json.funcs_ack.includes("f1") && json.funcs_ack.includes("f2"), JSON.stringify(json.funcs_ack));
		});
	});
});
