/**
 * When the binary to trace is the very Node.js that runs xcover, every call xcover itself makes
 * would trap into the kernel (probes belong to the file's inode, and xcover's own hits are only
 * filtered out after the trap). xcover then re-runs itself on a private copy of that Node.js:
 * a different inode, so it never hits its own probes.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Set in the re-run (and by tests that want xcover to trace its own runtime). */
export const NO_REEXEC_ENV = "XCOVER_NO_REEXEC";

export function tracesOwnRuntime(paths: readonly string[], runtime: string = process.execPath): boolean {
	if (process.env[NO_REEXEC_ENV]) return false;
	let self: { dev: number; ino: number };
	try {
		self = statSync(runtime);
	} catch {
		return false;
	}
	return paths.some((p) => {
		try {
			const st = statSync(p);
			return st.dev === self.dev && st.ino === self.ino;
		} catch {
			return false;
		}
	});
}

/** A copy of the runtime in `dir`, made once per runtime version (size and mtime name it). */
export function runtimeCopy(dir: string, runtime: string = process.execPath): string {
	const st = statSync(runtime);
	const copy = join(dir, `node-${st.size}-${Math.floor(st.mtimeMs)}`);
	if (!existsSync(copy)) {
		mkdirSync(dir, { recursive: true, mode: 0o700 });
		const temp = `${copy}.${process.pid}.tmp`;
		copyFileSync(runtime, temp);
		chmodSync(temp, 0o755);
		renameSync(temp, copy);
	}
	return copy;
}

/**
 * Runs the same xcover command on `runtime` and exits with its exit code. This process keeps
 * running the traced binary, so once probes are attached every line of JavaScript it runs would
 * trap: it waits in spawnSync (native code, no JavaScript) and exits at once, without returning
 * to the event loop. Signals reach the child through the terminal's process group.
 */
export function rerunOn(runtime: string, argv: readonly string[]): never {
	const cli = fileURLToPath(new URL("./main.js", import.meta.url));
	const r = spawnSync(runtime, [...process.execArgv, cli, ...argv], {
		stdio: "inherit",
		env: { ...process.env, [NO_REEXEC_ENV]: "1" },
	});
	process.exit(r.signal ? 128 + (constants.signals[r.signal] ?? 0) : (r.status ?? 1));
}
