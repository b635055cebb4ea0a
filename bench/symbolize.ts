/**
 * Symbolizing a large binary with source locations, against `nm -C` on the same binary in the
 * same run: xcover's time as a ratio to nm's, and its peak RSS. Each side runs as its own process
 * (xcover's includes Node.js start-up, as a user's run would, and uses the built lib/), median
 * of N runs.
 * Usage: node --import tsx bench/symbolize.ts [BINARY] [N]    (default /usr/bin/node, 5)
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { median, record } from "./results.js";

const binary = process.argv[2] ?? "/usr/bin/node";
const runs = Number(process.argv[3] ?? 5);
const root = resolve(import.meta.dirname ?? ".", "..");

/** Runs a command under GNU time's %e/%M format; returns wall ms and peak RSS in MB. */
function measured(command: string[]): { ms: number; rssMb: number; stdout: string } {
	const t = performance.now();
	const r = spawnSync("/usr/bin/time", ["-f", "%M", ...command], { encoding: "utf8", maxBuffer: 1 << 30 });
	const ms = performance.now() - t;
	if (r.status !== 0) throw new Error(`${command.join(" ")}: ${r.stderr}`);
	const kb = Number(r.stderr.trim().split("\n").pop());
	return { ms, rssMb: kb / 1024, stdout: r.stdout };
}

// The work a `run` does before attaching: symbols, debug file, DWARF and Go tables. With "names",
// also the readable name of every function, which reports compute once at the end.
const script = `
import { symbolizeBinary } from ${JSON.stringify(join(root, "lib", "symbolize", "symbolize.js"))};
import { readableName } from ${JSON.stringify(join(root, "lib", "demangle", "demangle.js"))};
import { DiagnosticList } from ${JSON.stringify(join(root, "lib", "diagnostics.js"))};
const told = new DiagnosticList();
const { table } = symbolizeBinary(process.argv[1], { diagnostics: told });
let located = 0, chars = 0;
const names = process.argv[2] === "names";
for (const f of table.functions) { if (f.source) located++; if (names) chars += readableName(f.names[0]).length; }
console.log(JSON.stringify({ functions: table.functions.length, located, chars, warnings: told.items.length }));
`;

if (spawnSync("/usr/bin/time", ["true"]).error) throw new Error("needs GNU time: apt-get install time");
const nm: number[] = [];
const plain: number[] = [];
const named: number[] = [];
const rss: number[] = [];
let facts = { functions: 0, located: 0, chars: 0, warnings: 0 };
const ours = (mode: string) => measured([process.execPath, "--input-type=module", "-e", script, binary, mode]);
for (let i = 0; i < runs; i++) {
	// Interleaved, so that load on a noisy machine falls on all three alike.
	nm.push(measured(["nm", "-C", binary]).ms);
	const p = ours("plain");
	plain.push(p.ms);
	const n = ours("names");
	named.push(n.ms);
	rss.push(p.rssMb, n.rssMb);
	facts = JSON.parse(n.stdout.trim());
}
const ratio = (xs: number[]) => Number((median(xs) / median(nm)).toFixed(2));
const result = {
	binary,
	...facts,
	nm_ms: Math.round(median(nm)),
	symbolize_ms: Math.round(median(plain)),
	symbolize_ratio: ratio(plain),
	with_names_ms: Math.round(median(named)),
	with_names_ratio: ratio(named),
	peak_rss_mb: Math.round(Math.max(...rss)),
	runs,
};
console.log(
	`${binary}: ${result.functions} functions, ${result.located} with a source location (median of ${runs})\n` +
		`  nm -C                         ${result.nm_ms} ms\n` +
		`  xcover symbolize              ${result.symbolize_ms} ms = ${result.symbolize_ratio}× nm -C\n` +
		`  xcover symbolize + demangle   ${result.with_names_ms} ms = ${result.with_names_ratio}× nm -C\n` +
		`  peak RSS                      ${result.peak_rss_mb} MB`,
);
record("symbolize", result);
