// xcover-test: rootless
/**
 * The daemon's state directory: where it is, that it is created private and refused when anyone
 * else could reach its socket, the pid file that keeps a second daemon out (and lets a dead one's
 * leftovers go), and what is removed at the end. Holds as root and as any other user.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import {
	chmodSync,
	chownSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { runDaemon } from "../src/daemon/daemon.js";
import {
	assertNoDaemon,
	claimPidFile,
	DaemonRunningError,
	defaultStateDir,
	ensureStateDir,
	isAlive,
	logTail,
	readPid,
	releaseStateDir,
	runningDaemon,
	StateDirError,
	stateDirAt,
} from "../src/daemon/stateDir.js";
import { ignoreDiagnostics } from "../src/diagnostics.js";

const base = mkdtempSync(join(tmpdir(), "xcover-state-"));
after(() => rmSync(base, { recursive: true, force: true }));
let serial = 0;
const fresh = () => stateDirAt(join(base, `d${serial++}`));

/** A live process that is not this one, killed when the test file ends. */
const children: ChildProcess[] = [];
after(() => {
	for (const c of children) c.kill("SIGKILL");
});
function liveProcess(): number {
	const child = spawn("sleep", ["300"], { stdio: "ignore" });
	children.push(child);
	assert.ok(child.pid);
	return child.pid;
}

/** The pid of a process that has exited and been reaped. */
function deadPid(): number {
	return Number(spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" }).stdout.trim());
}

describe("where the state directory is", () => {
	it("is the folder given, resolved, with the pid file, socket and log inside", () => {
		const s = stateDirAt("relative/state");
		assert.equal(s.dir, join(process.cwd(), "relative/state"));
		assert.deepEqual(
			[s.pidFile, s.socket, s.log],
			[join(s.dir, "daemon.pid"), join(s.dir, "control.sock"), join(s.dir, "daemon.log")],
		);
	});

	it("is XCOVER_STATE_DIR without one, and then a folder per user in the temp dir", () => {
		const saved = process.env.XCOVER_STATE_DIR;
		try {
			process.env.XCOVER_STATE_DIR = join(base, "from-env");
			assert.equal(stateDirAt(undefined).dir, join(base, "from-env"));
			assert.equal(stateDirAt(join(base, "given")).dir, join(base, "given"), "the flag wins over the variable");
			delete process.env.XCOVER_STATE_DIR;
			assert.equal(stateDirAt(undefined).dir, join(tmpdir(), `xcover-${process.getuid?.()}`));
			assert.equal(defaultStateDir(), stateDirAt(undefined).dir);
		} finally {
			if (saved === undefined) delete process.env.XCOVER_STATE_DIR;
			else process.env.XCOVER_STATE_DIR = saved;
		}
	});
});

describe("ensureStateDir", () => {
	it("creates missing parents and a folder only its owner can enter, and accepts it again", () => {
		const s = stateDirAt(join(base, `nested${serial++}`, "a", "b"));
		ensureStateDir(s);
		const st = statSync(s.dir);
		assert.ok(st.isDirectory());
		assert.equal(st.mode & 0o777, 0o700);
		assert.equal(st.uid, process.getuid?.());
		ensureStateDir(s);
	});

	it("refuses a folder that others can read or enter, and says how to fix it", () => {
		for (const mode of [0o750, 0o705, 0o777]) {
			const s = fresh();
			mkdirSync(s.dir);
			chmodSync(s.dir, mode);
			assert.throws(
				() => ensureStateDir(s),
				(err: StateDirError) => {
					assert.ok(err instanceof StateDirError);
					assert.equal(err.message, `${s.dir} is open to other users (mode ${mode.toString(8)})`);
					assert.match(err.hint, new RegExp(`chmod 700 ${s.dir}`));
					return true;
				},
			);
		}
	});

	it("refuses a symlink, even to a private folder of its own", () => {
		const target = fresh();
		ensureStateDir(target);
		const link = fresh();
		symlinkSync(target.dir, link.dir);
		assert.throws(() => ensureStateDir(link), { name: "StateDirError", message: `${link.dir} is not a directory` });
	});

	it("refuses a file where the folder should be", () => {
		const s = fresh();
		writeFileSync(s.dir, "");
		assert.throws(
			() => ensureStateDir(s),
			(err: Error) => {
				assert.ok(err instanceof StateDirError);
				assert.match(err.message, new RegExp(`^cannot create the state directory ${s.dir}: EEXIST`));
				return true;
			},
		);
	});

	it("refuses a folder that belongs to another user", () => {
		let dir: string;
		let owner: number;
		if (process.getuid?.() === 0) {
			const s = fresh();
			mkdirSync(s.dir, { mode: 0o700 });
			chownSync(s.dir, 65534, 65534);
			dir = s.dir;
			owner = 65534;
		} else {
			// Without root nothing can be given away, but / belongs to root.
			dir = "/";
			owner = statSync("/").uid;
		}
		assert.throws(() => ensureStateDir(stateDirAt(dir)), {
			name: "StateDirError",
			message: `${dir} belongs to uid ${owner}, not to you (uid ${process.getuid?.()})`,
		});
	});
});

describe("the pid file", () => {
	it("is claimed with this process's pid, readable by its owner alone", () => {
		const s = fresh();
		ensureStateDir(s);
		claimPidFile(s);
		assert.equal(readFileSync(s.pidFile, "utf8"), `${process.pid}\n`);
		assert.equal(statSync(s.pidFile).mode & 0o777, 0o600);
		assert.equal(readPid(s), process.pid);
		assert.equal(runningDaemon(s), process.pid);
	});

	it("keeps a second daemon out while the first one lives", () => {
		const s = fresh();
		ensureStateDir(s);
		const first = liveProcess();
		writeFileSync(s.pidFile, `${first}\n`);
		const message = `an xcover daemon is already running (pid ${first}, state directory ${s.dir})`;
		assert.throws(() => assertNoDaemon(s), { name: "DaemonRunningError", message });
		assert.throws(
			() => claimPidFile(s),
			(err: DaemonRunningError) => err instanceof DaemonRunningError && err.message === message,
		);
		assert.equal(readFileSync(s.pidFile, "utf8"), `${first}\n`, "the first daemon's pid file is untouched");
	});

	it("is taken over from a daemon that died without cleaning up", () => {
		const s = fresh();
		ensureStateDir(s);
		const dead = deadPid();
		writeFileSync(s.pidFile, `${dead}\n`);
		assert.equal(readPid(s), dead);
		assert.equal(runningDaemon(s), undefined);
		assertNoDaemon(s);
		claimPidFile(s);
		assert.equal(readPid(s), process.pid);
	});

	it("of a daemon that exited but was not reaped yet names no running daemon", async () => {
		// The shell becomes `sleep`, which never reaps the child started before it.
		const parent = spawn("sh", ["-c", "true & echo $!; exec sleep 300"], { stdio: ["ignore", "pipe", "ignore"] });
		children.push(parent);
		const zombie = await new Promise<number>((resolve) =>
			parent.stdout.once("data", (d) => resolve(Number(String(d)))),
		);
		const state = () => {
			const stat = readFileSync(`/proc/${zombie}/stat`, "utf8");
			return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
		};
		for (let i = 0; i < 200 && state() !== "Z"; i++) await new Promise((r) => setTimeout(r, 10));
		assert.equal(state(), "Z");
		assert.equal(isAlive(zombie), false);
		const s = fresh();
		ensureStateDir(s);
		writeFileSync(s.pidFile, `${zombie}\n`);
		assert.equal(runningDaemon(s), undefined);
	});

	it("counts a process of another user as alive", () => {
		// As a user, kill(1, 0) fails with EPERM; as root it succeeds. Either way pid 1 lives.
		assert.equal(isAlive(1), true);
		assert.equal(isAlive(deadPid()), false);
	});

	it("names no daemon when it is missing, empty or not a pid", () => {
		const s = fresh();
		ensureStateDir(s);
		assert.equal(readPid(s), undefined);
		for (const text of ["", "\n", "daemon\n", "0\n", "-7\n"]) {
			writeFileSync(s.pidFile, text);
			assert.equal(readPid(s), undefined, JSON.stringify(text));
			assert.equal(runningDaemon(s), undefined);
		}
	});
});

describe("the daemon's start", () => {
	const io = {
		log: () => {},
		diagnostics: ignoreDiagnostics,
		onReady: () => assert.fail("a refused daemon never becomes ready"),
		onStopped: () => assert.fail("a refused daemon never stops"),
	};
	const options = { paths: ["/bin/true"], include: [], exclude: [], mode: "first-hit" as const, reportPath: "" };

	it("is refused, before it touches the kernel, while another daemon holds the folder", async () => {
		const s = fresh();
		ensureStateDir(s);
		const first = liveProcess();
		writeFileSync(s.pidFile, `${first}\n`);
		await assert.rejects(runDaemon({ ...options, reportPath: join(s.dir, "r.json") }, s, io), {
			name: "DaemonRunningError",
			message: `an xcover daemon is already running (pid ${first}, state directory ${s.dir})`,
		});
		assert.equal(readPid(s), first);
		assert.equal(existsSync(join(s.dir, "r.json")), false);
	});

	it("is refused in a folder others can enter", async () => {
		const s = fresh();
		mkdirSync(s.dir, { mode: 0o700 });
		chmodSync(s.dir, 0o755);
		await assert.rejects(runDaemon({ ...options, reportPath: join(s.dir, "r.json") }, s, io), StateDirError);
		assert.equal(existsSync(s.pidFile), false, "no pid file left in a folder it refused");
	});
});

describe("at the end", () => {
	it("releaseStateDir removes the socket and the pid file, keeps the log, and tolerates them gone", () => {
		const s = fresh();
		ensureStateDir(s);
		claimPidFile(s);
		writeFileSync(s.socket, "");
		writeFileSync(s.log, "stopped\n");
		releaseStateDir(s);
		assert.deepEqual([existsSync(s.pidFile), existsSync(s.socket), existsSync(s.log)], [false, false, true]);
		releaseStateDir(s);
		// The next daemon starts in the same folder.
		assertNoDaemon(s);
		claimPidFile(s);
		assert.equal(readPid(s), process.pid);
	});

	it("logTail gives the log's last lines for an error message, or nothing", () => {
		const s = fresh();
		ensureStateDir(s);
		assert.equal(logTail(s), "");
		writeFileSync(s.log, `${Array.from({ length: 9 }, (_, i) => `line ${i + 1}`).join("\n")}\n\n`);
		assert.equal(logTail(s), "line 5\nline 6\nline 7\nline 8\nline 9");
		assert.equal(logTail(s, 2), "line 8\nline 9");
	});
});
