/** `xcover wait`, `xcover status` and `xcover stop`: clients of a running daemon. */
import { existsSync, rmSync } from "node:fs";
import {
	type ControlReply,
	type ControlRequest,
	describeTraced,
	type StatusReply,
	type StopReply,
	sendRequest,
} from "../daemon/control.js";
import { isAlive, logTail, readPid, type StateDir, stateDirAt } from "../daemon/stateDir.js";
import { errnoCode, errorMessage, XcoverError } from "../errors.js";
import { flag, type Options, parse, parseGranularity, seconds, str } from "./args.js";
import { terminalOutput } from "./output.js";
import { formatOptions, formatOptionsHelp, formatRequest, writeRequestedFormats } from "./report.js";

export class NoDaemonError extends XcoverError {}
export class DaemonDiedError extends XcoverError {}
export class WaitTimeoutError extends XcoverError {}

const common: Options = {
	"state-dir": { type: "string" },
	timeout: { type: "string", short: "t" },
	help: { type: "boolean", short: "h" },
	verbose: { type: "boolean", short: "v" },
};

export const waitHelp = `Usage: xcover wait [--timeout S] [--state-dir DIR]

Wait until the xcover daemon has attached every probe, then print "xcover is ready" and exit 0.
Exits 1 with the reason if no daemon starts, the daemon dies, or S seconds pass (default 30).
`;

export const statusHelp = `Usage: xcover status [--json] [--state-dir DIR]

Print whether an xcover daemon runs, how many functions it traces and how many have run so far.
Exits 0 when a daemon answers, 1 when none runs.
`;

export const stopHelp = `Usage: xcover stop [--timeout S] [--state-dir DIR] [--format FORMAT]... [--output-dir DIR]
                  [--granularity function] [--clean]

Tell the daemon to write its report, remove every probe and exit. Returns as soon as the report
is on disk, printing "xcover is stopped" and the coverage summary; the daemon then removes its
probes in the background (seconds for tens of thousands of functions) and exits.

      --granularity function
                       write a function report of a trace started with --granularity line
                       (its lines left out); a function trace cannot give a line report
      --clean          wait until the daemon has removed its probes and exited, then
                       remove its state directory (its log and its copy of Node.js)

${formatOptionsHelp}
`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function noDaemon(state: StateDir, stale?: number): NoDaemonError {
	return new NoDaemonError(
		stale === undefined
			? `no xcover daemon is running (state directory ${state.dir})`
			: `no xcover daemon is running: pid ${stale} in ${state.pidFile} has exited`,
		"Start one with `xcover run --detach --path BIN`, or pass the --state-dir it was started with.",
	);
}

function died(state: StateDir, pid: number): DaemonDiedError {
	const tail = logTail(state);
	return new DaemonDiedError(
		`the xcover daemon (pid ${pid}) died${tail ? "; its log ends with:" : ""}`,
		`See ${state.log}.`,
		{
			quoted: tail,
		},
	);
}

function failed(reply: ControlReply): reply is { ok: false; message: string; hint: string } {
	return !reply.ok;
}

/** Asks the daemon, turning connection failures into "no daemon" or "daemon died" errors. */
async function ask(state: StateDir, request: ControlRequest, timeoutMs: number): Promise<ControlReply> {
	const pid = readPid(state);
	if (pid === undefined) throw noDaemon(state);
	if (!isAlive(pid)) throw noDaemon(state, pid);
	try {
		return await sendRequest(state.socket, request, timeoutMs);
	} catch (err) {
		if (!isAlive(pid)) throw died(state, pid);
		const code = errnoCode(err);
		if (code === "ENOENT" || code === "ECONNREFUSED") {
			throw new XcoverError(`the xcover daemon (pid ${pid}) is still starting`, "Run `xcover wait` first.");
		}
		throw new XcoverError(`the xcover daemon (pid ${pid}) did not answer: ${errorMessage(err)}`, `See ${state.log}.`);
	}
}

export async function waitCommand(argv: readonly string[]): Promise<number> {
	const args = parse(argv, common, "wait");
	if (flag(args, "help")) {
		process.stdout.write(waitHelp);
		return 0;
	}
	const state = stateDirAt(str(args, "state-dir"));
	const timeoutMs = seconds(args, "timeout", 30, "wait") * 1000;
	const start = Date.now();
	// A daemon started in the background a moment ago may not have written its pid file yet.
	const grace = Math.min(2000, timeoutMs);
	for (;;) {
		const elapsed = Date.now() - start;
		const pid = readPid(state);
		if (pid !== undefined && !isAlive(pid)) throw died(state, pid);
		if (pid === undefined && elapsed >= grace) throw noDaemon(state);
		if (pid !== undefined && existsSync(state.socket)) {
			try {
				const reply = await sendRequest(state.socket, { cmd: "status" }, Math.max(1000, timeoutMs - elapsed));
				if (!failed(reply)) {
					process.stdout.write("xcover is ready\n");
					return 0;
				}
			} catch {
				// Not listening yet, or the daemon is exiting; the loop tells which.
			}
		}
		if (Date.now() - start >= timeoutMs) {
			throw new WaitTimeoutError(
				`xcover did not become ready within ${timeoutMs / 1000} s`,
				`Attaching many functions takes longer: raise --timeout, or see ${state.log}.`,
			);
		}
		await sleep(50);
	}
}

export async function statusCommand(argv: readonly string[]): Promise<number> {
	const args = parse(argv, { ...common, json: { type: "boolean" } }, "status");
	if (flag(args, "help")) {
		process.stdout.write(statusHelp);
		return 0;
	}
	const state = stateDirAt(str(args, "state-dir"));
	const reply = await ask(state, { cmd: "status" }, seconds(args, "timeout", 10, "status") * 1000);
	if (failed(reply)) throw new XcoverError(reply.message, reply.hint);
	// A status request gets a status reply; the union only tells failures apart.
	const s = reply as StatusReply;
	if (flag(args, "json")) {
		process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
		return 0;
	}
	const pct = (hit: number, of: number) => (of === 0 ? 0 : (hit / of) * 100).toFixed(2);
	process.stdout.write(
		`xcover is running (pid ${s.pid}, mode ${s.mode}, granularity ${s.granularity}, since ${s.startedAt})\n` +
			`  traced:  ${describeTraced(s)} in ${s.paths.join(", ")}` +
			(s.unprobeable > 0 ? ` (${s.unprobeable} could not be probed)` : "") +
			`\n  hit:     ${s.hit} so far (${pct(s.hit, s.traced)}%)` +
			(s.lines ? `; lines: ${s.lines.hit} of ${s.lines.traced} (${pct(s.lines.hit, s.lines.traced)}%)` : "") +
			`\n  armed:   ${s.armed} probes in ${s.links} links (they fired ${s.probeHits} times so far)` +
			`\n  report:  ${s.report}\n`,
	);
	return 0;
}

export async function stopCommand(argv: readonly string[]): Promise<number> {
	const args = parse(
		argv,
		{ ...common, ...formatOptions, granularity: { type: "string" }, clean: { type: "boolean" } },
		"stop",
	);
	if (flag(args, "help")) {
		process.stdout.write(stopHelp);
		return 0;
	}
	const state = stateDirAt(str(args, "state-dir"));
	const timeoutMs = seconds(args, "timeout", 120, "stop") * 1000;
	const formats = formatRequest(args);
	const granularity = str(args, "granularity");
	const request: ControlRequest =
		granularity === undefined ? { cmd: "stop" } : { cmd: "stop", granularity: parseGranularity(granularity, "stop") };
	const started = Date.now();
	const pid = readPid(state);
	const reply = await ask(state, request, timeoutMs);
	if (failed(reply))
		throw new XcoverError(`the daemon could not stop cleanly: ${reply.message}`, reply.hint || `See ${state.log}.`);
	// A stop request gets a stop reply.
	const r = reply as StopReply;
	const out = terminalOutput(flag(args, "verbose"));
	// The report is on disk. The daemon removes its probes in the background and exits.
	for (const d of r.diagnostics ?? []) out.report(d);
	process.stdout.write(`xcover is stopped\n${r.summary}\nreport: ${r.report}\n`);
	writeRequestedFormats(r.report, formats, out);
	if (flag(args, "clean")) await removeStateDir(state, pid, timeoutMs - (Date.now() - started), out);
	return 0;
}

/**
 * After the daemon has removed its probes and exited: its log and its copy of Node.js (about
 * 100 MB) would otherwise stay in /tmp on a machine that is not thrown away, a self-hosted runner.
 */
async function removeStateDir(
	state: StateDir,
	pid: number | undefined,
	timeoutMs: number,
	out: ReturnType<typeof terminalOutput>,
): Promise<void> {
	const deadline = Date.now() + Math.max(timeoutMs, 1000);
	while (pid !== undefined && isAlive(pid)) {
		// The report is written: a slow teardown is no reason to fail the stop.
		if (Date.now() > deadline) {
			out.warn(`the daemon (pid ${pid}) is still removing its probes; its state directory ${state.dir} was kept`);
			return;
		}
		await sleep(50);
	}
	// A daemon started meanwhile owns the folder now.
	if (readPid(state) !== undefined) return;
	rmSync(state.dir, { recursive: true, force: true });
	process.stdout.write(`removed the state directory ${state.dir}\n`);
}
