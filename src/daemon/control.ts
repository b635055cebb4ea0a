/**
 * The control protocol between the CLI and a running daemon: one JSON line each way over the unix
 * socket in the state directory.
 */

import { createConnection, createServer, type Server } from "node:net";
import type { Diagnostic } from "../diagnostics.js";
import { errorMessage } from "../errors.js";
import type { Granularity } from "../probes/plan.js";
import type { Totals } from "../report/report.js";

/** A stop may ask for a function report of a line trace (never the other way round). */
export type ControlRequest = { cmd: "status" } | { cmd: "stop"; granularity?: Granularity };

export interface StatusReply {
	ok: true;
	pid: number;
	mode: string;
	granularity: string;
	paths: string[];
	report: string;
	startedAt: string;
	/** Functions selected. */
	functions: number;
	/** Functions with at least one probe (selected less unprobeable). */
	traced: number;
	/** Probes attached: one per function, or in line granularity one per statement row (basic block of a line). */
	attached: number;
	/** Functions none of whose probes the kernel takes. */
	unprobeable: number;
	/** Functions that ran so far. */
	hit: number;
	/** Line granularity: lines of the traced functions with a probe, and those that ran so far. */
	lines?: { traced: number; hit: number };
	/** Probes still in place (first-hit mode removes a probe once its function or line ran). */
	armed: number;
	links: number;
	/** Times any probe fired: the trapping the traced programs paid so far. */
	probeHits: number;
}

/** "12 functions traced", with "(340 lines, 410 probes)" in line granularity. */
export function describeTraced(s: Pick<StatusReply, "traced" | "attached" | "lines">): string {
	return `${s.traced} functions traced` + (s.lines ? ` (${s.lines.traced} lines, ${s.attached} probes)` : "");
}

export interface StopReply {
	ok: true;
	report: string;
	totals: Totals;
	summary: string;
	/** What the report could not include, for `xcover stop` to show. */
	diagnostics?: Diagnostic[];
}

export interface ErrorReply {
	ok: false;
	message: string;
	hint: string;
}

export type ControlReply = StatusReply | StopReply | ErrorReply;

export class ControlTimeout extends Error {}

/** A parsed request line as the daemon may act on it, or undefined. */
function controlRequest(value: unknown): ControlRequest | undefined {
	if (typeof value !== "object" || value === null || !("cmd" in value)) return undefined;
	if (value.cmd === "status") return { cmd: "status" };
	if (value.cmd !== "stop") return undefined;
	if (!("granularity" in value) || value.granularity === undefined) return { cmd: "stop" };
	return value.granularity === "function" || value.granularity === "line"
		? { cmd: "stop", granularity: value.granularity }
		: undefined;
}

export function sendRequest(socketPath: string, request: ControlRequest, timeoutMs: number): Promise<ControlReply> {
	return new Promise((resolve, reject) => {
		const socket = createConnection(socketPath);
		let buffer = "";
		const timer = setTimeout(() => {
			socket.destroy();
			reject(new ControlTimeout(`no answer from the daemon within ${Math.round(timeoutMs / 1000)} s`));
		}, timeoutMs);
		socket.setEncoding("utf8");
		socket.on("connect", () => socket.write(`${JSON.stringify(request)}\n`));
		socket.on("data", (chunk: string) => {
			buffer += chunk;
			const nl = buffer.indexOf("\n");
			if (nl < 0) return;
			clearTimeout(timer);
			socket.end();
			try {
				// The reply comes from our own daemon, through a socket only root can open.
				resolve(JSON.parse(buffer.slice(0, nl)) as ControlReply);
			} catch (err) {
				reject(err);
			}
		});
		socket.on("error", (err) => {
			clearTimeout(timer);
			reject(err);
		});
		socket.on("close", () => {
			clearTimeout(timer);
			if (buffer.indexOf("\n") < 0) reject(new Error("the daemon closed the connection without answering"));
		});
	});
}

export function serveControl(
	socketPath: string,
	handle: (request: ControlRequest) => Promise<ControlReply>,
): Promise<Server> {
	const server = createServer((socket) => {
		let buffer = "";
		socket.setEncoding("utf8");
		socket.on("error", () => socket.destroy());
		socket.on("data", (chunk: string) => {
			buffer += chunk;
			const nl = buffer.indexOf("\n");
			if (nl < 0) {
				if (buffer.length > 4096) socket.destroy();
				return;
			}
			const line = buffer.slice(0, nl);
			buffer = "";
			let request: ControlRequest | undefined;
			try {
				request = controlRequest(JSON.parse(line));
			} catch {
				request = undefined;
			}
			if (request === undefined) {
				socket.end(`${JSON.stringify({ ok: false, message: "malformed request", hint: "" })}\n`);
				return;
			}
			handle(request).then(
				(reply) => socket.end(`${JSON.stringify(reply)}\n`),
				(err: unknown) => socket.end(`${JSON.stringify({ ok: false, message: errorMessage(err), hint: "" })}\n`),
			);
		});
	});
	return new Promise((resolve, reject) => {
		server.once("error", reject);
		server.listen(socketPath, () => {
			server.off("error", reject);
			resolve(server);
		});
	});
}
