/**
 * `xcover run`: trace until stopped (foreground), as a background daemon (--detach), or around one
 * command (`-- CMD ARGS…`, which returns the command's exit code).
 */
import { spawn } from "node:child_process";
import { closeSync, openSync, writeSync } from "node:fs";
import { constants } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describeTraced, type StatusReply } from "../daemon/control.js";
import { runDaemon } from "../daemon/daemon.js";
import { assertNoDaemon, ensureStateDir, logTail, type StateDir, stateDirAt } from "../daemon/stateDir.js";
import { ActiveTrace, type TraceOptions } from "../daemon/trace.js";
import type { Diagnostic } from "../diagnostics.js";
import { errnoCode, errorMessage, UsageError, XcoverError } from "../errors.js";
import { printable } from "../printable.js";
import { parsePresets } from "../probes/plan.js";
import type { Scope } from "../probes/scope.js";
import { summaryLine } from "../report/report.js";
import { checkWritable } from "../report/writeFile.js";
import { preflight } from "../tracer/preflight.js";
import { flag, list, type Options, parse, parseGranularity, str } from "./args.js";
import { launchFor } from "./asUser.js";
import { errorText } from "./errorText.js";
import { type Output, terminalOutput } from "./output.js";
import {
	type FormatRequest,
	formatOptions,
	formatOptionsHelp,
	formatRequest,
	writeRequestedFormats,
} from "./report.js";
import { rerunOn, runtimeCopy, tracesOwnRuntime } from "./runtimeCopy.js";

export const runHelp = `Usage: xcover run --path BIN [options] [-- CMD ARGS...]

Attach a probe to every function of BIN (and of each other --path) and record which ones run,
in any process, until stopped. Then write the JSON report.

  -- CMD ARGS...       run CMD under tracing, write the report when it exits, and exit with
                       its exit code (the usual way to use xcover locally)
                       Under sudo, CMD runs as the user who ran sudo (their uid, gid,
                       groups and HOME), not as root
      --as-root        run CMD as root all the same
  --detach             run as a background daemon; return once every probe is attached.
                       Stop it with \`xcover stop\`
  (neither)            trace in the foreground until Ctrl-C, SIGTERM or \`xcover stop\`

Options:
  -p, --path FILE      executable or shared library to trace (repeatable)
  -i, --include REGEX  trace only functions with a name matching REGEX (repeatable)
  -e, --exclude REGEX  do not trace functions with a name matching REGEX (repeatable);
                       e.g. --exclude '^_start$|^frame_dummy$|^__do_global_dtors_aux$' drops
                       compiler-generated start-up helpers. Default: none excluded
      --exclude-preset NAME
                       leave out a named set of functions; go-runtime: the Go runtime and
                       standard library, keeping your module's packages and dependencies
      --debug-file FILE
                       separate debug file (objcopy --only-keep-debug) of a --path binary,
                       for names and source lines of a stripped build (repeatable; matched
                       by build-id). Found without it under /usr/lib/debug/.build-id or
                       through .gnu_debuglink
      --granularity G  function (default): record which functions ran;
                       line: record which source lines ran (DWARF line tables, or Go's
                       pclntab even when stripped), with a one-shot probe on each line
      --mode MODE      first-hit (default): record that a function (line) ran, then
                       remove its probe; count: count every call (line execution),
                       slower: every one traps
      --scope S        binary (default): every function of each --path;
                       project: only functions whose source file is under --source-root
                       (for Go: the main module's packages), read from DWARF before
                       attaching; the rest (static libraries from elsewhere, inlined
                       library code, start-up code) get no probe. Says what it left out
      --source-root DIR
                       the project's folder (default: the working directory): recorded in
                       the report, reports name files under it relative to it, and
                       --scope project keeps its functions
  -o, --report FILE    JSON report path (default: ./xcover-report.json)
${formatOptionsHelp}
      --state-dir DIR  daemon state directory (default: $XCOVER_STATE_DIR or /tmp/xcover-UID)
  -v, --verbose        log each step, and stack traces on errors
  -h, --help           show this help

Needs Linux 6.6+ and root, or CAP_BPF and CAP_PERFMON.
Examples:
  sudo xcover run --path ./build/server -- ./run-integration-tests.sh
  sudo xcover run --detach --path ./myapp --exclude '^runtime\\.'    (returns once attached)
  ./run-integration-tests.sh; sudo xcover stop
  sudo xcover run --granularity line --path ./build/server -- ./run-integration-tests.sh

Under sudo the daemon's state directory is root's (/tmp/xcover-0): give wait, status and stop
the same sudo (or the same --state-dir).
`;

export const runOptions: Options = {
	path: { type: "string", short: "p", multiple: true },
	include: { type: "string", short: "i", multiple: true },
	exclude: { type: "string", short: "e", multiple: true },
	"exclude-preset": { type: "string", multiple: true },
	"debug-file": { type: "string", multiple: true },
	mode: { type: "string" },
	granularity: { type: "string" },
	scope: { type: "string" },
	"source-root": { type: "string" },
	report: { type: "string", short: "o" },
	...formatOptions,
	detach: { type: "boolean" },
	"as-root": { type: "boolean" },
	"state-dir": { type: "string" },
	verbose: { type: "boolean", short: "v" },
	help: { type: "boolean", short: "h" },
};

/** Environment variable through which a detaching `run` hands its options to the daemon. */
export const DAEMON_OPTIONS_ENV = "XCOVER_DAEMON_OPTIONS";
/** The daemon reports readiness (or the error that stopped it) on this inherited descriptor. */
const READY_FD = 3;

interface DaemonHandoff {
	options: TraceOptions;
	stateDir: string;
}

type ReadyMessage =
	| {
			ready: Pick<StatusReply, "pid" | "traced" | "attached" | "lines" | "unprobeable" | "paths"> & {
				diagnostics?: Diagnostic[];
			};
	  }
	| { error: { message: string; hint: string; exitCode: number } };

function traceOptions(args: ReturnType<typeof parse>): TraceOptions {
	const paths = list(args, "path");
	if (paths.length === 0)
		throw new UsageError("run: --path is required", "Example: xcover run --path ./mybinary -- ./tests.sh");
	const mode = str(args, "mode") ?? "first-hit";
	if (mode !== "first-hit" && mode !== "count") {
		throw new UsageError(`run: --mode must be first-hit or count, not ${JSON.stringify(mode)}`);
	}
	return {
		paths: paths.map((p) => resolve(p)),
		include: list(args, "include"),
		exclude: list(args, "exclude"),
		excludePresets: parsePresets(list(args, "exclude-preset")),
		debugFiles: list(args, "debug-file").map((p) => resolve(p)),
		mode,
		granularity: parseGranularity(str(args, "granularity"), "run"),
		scope: parseScope(str(args, "scope")),
		sourceRoot: resolve(str(args, "source-root") ?? "."),
		reportPath: resolve(str(args, "report") ?? "xcover-report.json"),
	};
}

function parseScope(value: string | undefined): Scope {
	if (value === undefined || value === "binary" || value === "project") return value ?? "binary";
	throw new UsageError(
		`run: --scope must be binary or project, not ${JSON.stringify(value)}`,
		"binary traces every function; project only those whose source file is under --source-root (Go: the main module's packages).",
	);
}

function attachProgress(out: Output) {
	return (attached: number, total: number) => out.progress(`xcover: attaching probes ${attached}/${total}`);
}

export async function runCommand(argv: readonly string[]): Promise<number> {
	const args = parse(argv, runOptions, "run");
	if (flag(args, "help")) {
		process.stdout.write(runHelp);
		return 0;
	}
	const options = traceOptions(args);
	const formats = formatRequest(args);
	if (formats.formats.length > 0 && flag(args, "detach"))
		throw new UsageError("run: --format is for `xcover stop` with --detach", "Example: xcover stop --format html");
	const out = terminalOutput(flag(args, "verbose"));
	const state = stateDirAt(str(args, "state-dir"));
	if (args.positionals.length > 0) {
		throw new UsageError(
			`run: unexpected argument ${JSON.stringify(args.positionals[0])}`,
			"Put the command to trace after `--`, e.g. xcover run --path BIN -- BIN --its-flags",
		);
	}
	if (args.rest.length > 0 && flag(args, "detach")) {
		throw new UsageError("run: --detach and `-- CMD` cannot be used together", "Use one or the other.");
	}
	preflight();
	checkWritable(options.reportPath);
	if (tracesOwnRuntime(options.paths)) {
		ensureStateDir(state);
		const runtime = runtimeCopy(join(state.dir, "runtime"));
		out.debug(`${process.execPath} is traced: running xcover on a private copy, ${runtime}`);
		return rerunOn(runtime, ["run", ...argv]);
	}

	if (args.rest.length > 0) return runCommandUnderTrace(options, args.rest, out, formats, flag(args, "as-root"));
	if (flag(args, "detach")) return detach(options, state, out);
	const code = await runDaemon(options, state, {
		log: (m) => out.debug(m),
		diagnostics: out,
		onAttachProgress: attachProgress(out),
		onReady: (s) => {
			out.endProgress();
			out.info(`xcover is ready: ${describeTraced(s)} (pid ${s.pid}); Ctrl-C or \`xcover stop\` to finish`);
		},
		onStopped: (summary) => out.info(`xcover: ${summary}, report ${options.reportPath}`),
	});
	if (code === 0) writeRequestedFormats(options.reportPath, formats, out);
	return code;
}

async function runCommandUnderTrace(
	options: TraceOptions,
	command: string[],
	out: Output,
	formats: FormatRequest,
	asRoot: boolean,
): Promise<number> {
	const trace = ActiveTrace.start(options, {
		log: (m) => out.debug(m),
		diagnostics: out,
		onAttachProgress: attachProgress(out),
	});
	out.endProgress();
	const launch = launchFor(command, asRoot);
	if (launch.user)
		out.debug(`running the command as uid ${launch.user.uid} (${launch.user.name ?? "no passwd entry"})`);
	const child = spawn(launch.file, launch.args, { stdio: "inherit", env: launch.env });
	// The terminal's Ctrl-C reaches the command itself; xcover outlives it to write the report.
	const ignore = () => {};
	const forward = (signal: NodeJS.Signals) => child.kill(signal);
	process.on("SIGINT", ignore);
	process.on("SIGTERM", forward);
	process.on("SIGHUP", forward);
	const result = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((done) => {
		child.once("error", (error) => done({ code: null, signal: null, error }));
		child.once("exit", (code, signal) => done({ code, signal }));
	});
	process.off("SIGINT", ignore);
	process.off("SIGTERM", forward);
	process.off("SIGHUP", forward);
	if (result.error) {
		await trace.teardown();
		const code = errnoCode(result.error);
		throw new XcoverError(
			`cannot run ${command[0]}: ${code === "ENOENT" ? "command not found" : result.error.message}`,
			"Check the command after `--`.",
			{ exitCode: 127 },
		);
	}
	try {
		const report = trace.finish(out, command);
		out.info(`xcover: ${summaryLine(report)}, report ${options.reportPath}`);
	} finally {
		await trace.teardown();
	}
	writeRequestedFormats(options.reportPath, formats, out);
	if (result.signal) return 128 + (constants.signals[result.signal] ?? 0);
	return result.code ?? 1;
}

async function detach(options: TraceOptions, state: StateDir, out: Output): Promise<number> {
	ensureStateDir(state);
	assertNoDaemon(state);
	const logFd = openSync(state.log, "w", 0o600);
	const handoff: DaemonHandoff = { options, stateDir: state.dir };
	const cli = fileURLToPath(new URL("./main.js", import.meta.url));
	const child = spawn(process.execPath, [...process.execArgv, cli, "__daemon"], {
		detached: true,
		cwd: "/",
		stdio: ["ignore", logFd, logFd, "pipe"],
		env: { ...daemonEnvironment(process.env), [DAEMON_OPTIONS_ENV]: JSON.stringify(handoff) },
	});
	closeSync(logFd);
	const stream = child.stdio[READY_FD];
	const pipe = stream instanceof Readable ? stream : undefined;
	let text = "";
	pipe?.setEncoding("utf8");
	const message = await new Promise<ReadyMessage | undefined>((done) => {
		pipe?.on("data", (chunk: string) => {
			text += chunk;
			const nl = text.indexOf("\n");
			// The daemon child we just spawned writes this line.
			if (nl >= 0) done(JSON.parse(text.slice(0, nl)) as ReadyMessage);
		});
		child.once("exit", () => done(undefined));
		child.once("error", () => done(undefined));
	});
	pipe?.destroy();
	child.unref();
	if (!message) {
		const tail = logTail(state);
		throw new XcoverError(
			`the xcover daemon exited before it was ready${tail ? ":" : ""}`,
			`See its log: ${state.log}`,
			{
				quoted: tail,
			},
		);
	}
	if ("error" in message)
		throw new XcoverError(message.error.message, message.error.hint, { exitCode: message.error.exitCode });
	const r = message.ready;
	for (const d of r.diagnostics ?? []) out.report(d);
	out.info(
		`xcover is ready: ${describeTraced(r)} in ${r.paths.join(", ")} (daemon pid ${r.pid})` +
			(r.unprobeable > 0 ? `; ${r.unprobeable} could not be probed` : ""),
	);
	return 0;
}

/**
 * The daemon outlives the step that started it, for the whole job, often as root: it gets only
 * what it needs, never the step's tokens (INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN, …).
 */
const DAEMON_ENV = /^(PATH|HOME|LANG|LANGUAGE|LC_[A-Z_]+|TZ|TMPDIR|SUDO_UID|SUDO_GID|SUDO_USER|XCOVER_[A-Z_]+)$/;

export function daemonEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const out: NodeJS.ProcessEnv = {};
	for (const [k, v] of Object.entries(env)) if (v !== undefined && DAEMON_ENV.test(k)) out[k] = v;
	return out;
}

/** Entry of the detached daemon process: options come from the parent, errors go back to it. */
export async function daemonChild(): Promise<number> {
	const raw = process.env[DAEMON_OPTIONS_ENV];
	delete process.env[DAEMON_OPTIONS_ENV];
	if (!raw) throw new UsageError("__daemon is internal to `xcover run --detach`");
	// Written by the parent `xcover run --detach` that spawned this process.
	const handoff = JSON.parse(raw) as DaemonHandoff;
	const out = terminalOutput(true);
	// The log quotes names from binaries and is shown again in errors: one printable line a record.
	const stamp = (m: string) => out.info(`${new Date().toISOString()} ${printable(m)}`);
	const tell = (message: ReadyMessage) => {
		try {
			writeSync(READY_FD, `${JSON.stringify(message)}\n`);
			closeSync(READY_FD);
		} catch {
			// The parent is gone; nobody is waiting for the answer.
		}
	};
	stamp(`xcover daemon ${process.pid} starting: ${JSON.stringify(handoff.options)}`);
	const diagnostics: Diagnostic[] = [];
	try {
		return await runDaemon(handoff.options, stateDirAt(handoff.stateDir), {
			log: stamp,
			diagnostics: {
				report(d) {
					stamp(`${d.level ?? "warning"}: ${d.message}`);
					diagnostics.push(d);
				},
			},
			onReady: (s) => {
				stamp(`ready: ${describeTraced(s)}`);
				const ready: Extract<ReadyMessage, { ready: unknown }>["ready"] = {
					pid: s.pid,
					traced: s.traced,
					attached: s.attached,
					unprobeable: s.unprobeable,
					paths: s.paths,
					diagnostics,
				};
				if (s.lines) ready.lines = s.lines;
				tell({ ready });
			},
			onStopped: (summary) => stamp(summary),
		});
	} catch (err) {
		const e = err instanceof XcoverError ? err : new XcoverError(errorMessage(err), "See the daemon log.");
		// The daemon log is where a detached run's --verbose details go (the verifier's log among them).
		for (const line of errorText(err, true).text.trimEnd().split("\n")) stamp(`failed: ${line}`);
		tell({ error: { message: e.message, hint: e.hint, exitCode: e.exitCode } });
		return e.exitCode;
	}
}
