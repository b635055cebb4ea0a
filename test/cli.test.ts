// xcover-test: root
/** The CLI's promises to a user: help that answers, and one-line errors that say what to do. */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { errorText } from "../src/cli/errorText.js";
import { functionPlan } from "../src/probes/plan.js";
import { buildReport } from "../src/report/build.js";
import { formatJson } from "../src/report/json.js";
import { BpfLoadError, KernelSupportError, PrivilegeError } from "../src/tracer/errors.js";
import {
	checkKernel,
	checkPrivileges,
	effectiveCapabilities,
	hasTracingCapabilities,
} from "../src/tracer/preflight.js";
import { VERSION } from "../src/version.js";
import { compile, must, needsBpf, root, sh, workDir, xcover } from "./helpers.js";

const dir = workDir("cli");

/** An error as the CLI must print it: `xcover: error: …` and an indented hint, no stack trace. */
function assertOneLineError(r: { code: number; stderr: string }, code: number, message: RegExp): void {
	assert.equal(r.code, code, r.stderr);
	const lines = r.stderr.trimEnd().split("\n");
	assert.match(lines[0] ?? "", /^xcover: (error: )?/);
	assert.match(r.stderr, message);
	assert.ok(lines.length <= 3, `short message, got:\n${r.stderr}`);
	assert.doesNotMatch(r.stderr, /^\s+at .*:\d+:\d+\)?$/m, "no stack trace");
}

describe("help and version", () => {
	it("--version prints the package version", () => {
		const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
		assert.equal(VERSION, pkg.version);
		assert.equal(xcover(["--version"]).stdout, `${pkg.version}\n`);
	});
	it("--help lists the commands", () => {
		const r = xcover(["--help"]);
		assert.equal(r.code, 0);
		for (const c of ["run", "wait", "status", "stop"]) assert.match(r.stdout, new RegExp(`^  ${c} `, "m"));
	});
	it("run --help never pairs sudo run with a wait that would look in another state directory", () => {
		const help = xcover(["run", "--help"]).stdout;
		assert.match(help, /--granularity G/);
		for (const line of help.split("\n").filter((l) => /sudo xcover run/.test(l))) {
			assert.doesNotMatch(line, /&& xcover (wait|status|stop)/, line);
		}
	});
	for (const c of ["run", "wait", "status", "stop"]) {
		it(`${c} --help answers`, () => {
			const r = xcover([c, "--help"]);
			assert.equal(r.code, 0);
			assert.match(r.stdout, new RegExp(`^Usage: xcover ${c}`));
		});
	}
	it("unknown commands and flags are usage errors (exit 2)", () => {
		assertOneLineError(xcover(["frobnicate"]), 2, /unknown command "frobnicate"/);
		assertOneLineError(xcover(["run", "--frob"]), 2, /Unknown option '--frob'/);
		assertOneLineError(xcover(["run"]), 2, /--path is required/);
		assertOneLineError(xcover(["run", "-p", "/bin/true", "--mode", "fast"]), 2, /--mode must be first-hit or count/);
		assertOneLineError(
			xcover(["run", "-p", "/bin/true", "--granularity", "lines"]),
			2,
			/--granularity must be function or line, not "lines"/,
		);
		assertOneLineError(xcover(["stop", "--granularity", "block"]), 2, /--granularity must be function or line/);
		assertOneLineError(xcover(["run", "-p", "/bin/true", "-i", "("]), 2, /--include "\(": Invalid regular expression/);
		assertOneLineError(xcover(["wait", "--timeout", "soon"]), 2, /positive number of seconds/);
	});
});

describe("error output", () => {
	it("--verbose prints the whole verifier log that the hint promises", () => {
		const log = "0: (b7) r1 = 0\n1: (85) call bpf_get_attach_cookie#174\nunknown func bpf_get_attach_cookie#174";
		const err = new BpfLoadError("the BPF verifier refused xcover's program (EINVAL)", "Rerun with --verbose …", log);
		const quiet = errorText(err, false);
		assert.equal(
			quiet.text,
			"xcover: error: the BPF verifier refused xcover's program (EINVAL)\n  Rerun with --verbose …\n",
		);
		const verbose = errorText(err, true).text;
		assert.ok(verbose.includes(`xcover: the verifier's log:\n${log}\n`), verbose);
		assert.equal(errorText(new Error("boom"), false).exitCode, 1);
	});
});

describe("preflight", () => {
	it("rejects kernels older than 6.6 and non-Linux systems", () => {
		assert.throws(() => checkKernel("6.5.13-generic", "linux"), KernelSupportError);
		assert.throws(() => checkKernel("5.15.0-91-generic", "linux"), /uprobe_multi links need Linux 6.6/);
		assert.throws(() => checkKernel("23.1.0", "darwin"), /needs Linux/);
		assert.doesNotThrow(() => checkKernel("6.6.0", "linux"));
		assert.doesNotThrow(() => checkKernel("6.18.44-fc", "linux"));
	});
	it("reads capabilities: CAP_BPF with CAP_PERFMON, or CAP_SYS_ADMIN", () => {
		const caps = (bits: number[]) => `CapEff:\t${bits.reduce((m, b) => m | (1n << BigInt(b)), 0n).toString(16)}\n`;
		assert.equal(hasTracingCapabilities(effectiveCapabilities(caps([38, 39]))), true);
		assert.equal(hasTracingCapabilities(effectiveCapabilities(caps([21]))), true);
		assert.equal(hasTracingCapabilities(effectiveCapabilities(caps([39]))), false);
		assert.throws(() => checkPrivileges(caps([])), PrivilegeError);
	});
	it("a user without privileges gets told to use root or capabilities", () => {
		const r = sh("setpriv", [
			"--reuid=65534",
			"--regid=65534",
			"--clear-groups",
			"--inh-caps=-all",
			process.execPath,
			join(root, "lib/cli/main.js"),
			"run",
			"-p",
			"/bin/true",
			"-o",
			"/tmp/xcover-nobody.json",
			"--",
			"/bin/true",
		]);
		assertOneLineError(r, 1, /needs CAP_BPF and CAP_PERFMON .*not root/);
		assert.match(r.stderr, /sudo|setcap/);
	});
});

describe("errors a user can hit", needsBpf, () => {
	const select = compile(join(dir, "select"), ["select.c"]);
	const report = join(dir, "r.json");
	it("a debug link name holding a line break and a workflow command is printed as one escaped line", () => {
		const sub = join(dir, "debuglink");
		mkdirSync(sub, { recursive: true });
		const bin = join(sub, "prog");
		must("strip", ["--strip-debug", "-o", bin, select]);
		const name = "x\n::error title=forged::gotcha\x1b[31m.debug";
		const debug = join(sub, name);
		writeFileSync(debug, "first build");
		must("objcopy", [`--add-gnu-debuglink=${debug}`, bin]);
		// Another build's file under the same name: xcover warns, naming it.
		writeFileSync(debug, "another build");
		const r = xcover(["run", "-p", bin, "-o", join(sub, "r.json"), "--", bin, "1"]);
		assert.equal(r.code, 0, r.stderr);
		assert.match(r.stderr, /warning: .*x\\n::error title=forged::gotcha\\x1b\[31m\.debug: CRC/);
		for (const line of r.stderr.split("\n")) {
			assert.ok(!line.startsWith("::") && !line.includes("\u001b"), line);
		}
	});
	it("path missing", () =>
		assertOneLineError(xcover(["run", "-p", join(dir, "nope"), "-o", report, "--", "true"]), 1, /no such file/));
	it("path is not ELF", () => {
		const script = join(dir, "tests.sh");
		writeFileSync(script, "#!/bin/sh\n");
		assertOneLineError(xcover(["run", "-p", script, "-o", report, "--", "true"]), 1, /not an ELF file/);
	});
	it("ELF32, big-endian or another architecture", () => {
		const patch = (name: string, at: number, bytes: number[]) => {
			const buf = readFileSync(select);
			buf.set(bytes, at);
			writeFileSync(join(dir, name), buf);
			return join(dir, name);
		};
		assertOneLineError(xcover(["run", "-p", patch("e32", 4, [1]), "-o", report, "--", "true"]), 1, /32-bit ELF/);
		assertOneLineError(xcover(["run", "-p", patch("ebe", 5, [2]), "-o", report, "--", "true"]), 1, /big-endian/);
		const other = process.arch === "x64" ? [183, 0] : [62, 0];
		assertOneLineError(
			xcover(["run", "-p", patch("earch", 18, other), "-o", report, "--", "true"]),
			1,
			/built for \w+, but this machine runs/,
		);
	});
	it("no functions left after filtering", () => {
		assertOneLineError(
			xcover(["run", "-p", select, "-i", "^nothing$", "-o", report, "--", "true"]),
			1,
			/no functions left to trace.*filtered out all 13/,
		);
	});
	it("report path not writable, checked before attaching", () => {
		assertOneLineError(
			xcover(["run", "-p", select, "-o", join(dir, "missing-dir", "r.json"), "--", "true"]),
			1,
			/cannot write the report .*ENOENT/,
		);
		assertOneLineError(
			xcover(["run", "-p", select, "-o", "/proc/xcover.json", "--", "true"]),
			1,
			/cannot write the report/,
		);
	});
	it("--verbose adds the stack trace", () => {
		const r = xcover(["run", "-v", "-p", join(dir, "nope"), "-o", report, "--", "true"]);
		assert.equal(r.code, 1);
		assert.match(r.stderr, /^\s+at /m);
	});
});

it("the native addon needs libc alone, at most GLIBC 2.35 (Ubuntu 22.04)", () => {
	const addon = join(root, "native/build/Release/xcover.node");
	const needed = [...sh("readelf", ["-dW", addon]).stdout.matchAll(/\(NEEDED\).*\[(.+)\]/g)].map((m) => m[1]);
	assert.deepEqual(needed, ["libc.so.6"]);
	const versions = [...sh("objdump", ["-T", addon]).stdout.matchAll(/GLIBC_(\d+)\.(\d+)/g)].map(
		(m) => [Number(m[1]), Number(m[2])] as const,
	);
	const max = versions.reduce((a, b) => (b[0] > a[0] || (b[0] === a[0] && b[1] > a[1]) ? b : a), [0, 0] as const);
	assert.ok(max[0] === 2 && max[1] <= 35, `highest GLIBC symbol version ${max.join(".")}`);
});

it("the streamed JSON report is the same document as JSON.stringify gives", () => {
	const table = {
		path: "/bin/x",
		buildId: "ab",
		arch: "x86_64",
		functions: [] as Array<{ names: string[]; address: number; offset: number; size: number }>,
	};
	for (let i = 0; i < 4500; i++)
		table.functions.push({ names: [`fn_${i}`, `"quoted" <${i}>`], address: i * 16, offset: i * 16, size: 16 });
	const plan = functionPlan(
		[
			{ table, functions: table.functions },
			{ table, functions: table.functions.slice(0, 3) },
		],
		new Map([[7, "ENOTSUPP: lock prefix"]]),
	);
	const counts = new Float64Array(4503).map((_, i) => (i % 3 === 0 ? 1 : 0));
	const report = buildReport({
		plan,
		mode: "first-hit",
		counts,
		unprobeable: plan.refused,
		startedAt: new Date(0),
		endedAt: new Date(1000),
	});
	assert.deepEqual(JSON.parse(formatJson(report)), JSON.parse(JSON.stringify(report)));
});
