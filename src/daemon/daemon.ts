/**
 * The tracer as a long-running service: it owns the state directory, attaches, answers `status`
 * and `stop` on its control socket, and on stop (or SIGTERM/SIGINT/SIGHUP) writes the report
 * before removing its probes. Used by `xcover run` in the foreground and by `--detach`.
 */
import { existsSync, unlinkSync } from "node:fs";
import type { Server } from "node:net";
import { DiagnosticList } from "../diagnostics.js";
import { XcoverError } from "../errors.js";
import type { Granularity } from "../probes/plan.js";
import { summaryLine } from "../report/report.js";
import { type ControlReply, type ControlRequest, type StatusReply, serveControl } from "./control.js";
import { claimPidFile, ensureStateDir, releaseStateDir, type StateDir } from "./stateDir.js";
import { ActiveTrace, type TraceHooks, type TraceOptions } from "./trace.js";

export interface DaemonIo extends TraceHooks {
	/** Called once every probe is attached and the control socket answers. */
	onReady(status: StatusReply): void;
	/** Called with the summary after the report is written. */
	onStopped(summary: string): void;
}

function statusOf(trace: ActiveTrace): StatusReply {
	const s = trace.session;
	const progress = trace.progress();
	const reply: StatusReply = {
		ok: true,
		pid: process.pid,
		mode: trace.options.mode,
		granularity: progress.granularity,
		paths: s.plan.binaries.map((b) => b.table.path),
		report: trace.options.reportPath,
		startedAt: trace.startedAt.toISOString(),
		functions: progress.functions,
		traced: progress.traced,
		attached: s.attachedCount,
		unprobeable: progress.functions - progress.traced,
		hit: progress.hit,
		armed: s.armedCount,
		links: s.linkCount,
		probeHits: s.readTrapCount(),
	};
	if (progress.lines) reply.lines = progress.lines;
	return reply;
}

/** Runs until stopped; resolves with the process exit code. */
export async function runDaemon(options: TraceOptions, state: StateDir, io: DaemonIo): Promise<number> {
	ensureStateDir(state);
	claimPidFile(state);
	let trace: ActiveTrace;
	try {
		trace = ActiveTrace.start(options, io);
	} catch (err) {
		releaseStateDir(state);
		throw err;
	}

	let stopping: Promise<ControlReply> | undefined;
	let stopped!: (reply: ControlReply) => void;
	const done = new Promise<ControlReply>((resolve) => {
		stopped = resolve;
	});
	const stop = (why: string, granularity?: Granularity): Promise<ControlReply> => {
		if (!stopping) {
			io.log(`stopping: ${why}`);
			stopping = new Promise<ControlReply>((resolve) => {
				// Let the reply to an earlier request leave before the event loop blocks on the map read.
				setImmediate(() => resolve(finish(granularity)));
			});
			void stopping.then(stopped);
		}
		return stopping;
	};
	const finish = (granularity?: Granularity): ControlReply => {
		try {
			// The stop command shows these too: the daemon's own log is not where a user looks.
			const told = new DiagnosticList();
			const report = trace.finish(
				{
					report(d) {
						told.report(d);
						io.diagnostics.report(d);
					},
				},
				undefined,
				granularity,
			);
			const summary = summaryLine(report);
			io.log(`wrote ${options.reportPath}: ${summary}`);
			io.onStopped(summary);
			return { ok: true, report: options.reportPath, totals: report.totals, summary, diagnostics: told.items };
		} catch (err) {
			const e = err instanceof XcoverError ? err : new XcoverError(String(err), "See the daemon log.");
			io.log(`stop failed: ${e.message}`);
			return { ok: false, message: e.message, hint: e.hint };
		}
	};

	const handle = async (request: ControlRequest): Promise<ControlReply> => {
		if (request.cmd === "status") {
			if (stopping) return { ok: false, message: "the daemon is stopping", hint: "Wait for `xcover stop` to finish." };
			return statusOf(trace);
		}
		if (request.cmd === "stop") {
			if (request.granularity === "line" && trace.session.plan.granularity !== "line") {
				return {
					ok: false,
					message: "this trace records functions only, so it cannot give a line report",
					hint: "Stop without --granularity, and start the next trace with `xcover run --granularity line`.",
				};
			}
			return stop("stop requested", request.granularity);
		}
		return { ok: false, message: `unknown request ${JSON.stringify(request)}`, hint: "Use the same xcover version." };
	};

	const signals: NodeJS.Signals[] = ["SIGTERM", "SIGINT", "SIGHUP"];
	const onSignal = (signal: NodeJS.Signals) => void stop(`received ${signal}`);
	for (const s of signals) process.on(s, onSignal);
	// A bug must not cost the coverage gathered so far: write the report, then fail.
	const onCrash = (err: unknown) => {
		io.log(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
		crashed = true;
		void stop("internal error");
	};
	let crashed = false;
	process.on("uncaughtException", onCrash);

	let server: Server;
	try {
		// A socket left by a daemon that was killed would make listen() fail; the pid file is ours now.
		if (existsSync(state.socket)) unlinkSync(state.socket);
		server = await serveControl(state.socket, handle);
		io.onReady(statusOf(trace));
	} catch (err) {
		await trace.teardown();
		releaseStateDir(state);
		for (const s of signals) process.off(s, onSignal);
		process.off("uncaughtException", onCrash);
		throw err;
	}

	const reply = await done;
	for (const s of signals) process.off(s, onSignal);
	process.off("uncaughtException", onCrash);
	// Stop accepting clients, let the stop reply flush, give the state directory back so a new
	// daemon may start, and only then remove the probes, which takes seconds for big binaries.
	await new Promise<void>((resolve) => server.close(() => resolve()));
	releaseStateDir(state);
	const started = performance.now();
	const failed = trace.session.failedReplacements;
	if (failed > 0) io.log(`${failed} shared links could not be replaced after a first hit; those probes stayed armed`);
	await trace.teardown();
	io.log(`removed every probe in ${Math.round(performance.now() - started)} ms`);
	return reply.ok && !crashed ? 0 : 1;
}
