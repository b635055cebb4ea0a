// xcover-test: rootless
/**
 * Report files are written as root into folders other users may write: nothing planted there
 * (a link at a temporary name, a link in place of the report) makes root write or chown
 * anything but the report itself.
 */
import assert from "node:assert/strict";
import { lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { makeDirectory, writeFileAtomic } from "../src/report/writeFile.js";
import { workDir } from "./helpers.js";

const dir = workDir("write-file");
const asRoot = process.getuid?.() === 0;
/** As sudo sets it: the files go to this user (nobody) when root writes them. */
const nobody = { SUDO_UID: "65534", SUDO_GID: "65534" };

function withEnv<T>(env: Record<string, string>, run: () => T): T {
	const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
	Object.assign(process.env, env);
	try {
		return run();
	} finally {
		for (const [k, v] of Object.entries(saved)) {
			if (v === undefined) delete process.env[k];
			else process.env[k] = v;
		}
	}
}

describe("writing report files", () => {
	it("never writes or chowns through a link planted at the temporary name the writer used to pick", () => {
		const victim = join(dir, "victim");
		writeFileSync(victim, "precious\n");
		const before = statSync(victim);
		const report = join(dir, "r.json");
		// The old name was .NAME.PID.tmp: plant that, and a few guesses around it.
		for (const pid of [process.pid, process.pid + 1]) symlinkSync(victim, join(dir, `.r.json.${pid}.tmp`));
		withEnv(nobody, () => writeFileAtomic(report, '{"ok":true}\n'));
		assert.equal(readFileSync(victim, "utf8"), "precious\n");
		const after = statSync(victim);
		assert.deepEqual([after.uid, after.gid], [before.uid, before.gid]);
		assert.equal(readFileSync(report, "utf8"), '{"ok":true}\n');
		if (asRoot) assert.deepEqual([statSync(report).uid, statSync(report).gid], [65534, 65534]);
		// No temporary file is left behind.
		assert.deepEqual(
			readdirSync(dir).filter((f) => f.endsWith(".tmp") && !lstatSync(join(dir, f)).isSymbolicLink()),
			[],
		);
	});

	it("replaces a link standing at the report's path instead of writing through it", () => {
		const victim = join(dir, "victim2");
		writeFileSync(victim, "precious\n");
		const report = join(dir, "linked.json");
		symlinkSync(victim, report);
		withEnv(nobody, () => writeFileAtomic(report, "report\n"));
		assert.equal(readFileSync(victim, "utf8"), "precious\n");
		assert.ok(!lstatSync(report).isSymbolicLink());
		assert.equal(readFileSync(report, "utf8"), "report\n");
	});

	it("gives the folders it creates to the invoking user", () => {
		const made = join(dir, "a", "b", "c");
		withEnv(nobody, () => makeDirectory(made));
		if (asRoot) for (const d of [join(dir, "a"), join(dir, "a", "b"), made]) assert.equal(statSync(d).uid, 65534);
		assert.ok(statSync(made).isDirectory());
	});
});
