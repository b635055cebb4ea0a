/**
 * The control protocol between the CLI and a running daemon: one JSON line each way over the unix
 * socket in the state directory.
 */
import { createConnection, createServer, type Server } from "node:net";
import type { Totals } from "../report/report.js";

export type ControlRequest = { cmd: "status" } | { cmd: "stop" };

export interface StatusReply {
	ok: true;
	pid: number;
	mode: string;
	paths: string[];
	report: string;
	startedAt: string;
	functions: number;
	attached: number;
	unprobeable: number;
	hit: number;
	/** Functions whose probe is still in place (first-hit mode removes a probe once it fires). */
	armed: number;
	links: number;
	/** Times any probe fired: the trapping the traced programs paid so far. */
	probeHits: number;
}

export interface StopReply {
	ok: true;
	report: string;
	totals: Totals;
	summary: string;
	/** What the report could not include, for `xcover stop` to show. */
	warnings?: string[];
}

export interface ErrorReply {
	ok: false;
	message: string;
	hint: string;
}

export type ControlReply = StatusReply | StopReply | ErrorReply;

export class ControlTimeout extends Error {}

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
			let request: ControlRequest;
			try {
				request = JSON.parse(line) as ControlRequest;
			} catch {
				socket.end(`${JSON.stringify({ ok: false, message: "malformed request", hint: "" })}\n`);
				return;
			}
			handle(request).then(
				(reply) => socket.end(`${JSON.stringify(reply)}\n`),
				(err: unknown) =>
					socket.end(`${JSON.stringify({ ok: false, message: (err as Error).message ?? String(err), hint: "" })}\n`),
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
