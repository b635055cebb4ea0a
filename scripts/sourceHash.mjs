// The hash of every source dist/ is built from, so a test can tell when dist/ is stale. Sorted
// paths and their contents only (no dates, modes or build outputs), so every checkout agrees.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const SOURCES = ["src", "native", "bpf", "schema", "package-lock.json", "scripts/package.mjs"];
/** Build outputs and editor litter inside the source folders. */
const SKIP = new Set(["build", "node_modules", ".DS_Store"]);

function walk(root, path, out) {
	if (!existsSync(path)) return;
	if (statSync(path).isFile()) {
		out.push(relative(root, path).split(sep).join("/"));
		return;
	}
	for (const name of readdirSync(path)) if (!SKIP.has(name)) walk(root, join(path, name), out);
}

export function sourceFiles(root) {
	const files = [];
	for (const s of SOURCES) walk(root, join(root, s), files);
	return files.sort();
}

export function sourceHash(root) {
	const hash = createHash("sha256");
	for (const file of sourceFiles(root)) {
		hash.update(`${file}\0`);
		hash.update(
			createHash("sha256")
				.update(readFileSync(join(root, file)))
				.digest("hex"),
		);
		hash.update("\n");
	}
	return hash.digest("hex");
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.stdout.write(`${sourceHash(new URL("..", import.meta.url).pathname)}\n`);
}
