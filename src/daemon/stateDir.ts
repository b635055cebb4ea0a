/**
 * The daemon's private folder: pid file, control socket and log. It is created with mode 0700 and
 * refused if another user owns it or it is a symlink, since its socket controls a root process.
 */
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { errnoCode, errorMessage, XcoverError } from "../errors.js";

export class StateDirError extends XcoverError {}
export class DaemonRunningError extends XcoverError {}

export interface StateDir {
	dir: string;
	pidFile: string;
	socket: string;
	log: string;
}

export function defaultStateDir(): string {
	return join(tmpdir(), `xcover-${process.getuid?.() ?? "user"}`);
}

export function stateDirAt(dir: string | undefined): StateDir {
	const d = resolve(dir ?? process.env.XCOVER_STATE_DIR ?? defaultStateDir());
	return { dir: d, pidFile: join(d, "daemon.pid"), socket: join(d, "control.sock"), log: join(d, "daemon.log") };
}

/** Creates the folder if needed and checks it is ours alone. */
export function ensureStateDir(state: StateDir): void {
	try {
		mkdirSync(state.dir, { recursive: true, mode: 0o700 });
	} catch (err) {
		throw new StateDirError(
			`cannot create the state directory ${state.dir}: ${errorMessage(err)}`,
			"Pass --state-dir DIR.",
			{
				cause: err,
			},
		);
	}
	const st = lstatSync(state.dir);
	const uid = process.getuid?.();
	if (!st.isDirectory() || st.isSymbolicLink()) {
		throw new StateDirError(`${state.dir} is not a directory`, "Remove it, or pass another --state-dir.");
	}
	if (uid !== undefined && st.uid !== uid) {
		throw new StateDirError(
			`${state.dir} belongs to uid ${st.uid}, not to you (uid ${uid})`,
			"Pass another --state-dir.",
		);
	}
	if ((st.mode & 0o077) !== 0) {
		throw new StateDirError(
			`${state.dir} is open to other users (mode ${(st.mode & 0o777).toString(8)})`,
			`Run \`chmod 700 ${state.dir}\`, or pass another --state-dir.`,
		);
	}
}

export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (err) {
		return errnoCode(err) === "EPERM";
	}
	// A daemon that exited stays a zombie until its new parent reaps it, which some inits do late.
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
		return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
	} catch {
		return false;
	}
}

/** The pid in the pid file, if the file exists and names a live process. */
export function runningDaemon(state: StateDir): number | undefined {
	const pid = readPid(state);
	return pid !== undefined && isAlive(pid) ? pid : undefined;
}

export function readPid(state: StateDir): number | undefined {
	try {
		const pid = Number.parseInt(readFileSync(state.pidFile, "utf8"), 10);
		return Number.isInteger(pid) && pid > 0 ? pid : undefined;
	} catch {
		return undefined;
	}
}

function alreadyRunning(state: StateDir, pid: number): DaemonRunningError {
	return new DaemonRunningError(
		`an xcover daemon is already running (pid ${pid}, state directory ${state.dir})`,
		"Stop it with `xcover stop`, or run another one with a different --state-dir.",
	);
}

/** Fails fast when a live daemon owns this state directory. */
export function assertNoDaemon(state: StateDir): void {
	const pid = runningDaemon(state);
	if (pid !== undefined) throw alreadyRunning(state, pid);
}

/** Takes the pid file for this process; an exclusive create, so two daemons cannot both win. */
export function claimPidFile(state: StateDir): void {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(state.pidFile, "wx", 0o600);
			writeSync(fd, `${process.pid}\n`);
			closeSync(fd);
			return;
		} catch (err) {
			if (errnoCode(err) !== "EEXIST") throw err;
			const pid = runningDaemon(state);
			if (pid !== undefined && pid !== process.pid) throw alreadyRunning(state, pid);
			// A stale pid file from a daemon that died without cleaning up.
			unlinkSync(state.pidFile);
		}
	}
	throw new StateDirError(`cannot claim ${state.pidFile}`, "Another xcover is starting at the same time; try again.");
}

export function releaseStateDir(state: StateDir): void {
	for (const p of [state.socket, state.pidFile]) {
		if (existsSync(p)) {
			try {
				unlinkSync(p);
			} catch {
				// Already gone.
			}
		}
	}
}

/** The last lines of the daemon log, for error messages about a daemon that died. */
export function logTail(state: StateDir, lines = 5): string {
	try {
		return readFileSync(state.log, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
	} catch {
		return "";
	}
}
