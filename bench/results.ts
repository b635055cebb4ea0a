/** Writes one benchmark's figures to bench/results/NAME-TIMESTAMP.json (not committed). */
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function record(name: string, data: unknown): string {
	const dir = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "results");
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
	writeFileSync(file, `${JSON.stringify({ name, at: new Date().toISOString(), data }, null, 2)}\n`);
	return file;
}

export function median(xs: readonly number[]): number {
	return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
}

/**
 * A byte-identical copy of the Node.js binary in `dir`. Probes live on an inode, so tracing the
 * copy measures the same code without slowing the harness or any other Node.js process here.
 */
export function nodeCopy(dir: string, source = "/usr/bin/node"): string {
	const copy = join(dir, "node");
	copyFileSync(source, copy);
	chmodSync(copy, 0o755);
	return copy;
}
