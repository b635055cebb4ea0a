/** Shared by the tests: paths, fixture compilation, running the real CLI, report validation. */
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { effectiveCapabilities, hasTracingCapabilities } from "../src/tracer/preflight.js";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const cli = join(root, "lib", "cli", "main.js");
export const fixtures = join(root, "test", "fixtures");

/** A fresh folder under test/.work for one test file. */
export function workDir(name: string): string {
	const base = join(root, "test", ".work");
	mkdirSync(base, { recursive: true });
	return mkdtempSync(join(base, `${name}-`));
}

export function sh(cmd: string, args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
	const r: SpawnSyncReturns<string> = spawnSync(cmd, args, {
		encoding: "utf8",
		input: options.input,
		env: options.env ?? process.env,
		maxBuffer: 1 << 30,
	});
	if (r.error) throw r.error;
	return { code: r.status ?? 128, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** Runs a command that must succeed and returns its stdout. */
export function must(cmd: string, args: readonly string[], env?: NodeJS.ProcessEnv): string {
	const r = sh(cmd, args, env ? { env: { ...process.env, ...env } } : {});
	if (r.code !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.code}): ${r.stderr}`);
	return r.stdout;
}

/** Compiles C sources from test/fixtures into `out` with gcc. */
export function compile(out: string, sources: readonly string[], flags: readonly string[] = []): string {
	must("gcc", ["-O1", "-g", "-o", out, ...sources.map((s) => join(fixtures, s)), ...flags]);
	return out;
}

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * The environment the CLI gets in tests: the caller's without sudo's variables (under
 * `sudo npm test` xcover would run the fixtures as the invoking user), plus `env`.
 */
export function cliEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const base = { ...process.env };
	for (const k of ["SUDO_UID", "SUDO_GID", "SUDO_USER", "SUDO_COMMAND"]) delete base[k];
	return { ...base, ...env };
}

export function xcover(args: readonly string[], env: NodeJS.ProcessEnv = {}, runtime = process.execPath): CliResult {
	return sh(runtime, [cli, ...args], { env: cliEnv(env) });
}

/** Starts xcover without waiting (for a foreground run that another command stops). */
export function xcoverAsync(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
	return new Promise((done) => {
		const child = spawn(process.execPath, [cli, ...args], { env: cliEnv(env) });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (d) => {
			stdout += d;
		});
		child.stderr.on("data", (d) => {
			stderr += d;
		});
		child.on("close", (code) => done({ code: code ?? 128, stdout, stderr }));
	});
}

/**
 * Tracer tests need CAP_BPF and CAP_PERFMON. Without them they skip with this reason, and
 * scripts/run-tests.mjs fails the run in CI, where they must always run.
 */
export const needsBpf: { skip: string | false } = {
	skip: hasTracingCapabilities(effectiveCapabilities(readFileSync("/proc/self/status", "utf8")))
		? false
		: "needs CAP_BPF and CAP_PERFMON (run as root)",
};

export interface Report {
	funcs_ack: string[];
	funcs_traced: string[];
	cov_by_func: number;
	exe_path: string;
	mode: string;
	command?: string[];
	totals: { functions: number; traced: number; covered: number; unprobeable: number; percent: number };
	binaries: Array<{
		path: string;
		build_id: string | null;
		functions: Array<{
			names: string[];
			offset: number;
			covered: boolean;
			unprobeable: boolean;
			unprobeable_reason?: string;
			calls?: number;
		}>;
	}>;
}

const schema = JSON.parse(readFileSync(join(root, "schema", "xcover-report.schema.json"), "utf8"));
// The tests hold reports to the schema's formats too: timestamps must be ISO 8601 date-times.
const isoDateTime = (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s);
const validate = new Ajv.default({ allErrors: true, strict: false, formats: { "date-time": isoDateTime } }).compile(
	schema,
);

/** Reads a report and checks it against the published JSON Schema. */
export function readReport(path: string): Report {
	const report = JSON.parse(readFileSync(path, "utf8"));
	if (!validate(report)) throw new Error(`report does not match the schema: ${JSON.stringify(validate.errors)}`);
	return report as Report;
}

/** Names of covered functions of one binary whose preferred name matches `pattern`. */
export function coveredNames(report: Report, pattern: RegExp, binary = 0): string[] {
	const b = report.binaries[binary];
	if (!b) return [];
	return b.functions
		.filter((f) => f.covered && pattern.test(f.names[0] ?? ""))
		.map((f) => f.names[0] as string)
		.sort();
}

/** Polls `condition` until it holds; fails after `timeoutMs`. */
export async function eventually(condition: () => boolean, timeoutMs = 10000): Promise<void> {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeoutMs) throw new Error("condition not reached in time");
		await new Promise((r) => setTimeout(r, 20));
	}
}

/** Ids of the BPF links a process holds, from its descriptors' fdinfo. */
export function linkIdsOf(pid: number): number[] {
	const ids: number[] = [];
	for (const fd of readdirSync(`/proc/${pid}/fdinfo`)) {
		try {
			const m = /^link_id:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, "utf8"));
			if (m) ids.push(Number(m[1]));
		} catch {
			// The descriptor closed meanwhile.
		}
	}
	return ids;
}

/**
 * Where Go fixtures build: offline, on the installed toolchain, without cgo unless asked, with a
 * cache shared between runs so the standard library is not rebuilt every time.
 */
export function goEnv(cgo = false): NodeJS.ProcessEnv {
	return {
		...process.env,
		GOFLAGS: "-mod=mod",
		GOCACHE: join(root, "test", ".work", "go-cache"),
		GOPATH: join(root, "test", ".work", "go-path"),
		GOTOOLCHAIN: "local",
		GOPROXY: "off",
		GO111MODULE: "on",
		CGO_ENABLED: cgo ? "1" : "0",
	};
}

/** Builds test/fixtures/go/NAME into OUT, stripped of symbols and DWARF (-ldflags=-s -w). */
export function goBuildStripped(name: string, out: string): string {
	// `go -C` is newer than Go 1.19, so the build changes folder through sh.
	const r = sh("sh", ["-c", 'cd "$0" && exec go build -ldflags="-s -w" -o "$1" .', join(fixtures, "go", name), out], {
		env: goEnv(),
	});
	if (r.code !== 0) throw new Error(`go build of test/fixtures/go/${name} failed: ${r.stderr}`);
	return out;
}

/**
 * A program of a project (DIR/proj/useshape.c) linked with a static library built from a folder
 * outside it (DIR/vendor/shape.c): the shape of a repository that vendors a prebuilt dependency.
 */
export function buildVendoredApp(dir: string): { proj: string; vendor: string; app: string } {
	const proj = join(dir, "proj");
	const vendor = join(dir, "vendor");
	mkdirSync(proj, { recursive: true });
	mkdirSync(vendor, { recursive: true });
	copyFileSync(join(fixtures, "useshape.c"), join(proj, "useshape.c"));
	copyFileSync(join(fixtures, "shape.c"), join(vendor, "shape.c"));
	must("gcc", ["-O1", "-g", "-c", "-o", join(vendor, "shape.o"), join(vendor, "shape.c")]);
	must("ar", ["rcs", join(vendor, "libshape.a"), join(vendor, "shape.o")]);
	const app = join(proj, "app");
	must("gcc", ["-O1", "-g", "-o", app, join(proj, "useshape.c"), join(vendor, "libshape.a")]);
	return { proj, vendor, app };
}
