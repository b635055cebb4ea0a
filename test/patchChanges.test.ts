// xcover-test: rootless
/** The changed lines of real git diffs: new, deleted, renamed, quoted and non-ASCII files. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { changedLines, gitDiff, PatchInputError } from "../src/patch/changes.js";
import { must, workDir } from "./helpers.js";

const repo = join(workDir("patch-changes"), "repo");
const git = (...args: string[]) =>
	must("git", ["-C", repo, "-c", "user.email=ci@example.invalid", "-c", "user.name=ci", ...args]);
const put = (name: string, text: string) => writeFileSync(join(repo, name), text);

describe("changed lines", () => {
	must("git", ["init", "-q", "-b", "main", repo]);
	put("sp ace.c", "a\nb\nc\n");
	put('quo"te.c', "x\n");
	put("old.c", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
	put("del.c", "gone\n");
	put("été.c", "é\n");
	git("add", ".");
	git("commit", "-qm", "base");
	git("checkout", "-qb", "feature");
	put("sp ace.c", "a\nB\nc\nd");
	put('quo"te.c', "x\ny\n");
	git("mv", "old.c", "new.c");
	put("new.c", "1\n2\n3\n4\n5\n6\n7\n8\n9\nten\n");
	git("rm", "-q", "del.c");
	put("été.c", "é\nà\n");
	put("added.c", "n\nm\n");
	git("add", ".");
	git("commit", "-qm", "head");

	it("are the new side's added and modified lines, per file, renames followed", () => {
		assert.deepEqual(changedLines(gitDiff("main", repo)), [
			{ path: "added.c", lines: [1, 2] },
			// Moved and edited: only the edited line, not the whole file.
			{ path: "new.c", lines: [10] },
			{ path: 'quo"te.c', lines: [2] },
			// The last line lost its newline: line 4 is new, line 3 is not changed.
			{ path: "sp ace.c", lines: [2, 4] },
			{ path: "été.c", lines: [2] },
		]);
	});

	it("read the same from git's default output, with context and quoting", () => {
		const text = must("git", ["-C", repo, "-c", "core.quotePath=true", "diff", "main...feature"]);
		assert.match(text, /"b\/\\303\\251t\\303\\251\.c"/, "git quoted the non-ASCII name");
		assert.deepEqual(changedLines(text), changedLines(gitDiff("main", repo)));
	});

	it("take a diff without a/ b/ prefixes as it names the paths", () => {
		const text = must("git", ["-C", repo, "diff", "--no-prefix", "main...feature", "--", "added.c"]);
		assert.deepEqual(changedLines(text), [{ path: "added.c", lines: [1, 2] }]);
	});

	it("an unknown base is one error that says to fetch the history", () => {
		assert.throws(
			() => gitDiff("origin/nowhere", repo),
			(e: Error) => e instanceof PatchInputError && /fetch-depth: 0/.test((e as PatchInputError).hint),
		);
	});
});
