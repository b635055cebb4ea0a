/**
 * `sudo xcover run -- CMD` needs root for the probes, not for the tests: CMD runs as the user who
 * ran sudo (SUDO_UID/SUDO_GID, their supplementary groups, HOME), through util-linux's setpriv,
 * which execs it in place, so signals and exit codes are CMD's own. --as-root keeps root.
 */
import { spawnSync } from "node:child_process";
import { invokingUser } from "../report/writeFile.js";

export interface Launch {
	file: string;
	args: string[];
	env: NodeJS.ProcessEnv;
	/** The user CMD runs as, when not root. */
	user?: { uid: number; gid: number; name?: string };
}

/** The passwd entry of `uid`: name and home, when the system knows the user. */
function passwdEntry(uid: number): { name: string; home: string } | undefined {
	const r = spawnSync("getent", ["passwd", String(uid)], { encoding: "utf8" });
	const [name, , , , , home] = r.status === 0 ? r.stdout.trim().split(":") : [];
	return name !== undefined && home !== undefined ? { name, home } : undefined;
}

export function launchFor(command: readonly string[], asRoot: boolean, env = process.env): Launch {
	const [file, ...args] = command as [string, ...string[]];
	const owner = asRoot ? undefined : invokingUser(env);
	if (!owner) return { file, args, env };
	const entry = passwdEntry(owner.uid);
	const groups = entry ? ["--init-groups"] : ["--clear-groups"];
	const userEnv: NodeJS.ProcessEnv = { ...env };
	if (entry) {
		userEnv.HOME = entry.home;
		userEnv.USER = entry.name;
		userEnv.LOGNAME = entry.name;
	}
	return {
		file: "setpriv",
		args: [`--reuid=${owner.uid}`, `--regid=${owner.gid}`, ...groups, "--", file, ...args],
		env: userEnv,
		user: entry ? { ...owner, name: entry.name } : owner,
	};
}
