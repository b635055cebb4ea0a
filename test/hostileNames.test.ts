// xcover-test: rootless
/**
 * A name from a binary someone else built (a .gnu_debuglink, a path) may hold a line break and
 * a workflow command, or terminal escapes. Whatever xcover prints with it, in an error, in the
 * action's log or in the daemon's log, no line may start a workflow command or carry ESC.
 */
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { InputName } from "../src/action/constants.js";
import { runMain } from "../src/action/start.js";
import { memoryState } from "../src/action/state.js";
import { errorText } from "../src/cli/errorText.js";
import { XcoverError } from "../src/errors.js";
import { printable } from "../src/printable.js";
import { actionYml } from "./fakeGitHub.js";
import { workDir, xcover } from "./helpers.js";

/** A .gnu_debuglink name as test/cli.test.ts forges it: a line break, a command, an escape. */
const HOSTILE = "x\n::error title=forged::gotcha\x1b[31m.debug";

function assertNeutral(text: string): void {
	for (const line of text.split(/\r?\n/)) {
		assert.ok(!line.trimStart().startsWith("::error title=forged"), `forged command: ${JSON.stringify(line)}`);
		assert.ok(!line.includes("\u001b"), `escape sequence: ${JSON.stringify(line)}`);
	}
}

describe("names from binaries in what xcover prints", () => {
	const dir = workDir("hostile");

	it("the filter escapes breaks and ESC, and never lets a line start with ::", () => {
		assert.equal(printable(HOSTILE), "x\\n::error title=forged::gotcha\\x1b[31m.debug");
		assert.ok(!printable("::error::x").startsWith("::"));
		assert.ok(!printable("  ::error::x").trimStart().startsWith("::"));
	});

	it("an error message carrying the name comes out neutralised, with --verbose too", () => {
		const err = new XcoverError(`${HOSTILE}: CRC 0x1234abcd does not match`, `Remove ${HOSTILE}`);
		for (const verbose of [false, true]) {
			const { text } = errorText(err, verbose);
			assertNeutral(text);
			assert.match(text, /x\\n::error title=forged::gotcha\\x1b\[31m\.debug: CRC/);
		}
		assertNeutral(errorText(new Error(HOSTILE), true).text);
	});

	it("the CLI's error line for a file of that name comes out neutralised", () => {
		mkdirSync(dir, { recursive: true });
		const file = join(dir, `${HOSTILE}.json`);
		writeFileSync(file, "not a report");
		const r = xcover(["report", file, "--format", "lcov", "--output-dir", join(dir, "out")]);
		assert.notEqual(r.code, 0);
		assert.match(r.stderr, /xcover: error: .*x\\n::error title=forged::gotcha\\x1b\[31m\.debug\.json/);
		assertNeutral(r.stderr);
	});

	it("the action's log lines for a workspace of that name come out neutralised", async () => {
		// The action splits its path input at line breaks, but the workspace comes from outside whole.
		const workspace = join(dir, HOSTILE);
		mkdirSync(workspace, { recursive: true });
		writeFileSync(join(workspace, "prog"), "#!/bin/sh\n");
		const { inputs } = actionYml();
		const input = (name: InputName) => (name === "path" ? "prog" : (inputs.get(name)?.default ?? ""));
		const write = process.stdout.write;
		const exitCode = process.exitCode;
		let out = "";
		process.stdout.write = ((chunk: string | Uint8Array) => {
			out += String(chunk);
			return true;
		}) as typeof process.stdout.write;
		let code: number;
		try {
			code = await runMain({
				input,
				state: memoryState(),
				facts: { platform: "linux", arch: "x64", kernelRelease: "6.8.0", uid: 0, sudoWorks: () => true },
				env: { GITHUB_WORKSPACE: workspace },
				startTimeoutMs: 60_000,
			});
		} finally {
			process.stdout.write = write;
			process.exitCode = exitCode;
		}
		assert.equal(code, 1, out);
		assert.match(out, /xcover: tracing .*x\\n::error title=forged::gotcha\\x1b\[31m\.debug/);
		assertNeutral(out);
		// The one annotation is the failure, with the name inside it, escaped.
		assert.equal(out.split("\n").filter((l) => l.startsWith("::")).length, 1, out);
	});
});
