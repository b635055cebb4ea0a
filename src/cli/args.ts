/** A thin layer over node:util parseArgs that turns its exceptions into usage errors. */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { errorMessage, UsageError } from "../errors.js";
import type { Granularity } from "../probes/plan.js";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Parsed {
	values: Record<string, string | boolean | string[] | boolean[] | undefined>;
	positionals: string[];
	/** Everything after a literal `--`. */
	rest: string[];
}

export function parse(args: readonly string[], options: Options, command: string): Parsed {
	const dash = args.indexOf("--");
	const own = dash < 0 ? [...args] : args.slice(0, dash);
	const rest = dash < 0 ? [] : args.slice(dash + 1);
	try {
		const { values, positionals } = parseArgs({ args: own, options, allowPositionals: true, strict: true });
		return { values: values as Parsed["values"], positionals, rest };
	} catch (err) {
		const message = errorMessage(err).replace(/\. To specify a positional argument.*$/s, "");
		throw new UsageError(`${command}: ${message}`, `Run \`xcover ${command} --help\` for usage.`);
	}
}

export function str(p: Parsed, name: string): string | undefined {
	const v = p.values[name];
	return typeof v === "string" ? v : undefined;
}

export function list(p: Parsed, name: string): string[] {
	const v = p.values[name];
	return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
}

export function flag(p: Parsed, name: string): boolean {
	return p.values[name] === true;
}

/** Seconds as a positive number, e.g. --timeout 30. */
export function seconds(p: Parsed, name: string, fallback: number, command: string): number {
	const v = str(p, name);
	if (v === undefined) return fallback;
	const n = Number(v);
	if (!Number.isFinite(n) || n <= 0)
		throw new UsageError(`${command}: --${name} wants a positive number of seconds, not ${JSON.stringify(v)}`);
	return n;
}

export function parseGranularity(value: string | undefined, command: string): Granularity {
	const g = value ?? "function";
	if (g !== "function" && g !== "line") {
		throw new UsageError(
			`${command}: --granularity must be function or line, not ${JSON.stringify(g)}`,
			"function records which functions ran; line records which source lines ran.",
		);
	}
	return g;
}
