// xcover-test: root
/**
 * First-hit pruning with real uprobes: a probe goes away once its function ran, links shared by
 * several functions are replaced without losing a hit, and every mode sees the same coverage.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { calledSet, manyFunctionsSource } from "./fixtures/many.js";
import {
	compile,
	coveredNames,
	eventually,
	linkIdsOf,
	must,
	needsBpf,
	readReport,
	workDir,
	xcover,
} from "./helpers.js";

const dir = workDir("prune");

describe("first-hit pruning", needsBpf, () => {
	const env = { XCOVER_STATE_DIR: join(dir, "state") };
	after(() => xcover(["stop"], env));

	it("removes a function's probe once it has run", async () => {
		const select = compile(join(dir, "select"), ["select.c"]);
		assert.equal(xcover(["run", "--detach", "-p", select, "-o", join(dir, "p.json")], env).code, 0);
		const pid = Number(readFileSync(join(dir, "state", "daemon.pid"), "utf8"));
		const before = JSON.parse(xcover(["status", "--json"], env).stdout);
		assert.equal(before.armed, before.attached);
		assert.equal(linkIdsOf(pid).length, before.attached, "one link per function");

		must(select, ["1", "3", "5"]);
		await eventually(() => JSON.parse(xcover(["status", "--json"], env).stdout).armed === before.attached - 5);
		const after = JSON.parse(xcover(["status", "--json"], env).stdout);
		assert.equal(after.hit, 5);
		// The five links close on their own threads; the daemon holds the rest.
		await eventually(() => linkIdsOf(pid).length === before.attached - 5);

		// Calling them again changes nothing: there is no probe left to fire.
		const trapsBefore = after.probeHits;
		assert.ok(trapsBefore >= 5);
		must(select, ["1", "3", "5"]);
		const again = JSON.parse(xcover(["status", "--json"], env).stdout);
		assert.equal(again.hit, 5);
		assert.equal(again.probeHits, trapsBefore, "no probe fired on the second run");
		assert.equal(xcover(["stop"], env).code, 0);
		assert.deepEqual(coveredNames(readReport(join(dir, "p.json")), /^(f\d|main)$/), ["f1", "f3", "f5", "main"]);
	});
});

describe("replacing shared links under a storm of first hits", needsBpf, () => {
	const count = 3000;
	const source = join(dir, "many.c");
	writeFileSync(source, manyFunctionsSource(count));
	const bin = join(dir, "many");
	must("gcc", ["-O1", "-o", bin, source, "-pthread"]);
	const expected = calledSet(count).sort();
	const threads = 8;
	const rounds = 3;
	const trace = (name: string, extra: string[], env: NodeJS.ProcessEnv) => {
		const report = join(dir, `${name}.json`);
		const r = xcover(
			["run", "-p", bin, "-i", "^g\\d+$", ...extra, "-o", report, "--", bin, String(threads), String(rounds)],
			env,
		);
		assert.equal(r.code, 0, r.stderr);
		return readReport(report);
	};

	it("first-hit with links of 8 functions replaced new-before-old covers exactly what ran", () => {
		const rep = trace("groups", [], { XCOVER_GROUP_SIZE: "8" });
		assert.equal(rep.totals.traced, count);
		assert.deepEqual(coveredNames(rep, /^g/), expected);
	});

	it("one link per function gives the same set", () => {
		assert.deepEqual(coveredNames(trace("single", [], {}), /^g/), expected);
	});

	it("probes left armed give the same set", () => {
		assert.deepEqual(coveredNames(trace("armed", [], { XCOVER_NO_PRUNE: "1" }), /^g/), expected);
	});

	it("count mode gives the same set and the exact number of calls from every thread", () => {
		const rep = trace("count", ["--mode", "count"], {});
		assert.deepEqual(coveredNames(rep, /^g/), expected);
		const wrong = (rep.binaries[0]?.functions ?? []).filter((f) => f.calls !== (f.covered ? threads * rounds : 0));
		assert.deepEqual(
			wrong.map((f) => `${f.names[0]}=${f.calls}`),
			[],
		);
	});
});
