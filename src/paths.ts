/**
 * Paths of the project: whether a file the debug information names lies in the project's folder,
 * and how it is named from there. One reading for scope, the writers and patch coverage, so that
 * a file is the project's in all of them or in none.
 */
import { isAbsolute, relative, sep } from "node:path";

/** The path of `file` from `root` when it lies strictly below it, else undefined. */
export function pathUnder(root: string, file: string): string | undefined {
	if (!isAbsolute(file)) return undefined;
	const rel = relative(root, file);
	if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
	return rel;
}

export function isUnder(root: string, file: string): boolean {
	return pathUnder(root, file) !== undefined;
}

/** `file` relative to `root` when it lies below it; as it is otherwise. */
export function relativeUnder(root: string, file: string): string {
	return pathUnder(root, file) ?? file;
}
