/**
 * The lines a change adds or modifies, per file, from a unified diff: what patch coverage
 * measures. Only the new side counts; deleted lines have no code left to run.
 */
import { spawnSync } from "node:child_process";
import { parsePatch } from "diff";
import { errnoCode, errorMessage, XcoverError } from "../errors.js";

export class PatchInputError extends XcoverError {}

export interface ChangedFile {
	/** The file's path on the new side, as the diff names it (relative to the repository). */
	path: string;
	/** Added or modified lines of the new side, sorted, each once. */
	lines: number[];
}

/** git's C-style quoting of unusual names: "a/\303\251t\303\251.c" is a/été.c. */
function unquote(name: string): string {
	if (!name.startsWith('"') || !name.endsWith('"') || name.length < 2) return name;
	const bytes: number[] = [];
	const body = name.slice(1, -1);
	const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
	for (let i = 0; i < body.length; i++) {
		const c = body[i] as string;
		if (c !== "\\") {
			bytes.push(...Buffer.from(c));
			continue;
		}
		const next = body[i + 1] ?? "";
		const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
		if (octal) {
			bytes.push(Number.parseInt(octal[0], 8));
			i += 3;
		} else if (next in simple) {
			bytes.push(simple[next] as number);
			i += 1;
		} else {
			bytes.push(92);
		}
	}
	return Buffer.from(bytes).toString("utf8");
}

/** The new side's path without git's b/ prefix; undefined for a deleted file. */
function newPath(oldName: string | undefined, newName: string | undefined): string | undefined {
	const name = unquote((newName ?? "").replace(/\t.*$/, ""));
	if (name === "" || name === "/dev/null") return undefined;
	const old = unquote((oldName ?? "").replace(/\t.*$/, ""));
	// git prefixes a/ and b/ unless told not to; a diff without them names the paths as they are.
	const prefixed = name.startsWith("b/") && (old.startsWith("a/") || old === "/dev/null");
	return prefixed ? name.slice(2) : name;
}

export function changedLines(diffText: string, source = "the diff"): ChangedFile[] {
	let patches: ReturnType<typeof parsePatch>;
	try {
		patches = parsePatch(diffText);
	} catch (err) {
		throw new PatchInputError(
			`${source} is not a unified diff: ${errorMessage(err)}`,
			"Give the output of `git diff BASE...HEAD` (or `diff -u`), or use --base REF.",
			{ cause: err },
		);
	}
	const byPath = new Map<string, Set<number>>();
	for (const patch of patches) {
		const path = newPath(patch.oldFileName, patch.newFileName);
		if (path === undefined) continue;
		let lines = byPath.get(path);
		if (!lines) {
			lines = new Set();
			byPath.set(path, lines);
		}
		for (const hunk of patch.hunks) {
			let line = hunk.newStart;
			for (const text of hunk.lines) {
				const kind = text[0];
				if (kind === "+") lines.add(line++);
				else if (kind === " ") line++;
				// "-" lines and "\ No newline at end of file" do not move the new side.
			}
		}
	}
	return [...byPath]
		.filter(([, lines]) => lines.size > 0)
		.map(([path, lines]) => ({ path, lines: [...lines].sort((a, b) => a - b) }))
		.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The repository's top folder, which the diff's paths are relative to. */
export function repositoryRoot(cwd: string): string {
	return git(["rev-parse", "--show-toplevel"], cwd).trim();
}

/** The commit checked out, which the lines of the diff's new side are numbered in. */
export function headCommit(cwd: string): string {
	return git(["rev-parse", "--verify", "HEAD"], cwd).trim();
}

/**
 * What HEAD changed since it left BASE (`git diff BASE...HEAD`): the pull request's own
 * changes, not what reached BASE meanwhile. Renames are followed, so a moved file counts only
 * its edited lines.
 */
export function gitDiff(base: string, cwd: string, head = "HEAD"): string {
	for (const ref of [base, head]) {
		const r = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd, encoding: "utf8" });
		if (r.error || r.status === 0) continue;
		throw new PatchInputError(
			`${ref} is not a commit of the checkout in ${cwd}`,
			"Fetch the history back to the pull request's base (actions/checkout with fetch-depth: 0), or give the diff with --diff FILE.",
		);
	}
	return git(
		[
			"-c",
			"core.quotePath=false",
			"diff",
			"--no-color",
			"--no-ext-diff",
			"--no-textconv",
			"--unified=0",
			"--find-renames",
			"--src-prefix=a/",
			"--dst-prefix=b/",
			`${base}...${head}`,
			"--",
		],
		cwd,
	);
}

function git(args: string[], cwd: string): string {
	const r = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
	if (r.error) {
		throw new PatchInputError(
			`cannot run git: ${errnoCode(r.error) ?? r.error.message}`,
			"Install git, or give the change as a file with --diff FILE.",
			{ cause: r.error },
		);
	}
	if (r.status !== 0) {
		const why = r.stderr.trim().split("\n")[0] ?? `exit ${r.status}`;
		const shallow = /no merge base|unknown revision|bad revision|ambiguous argument/i.test(r.stderr);
		throw new PatchInputError(
			`git ${args.filter((a) => a !== "-c" && !a.startsWith("core.")).join(" ")} failed in ${cwd}: ${why}`,
			shallow
				? "The base commit or the history back to it is missing: fetch it (actions/checkout with fetch-depth: 0), or give the diff with --diff FILE."
				: "Run it in the repository the report's sources come from, or give the diff with --diff FILE.",
		);
	}
	return r.stdout;
}
