/**
 * Writes report files so that a reader never sees half a file and the user who ran sudo owns them.
 */
import { randomBytes } from "node:crypto";
import {
	closeSync,
	constants,
	fchownSync,
	fsyncSync,
	mkdirSync,
	openSync,
	renameSync,
	unlinkSync,
	writeSync,
} from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { errnoCode, errorMessage, XcoverError } from "../errors.js";

export class ReportWriteError extends XcoverError {}

/**
 * An unguessable name beside the target: anyone who can write the report's folder could plant a
 * link at a predictable one and have root write (and chown) through it.
 */
function tempPathFor(path: string): string {
	return join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
}

/** Created new, never through a link: O_EXCL and O_NOFOLLOW. */
const NEW_FILE = constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW | constants.O_WRONLY;

/** Gives `path` to `owner` through a descriptor opened without following a link, never by path. */
function giveDirectory(path: string, owner: { uid: number; gid: number }): void {
	const fd = openSync(path, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
	try {
		fchownSync(fd, owner.uid, owner.gid);
	} finally {
		closeSync(fd);
	}
}

/** The owner to give files when root runs on behalf of a user through sudo. */
export function invokingUser(env: NodeJS.ProcessEnv = process.env): { uid: number; gid: number } | undefined {
	if (process.getuid?.() !== 0) return undefined;
	const uid = Number(env.SUDO_UID);
	const gid = Number(env.SUDO_GID);
	if (!Number.isInteger(uid) || !Number.isInteger(gid) || env.SUDO_UID === undefined || env.SUDO_GID === undefined) {
		return undefined;
	}
	return { uid, gid };
}

/**
 * mkdir -p that, under sudo, gives every directory it creates to the invoking user, so that the
 * user can later delete or rewrite the reports in it.
 */
export function makeDirectory(dir: string): void {
	const first = mkdirSync(dir, { recursive: true });
	const owner = invokingUser();
	if (first === undefined || !owner) return;
	let at = first;
	giveDirectory(at, owner);
	for (const part of relative(first, dir)
		.split(sep)
		.filter((p) => p !== "")) {
		at = join(at, part);
		giveDirectory(at, owner);
	}
}

/** Fails now, before any probe is attached, if `path` could not be written later. */
export function checkWritable(path: string): void {
	const probe = tempPathFor(path);
	try {
		closeSync(openSync(probe, NEW_FILE, 0o644));
		unlinkSync(probe);
	} catch (err) {
		const code = errnoCode(err) ?? String(err);
		throw new ReportWriteError(
			`cannot write the report to ${path} (${code})`,
			code === "ENOENT"
				? `Create the directory ${dirname(path)} first, or choose another --report path.`
				: "Choose a --report path in a directory you can write to.",
			{ cause: err },
		);
	}
}

/** Temp file in the same directory, fsync, rename over the target: all or nothing. */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): void {
	const temp = tempPathFor(path);
	try {
		const fd = openSync(temp, NEW_FILE, 0o644);
		try {
			const owner = invokingUser();
			if (owner) fchownSync(fd, owner.uid, owner.gid);
			const pieces = typeof data === "string" || data instanceof Uint8Array ? [data] : data;
			for (const piece of pieces) {
				const buf = typeof piece === "string" ? Buffer.from(piece) : piece;
				let done = 0;
				while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done);
			}
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		// rename replaces a link at `path` itself; it never writes through it.
		renameSync(temp, path);
	} catch (err) {
		try {
			unlinkSync(temp);
		} catch {
			// Nothing to clean up.
		}
		throw new ReportWriteError(
			`cannot write ${path}: ${errorMessage(err)}`,
			"Check the disk and the directory's permissions.",
			{
				cause: err,
			},
		);
	}
}
