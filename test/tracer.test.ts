// xcover-test: root
/**
 * End to end with real uprobes: the real CLI traces real processes, and the covered set must be
 * exactly what the fixtures were told to run.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
	cli,
	compile,
	coveredNames,
	eventually,
	fixtures,
	linkIdsOf,
	must,
	needsBpf,
	readReport,
	sh,
	workDir,
	xcover,
} from "./helpers.js";

const dir = workDir("tracer");
const own = /^(f\d|main|never_called)$/;
let select: string;

before(() => {
	select = compile(join(dir, "select"), ["select.c"]);
});

describe("xcover run -- CMD", needsBpf, () => {
	it("covers exactly the functions the program ran", () => {
		const report = join(dir, "exact.json");
		const r = xcover(["run", "--path", select, "--report", report, "--", select, "1", "3", "5"]);
		assert.equal(r.code, 0, r.stderr);
		assert.match(r.stdout, /^\d+\n$/, "the command's own output passes through");
		const rep = readReport(report);
		assert.deepEqual(coveredNames(rep, own), ["f1", "f3", "f5", "main"]);
		assert.ok(rep.funcs_ack.includes("f3") && !rep.funcs_ack.includes("f2"));
		assert.ok(rep.funcs_traced.includes("never_called"));
		assert.equal(rep.exe_path, select);
		assert.equal(rep.totals.covered, rep.funcs_ack.length);
		assert.ok(Math.abs(rep.cov_by_func - (100 * rep.totals.covered) / rep.totals.traced) < 1e-9);
		assert.deepEqual(rep.command, [select, "1", "3", "5"]);
		assert.match(r.stderr, /coverage \d+\.\d\d% \(\d+\/\d+ functions\)/);
	});

	it("gives the report to the user who ran sudo", () => {
		const report = join(dir, "sudo.json");
		const r = xcover(["run", "-p", select, "-o", report, "--", "true"], { SUDO_UID: "65534", SUDO_GID: "65533" });
		assert.equal(r.code, 0, r.stderr);
		const st = statSync(report);
		assert.deepEqual([st.uid, st.gid], [65534, 65533]);
		// The other formats, and the folders made for them, are the user's too.
		const out = join(dir, "sudo-out", "nested");
		const formats = xcover(["report", report, "-f", "lcov,html", "-o", out], { SUDO_UID: "65534", SUDO_GID: "65533" });
		assert.equal(formats.code, 0, formats.stderr);
		for (const p of [join(dir, "sudo-out"), out, join(out, "lcov.info"), join(out, "xcover-report.html")]) {
			const s = statSync(p);
			assert.deepEqual([s.uid, s.gid], [65534, 65533], p);
		}
	});

	it("runs the command as the user who ran sudo, with their groups and HOME, unless --as-root", () => {
		const report = join(dir, "as-user.json");
		const sudo = { SUDO_UID: "65534", SUDO_GID: "65534" };
		const probe = ["sh", "-c", 'echo "$(id -u) $(id -g) $HOME"'];
		const user = xcover(["run", "-p", select, "-o", report, "--", ...probe], sudo);
		assert.equal(user.code, 0, user.stderr);
		const home = sh("getent", ["passwd", "65534"]).stdout.trim().split(":")[5];
		assert.equal(user.stdout.trim(), `65534 65534 ${home}`);
		assert.deepEqual([statSync(report).uid, statSync(report).gid], [65534, 65534], "the report is theirs too");
		const root = xcover(["run", "--as-root", "-p", select, "-o", report, "--", ...probe], sudo);
		assert.equal(root.code, 0, root.stderr);
		assert.match(root.stdout.trim(), /^0 0 /);
		// Without sudo nothing changes: root runs it.
		assert.match(xcover(["run", "-p", select, "-o", report, "--", ...probe]).stdout.trim(), /^0 0 /);
	});

	it("passes the command's exit code through", () => {
		const report = join(dir, "exit.json");
		const r = xcover(["run", "--path", select, "--report", report, "--", "sh", "-c", "exit 7"]);
		assert.equal(r.code, 7, r.stderr);
		assert.ok(existsSync(report));
		const killed = xcover(["run", "--path", select, "--report", report, "--", "sh", "-c", "kill -TERM $$"]);
		assert.equal(killed.code, 128 + 15);
		const missing = xcover(["run", "--path", select, "--report", report, "--", join(dir, "no-such-command")]);
		assert.equal(missing.code, 127);
		assert.match(missing.stderr, /command not found/);
	});

	it("unions the coverage of 50 short processes", () => {
		const report = join(dir, "churn.json");
		const script = Array.from({ length: 50 }, (_, i) => `${select} ${i % 7} >/dev/null`).join("\n");
		const r = xcover(["run", "--path", select, "--report", report, "--", "sh", "-c", script]);
		assert.equal(r.code, 0, r.stderr);
		assert.deepEqual(coveredNames(readReport(report), own), ["f0", "f1", "f2", "f3", "f4", "f5", "f6", "main"]);
	});

	it("covers functions called from many threads", () => {
		const threads = compile(join(dir, "threads"), ["threads.c"], ["-pthread"]);
		const report = join(dir, "threads.json");
		const r = xcover(["run", "--path", threads, "--report", report, "--", threads, "0246", "0246", "7"]);
		assert.equal(r.code, 0, r.stderr);
		assert.deepEqual(coveredNames(readReport(report), /^t\d$/), ["t0", "t2", "t4", "t6", "t7"]);
	});

	it("traces a program and the shared library it loads", () => {
		must("gcc", ["-O1", "-g", "-shared", "-fPIC", "-o", join(dir, "libshape.so"), join(fixtures, "shape.c")]);
		const prog = compile(join(dir, "useshape"), ["useshape.c"], [`-L${dir}`, "-lshape", `-Wl,-rpath,${dir}`]);
		const report = join(dir, "lib.json");
		const lib = join(dir, "libshape.so");
		const r = xcover(["run", "--path", prog, "--path", lib, "--report", report, "--", prog, "s", "h"]);
		assert.equal(r.code, 0, r.stderr);
		const rep = readReport(report);
		assert.equal(rep.binaries.length, 2);
		assert.deepEqual(coveredNames(rep, /^use_/, 0), ["use_half", "use_square"]);
		assert.deepEqual(coveredNames(rep, /^shape_/, 1), ["shape_half", "shape_square"]);
	});

	it("--include and --exclude select functions by name", () => {
		const report = join(dir, "filter.json");
		const r = xcover(["run", "-p", select, "-i", "^f", "-e", "^f[5-9]$", "-o", report, "--", select, "1", "6"]);
		assert.equal(r.code, 0, r.stderr);
		const rep = readReport(report);
		assert.deepEqual(rep.funcs_traced.sort(), ["f0", "f1", "f2", "f3", "f4"]);
		assert.deepEqual(rep.funcs_ack, ["f1"]);
	});

	it("count mode counts every call, from every thread", () => {
		const threads = compile(join(dir, "threads-count"), ["threads.c"], ["-pthread"]);
		const report = join(dir, "count.json");
		const r = xcover(["run", "--mode", "count", "-p", threads, "-i", "^t\\d$", "-o", report, "--", threads, "11", "3"]);
		assert.equal(r.code, 0, r.stderr);
		const rep = readReport(report);
		assert.equal(rep.mode, "count");
		const calls = Object.fromEntries(rep.binaries[0]?.functions.map((f) => [f.names[0], f.calls]) ?? []);
		assert.equal(calls.t1, 4000);
		assert.equal(calls.t7, 0);
		assert.equal(calls.t3, 2000);
		assert.equal(calls.t0, 0);
	});
});

describe("xcover run --detach, wait, status, stop", needsBpf, () => {
	const state = join(dir, "state");
	const env = { XCOVER_STATE_DIR: state };
	after(() => {
		xcover(["stop"], env);
	});

	it("traces a process that was already running, and every later one", async () => {
		const report = join(dir, "detach.json");
		// Started before xcover: its main() is entered before any probe exists.
		const early = spawn(select, ["-w", "3", "4"], { stdio: ["pipe", "pipe", "inherit"] });
		await new Promise<void>((done) => early.stdout.once("data", () => done()));

		const run = xcover(["run", "--detach", "--path", select, "--report", report], env);
		assert.equal(run.code, 0, run.stderr);
		assert.match(run.stderr, /xcover is ready/);
		assert.equal(xcover(["wait", "--timeout", "10"], env).stdout, "xcover is ready\n");

		const exited = new Promise<void>((done) => early.once("exit", () => done()));
		early.stdin.end("\n");
		await exited;
		must(select, ["8"]);

		const status = xcover(["status"], env);
		assert.equal(status.code, 0, status.stderr);
		assert.match(status.stdout, /xcover is running \(pid \d+/);
		// _start and main of the later process, f3 and f4 of the early one, f8.
		assert.match(status.stdout, /hit: +5 so far/);
		const json = JSON.parse(xcover(["status", "--json"], env).stdout);
		assert.equal(json.hit, 5);
		assert.equal(json.attached, json.functions);

		const stop = xcover(["stop"], env);
		assert.equal(stop.code, 0, stop.stderr);
		assert.match(stop.stdout, /^xcover is stopped\n/);
		assert.ok(existsSync(report), "report written before stop returns");
		await eventually(() => !existsSync(join(state, "daemon.pid")));
		// f3 and f4 ran in the early process after attach; main of the early one did not.
		assert.deepEqual(coveredNames(readReport(report), own), ["f3", "f4", "f8", "main"]);
		assert.equal(existsSync(join(state, "daemon.pid")), false);
		assert.equal(existsSync(join(state, "control.sock")), false);
	});

	it("leaves no uprobe_multi link behind after stop", async () => {
		assert.equal(xcover(["run", "--detach", "-p", select, "-o", join(dir, "links.json")], env).code, 0);
		const pid = Number(readFileSync(join(state, "daemon.pid"), "utf8"));
		const ours = linkIdsOf(pid);
		assert.ok(ours.length > 0, "the daemon holds uprobe_multi links");
		assert.deepEqual(
			ours.filter((id) => !kernelLinkIds().has(id)),
			[],
			"bpftool lists them",
		);
		assert.equal(xcover(["stop"], env).code, 0);
		// stop answers once the report is written; the daemon then removes its links and exits.
		await eventually(() => !existsSync(`/proc/${pid}`));
		const left = kernelLinkIds();
		assert.deepEqual(
			ours.filter((id) => left.has(id)),
			[],
		);
	});

	it("stop --clean waits for the daemon to exit, then removes its state directory", () => {
		const own = join(dir, "clean-state");
		const cleanEnv = { XCOVER_STATE_DIR: own };
		assert.equal(xcover(["run", "--detach", "-p", select, "-o", join(dir, "clean.json")], cleanEnv).code, 0);
		assert.ok(existsSync(join(own, "daemon.log")));
		const stop = xcover(["stop", "--clean"], cleanEnv);
		assert.equal(stop.code, 0, stop.stderr);
		assert.match(stop.stdout, /removed the state directory/);
		assert.equal(existsSync(own), false);
		assert.ok(existsSync(join(dir, "clean.json")), "the report stays");
	});

	it("starts the daemon without the step's secrets in its environment", () => {
		const secrets = { "INPUT_GITHUB-TOKEN": "ghs_secret", ACTIONS_RUNTIME_TOKEN: "runtime-secret", GH_TOKEN: "x" };
		const run = xcover(["run", "--detach", "-p", select, "-o", join(dir, "env.json")], { ...env, ...secrets });
		assert.equal(run.code, 0, run.stderr);
		const pid = Number(readFileSync(join(state, "daemon.pid"), "utf8"));
		const environ = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
		const names = environ.map((e) => e.slice(0, e.indexOf("=")));
		for (const name of Object.keys(secrets)) assert.ok(!names.includes(name), name);
		assert.ok(!environ.some((e) => e.includes("secret")));
		assert.ok(names.includes("PATH") && names.includes("XCOVER_STATE_DIR"));
		assert.equal(xcover(["stop"], env).code, 0);
	});

	it("refuses a second daemon on the same state directory", () => {
		assert.equal(xcover(["run", "--detach", "-p", select, "-o", join(dir, "one.json")], env).code, 0);
		const second = xcover(["run", "--detach", "-p", select, "-o", join(dir, "two.json")], env);
		assert.equal(second.code, 1);
		assert.match(second.stderr, /already running \(pid \d+/);
		assert.match(second.stderr, /xcover stop/);
		assert.equal(xcover(["stop"], env).code, 0);
	});

	it("stops on SIGTERM with the report written", async () => {
		const report = join(dir, "sigterm.json");
		assert.equal(xcover(["run", "--detach", "-p", select, "-o", report], env).code, 0);
		const pid = Number(readFileSync(join(state, "daemon.pid"), "utf8"));
		must(select, ["2"]);
		process.kill(pid, "SIGTERM");
		for (let i = 0; i < 200 && existsSync(join(state, "daemon.pid")); i++) await new Promise((r) => setTimeout(r, 25));
		assert.deepEqual(coveredNames(readReport(report), own), ["f2", "main"]);
	});

	it("wait, status and stop say clearly that no daemon runs", () => {
		for (const cmd of [["wait", "--timeout", "0.5"], ["status"], ["stop"]]) {
			const r = xcover(cmd, env);
			assert.equal(r.code, 1, cmd.join(" "));
			assert.match(r.stderr, /^xcover: error: no xcover daemon is running/);
			assert.match(r.stderr, /xcover run --detach/);
			assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, "no stack trace without --verbose");
		}
	});

	it("wait reports a daemon that died", () => {
		assert.equal(xcover(["run", "--detach", "-p", select, "-o", join(dir, "died.json")], env).code, 0);
		const pid = Number(readFileSync(join(state, "daemon.pid"), "utf8"));
		process.kill(pid, "SIGKILL");
		sh("sleep", ["0.2"]);
		const r = xcover(["wait", "--timeout", "2"], env);
		assert.equal(r.code, 1);
		assert.match(r.stderr, new RegExp(`daemon \\(pid ${pid}\\) died`));
		// The stale pid file does not block the next daemon.
		assert.equal(xcover(["run", "--detach", "-p", select, "-o", join(dir, "after.json")], env).code, 0);
		assert.equal(xcover(["stop"], env).code, 0);
	});
});

describe("xcover traces the Node.js that runs it", needsBpf, () => {
	// A private copy of node plays "the Node.js running xcover", so other tests' node processes
	// (a different inode) cannot hit its probes. libuv's functions are what the daemon calls most.
	const node = join(dir, "node");
	const include = ["--include", "^uv_"];
	before(() => copyFileSync(process.execPath, node));

	it("counts none of xcover's own calls, filtered in BPF by pid", async () => {
		// The foreground tracer with re-running disabled executes the traced binary itself: its
		// event loop, signal handling and report writing all hit probes, and none may count.
		const report = join(dir, "self-bpf.json");
		const child = spawn(node, [cli, "run", "-p", node, ...include, "-o", report], {
			env: { ...process.env, XCOVER_NO_REEXEC: "1", XCOVER_STATE_DIR: join(dir, "self-state") },
			stdio: ["ignore", "ignore", "pipe"],
		});
		let stderr = "";
		await new Promise<void>((ready) =>
			child.stderr.on("data", (d) => {
				stderr += d;
				if (stderr.includes("xcover is ready")) ready();
			}),
		);
		await new Promise((r) => setTimeout(r, 200));
		const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
		child.kill("SIGTERM");
		assert.equal(await exited, 0, stderr);
		const rep = readReport(report);
		assert.ok(rep.totals.traced > 100, `traced ${rep.totals.traced}`);
		assert.equal(rep.totals.covered, 0, `covered: ${rep.funcs_ack.slice(0, 10).join(", ")}`);
	});

	it("counts the workload's calls of the same binary", () => {
		const report = join(dir, "self-work.json");
		const r = xcover(
			["run", "-p", node, ...include, "-o", report, "--", node, "-e", "setTimeout(() => {}, 10)"],
			{},
			node,
		);
		assert.equal(r.code, 0, r.stderr);
		const rep = readReport(report);
		assert.ok(rep.funcs_ack.includes("uv_run"), "the workload's event loop ran");
	});

	it("re-runs itself on a private copy so its own calls do not even trap", () => {
		const report = join(dir, "self-copy.json");
		const r = xcover(
			["run", "-v", "-p", node, ...include, "-o", report, "--", "/bin/true"],
			{ XCOVER_STATE_DIR: join(dir, "copy-state") },
			node,
		);
		assert.equal(r.code, 0, r.stderr);
		assert.match(r.stderr, /running xcover on a private copy/);
		assert.equal(readReport(report).totals.covered, 0);
	});
});

/** Every link the kernel has, according to bpftool. */
function kernelLinkIds(): Set<number> {
	const links = JSON.parse(sh("bpftool", ["link", "show", "-j"]).stdout || "[]") as Array<{ id: number }>;
	return new Set(links.map((l) => l.id));
}
