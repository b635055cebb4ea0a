// xcover-test: rootless
/**
 * The control protocol over a real unix socket, with no daemon behind it: the server side
 * (serveControl) and the client side (sendRequest) against each other and against raw sockets
 * that split, garble or withhold their lines, then the CLI's status, stop and wait commands
 * against a server that plays the daemon in a state directory of their own.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
	type ControlReply,
	type ControlRequest,
	ControlTimeout,
	type StatusReply,
	type StopReply,
	sendRequest,
	serveControl,
} from "../src/daemon/control.js";
import { type StateDir, stateDirAt } from "../src/daemon/stateDir.js";
import { root } from "./helpers.js";

// Under os.tmpdir(), not test/.work: a unix socket path must stay under 108 bytes wherever the
// checkout lives.
const base = mkdtempSync(join(tmpdir(), "xcover-control-"));
after(() => rmSync(base, { recursive: true, force: true }));
let serial = 0;
const socketPath = () => join(base, `s${serial++}.sock`);

const status: StatusReply = {
	ok: true,
	pid: process.pid,
	mode: "first-hit",
	granularity: "function",
	paths: ["/opt/app/bin/app"],
	report: "/tmp/xcover.json",
	startedAt: "2026-01-02T03:04:05.000Z",
	functions: 40,
	traced: 38,
	attached: 38,
	unprobeable: 2,
	hit: 19,
	armed: 19,
	links: 19,
	probeHits: 23,
};

function close(server: Server): Promise<void> {
	return new Promise((resolve) => server.close(() => resolve()));
}

/** A raw server whose connections `onConnection` drives byte by byte. */
function rawServer(path: string, onConnection: (socket: Socket) => void): Promise<Server> {
	const server = createServer(onConnection);
	return new Promise((resolve) => server.listen(path, () => resolve(server)));
}

/** Writes `chunks` to the socket at `path`, one per event-loop turn, and collects everything it answers. */
function rawExchange(path: string, chunks: readonly string[]): Promise<{ answer: string; closedBy: "server" }> {
	return new Promise((resolve, reject) => {
		const socket = createConnection(path);
		let answer = "";
		socket.setEncoding("utf8");
		socket.on("data", (d: string) => {
			answer += d;
		});
		socket.on("error", reject);
		socket.on("close", () => resolve({ answer, closedBy: "server" }));
		socket.on("connect", async () => {
			for (const c of chunks) {
				if (socket.destroyed) return;
				socket.write(c);
				await new Promise((r) => setTimeout(r, 5));
			}
		});
	});
}

describe("serveControl and sendRequest", () => {
	it("carry one request and one reply, as the handler saw and gave them", async () => {
		const path = socketPath();
		const seen: ControlRequest[] = [];
		const server = await serveControl(path, async (request) => {
			seen.push(request);
			return status;
		});
		try {
			assert.deepEqual(await sendRequest(path, { cmd: "status" }, 5000), status);
			const stop: ControlRequest = { cmd: "stop", granularity: "function" };
			await sendRequest(path, stop, 5000);
			assert.deepEqual(seen, [{ cmd: "status" }, stop]);
		} finally {
			await close(server);
		}
	});

	it("answer each connection on its own, even when they overlap", async () => {
		const path = socketPath();
		const server = await serveControl(path, async (request) => {
			// The first request answers last: replies must not cross connections.
			if (request.cmd === "status") await new Promise((r) => setTimeout(r, 50));
			const reply: StopReply = {
				ok: true,
				report: `/r/${request.cmd}`,
				totals: { functions: 1, traced: 1, covered: 0, unprobeable: 0, percent: 0 },
				summary: request.cmd,
			};
			return reply;
		});
		try {
			const [a, b] = await Promise.all([
				sendRequest(path, { cmd: "status" }, 5000),
				sendRequest(path, { cmd: "stop" }, 5000),
			]);
			assert.equal((a as StopReply).report, "/r/status");
			assert.equal((b as StopReply).report, "/r/stop");
		} finally {
			await close(server);
		}
	});

	it("frame by newline: a request split over several writes is read whole, and the reply is one line", async () => {
		const path = socketPath();
		const seen: ControlRequest[] = [];
		const server = await serveControl(path, async (request) => {
			seen.push(request);
			return status;
		});
		try {
			const { answer } = await rawExchange(path, ['{"cm', 'd":"st', 'atus"}', "\n"]);
			assert.deepEqual(seen, [{ cmd: "status" }]);
			assert.ok(answer.endsWith("\n"));
			assert.equal(answer.indexOf("\n"), answer.length - 1, "exactly one line");
			assert.deepEqual(JSON.parse(answer), status);
		} finally {
			await close(server);
		}
	});

	it("answer a line that is not JSON with an error reply, without calling the handler", async () => {
		const path = socketPath();
		let calls = 0;
		const server = await serveControl(path, async () => {
			calls++;
			return status;
		});
		try {
			const { answer } = await rawExchange(path, ["status please\n"]);
			assert.deepEqual(JSON.parse(answer), { ok: false, message: "malformed request", hint: "" });
			assert.equal(calls, 0);
			// The server keeps serving after a bad client.
			assert.deepEqual(await sendRequest(path, { cmd: "status" }, 5000), status);
		} finally {
			await close(server);
		}
	});

	it("turn a handler that throws into an error reply carrying its message", async () => {
		const path = socketPath();
		const server = await serveControl(path, async () => {
			throw new Error("the hit map is gone");
		});
		try {
			assert.deepEqual(await sendRequest(path, { cmd: "stop" }, 5000), {
				ok: false,
				message: "the hit map is gone",
				hint: "",
			});
		} finally {
			await close(server);
		}
	});

	it("hang up on a client that sends more than 4 KiB without a newline", { timeout: 10_000 }, async () => {
		const path = socketPath();
		let calls = 0;
		const server = await serveControl(path, async () => {
			calls++;
			return status;
		});
		try {
			const { answer } = await rawExchange(path, ["x".repeat(3000), "x".repeat(3000), "x".repeat(3000)]);
			assert.equal(answer, "", "no reply to an endless line");
			assert.equal(calls, 0);
		} finally {
			await close(server);
		}
	});

	it("refuse to listen where something already listens", async () => {
		const path = socketPath();
		const server = await serveControl(path, async () => status);
		try {
			await assert.rejects(
				serveControl(path, async () => status),
				(err: NodeJS.ErrnoException) => err.code === "EADDRINUSE",
			);
		} finally {
			await close(server);
		}
	});
});

describe("sendRequest against a server that misbehaves", () => {
	it("sends exactly one JSON line, and reads a reply that arrives in pieces", async () => {
		const path = socketPath();
		let received = "";
		const server = await rawServer(path, (socket) => {
			socket.setEncoding("utf8");
			socket.on("data", async (d: string) => {
				received += d;
				if (!received.endsWith("\n")) return;
				const line = JSON.stringify(status);
				socket.write(line.slice(0, 10));
				await new Promise((r) => setTimeout(r, 20));
				socket.write(line.slice(10));
				await new Promise((r) => setTimeout(r, 20));
				socket.end("\n");
			});
		});
		try {
			assert.deepEqual(await sendRequest(path, { cmd: "stop", granularity: "line" }, 5000), status);
			assert.equal(received, '{"cmd":"stop","granularity":"line"}\n');
		} finally {
			await close(server);
		}
	});

	it("rejects a reply line that is not JSON", async () => {
		const path = socketPath();
		const server = await rawServer(path, (socket) => socket.once("data", () => socket.end("ok!\n")));
		try {
			await assert.rejects(sendRequest(path, { cmd: "status" }, 5000), SyntaxError);
		} finally {
			await close(server);
		}
	});

	it("rejects when the server hangs up without a whole line", async () => {
		const path = socketPath();
		const server = await rawServer(path, (socket) => socket.once("data", () => socket.end('{"ok":true')));
		try {
			await assert.rejects(sendRequest(path, { cmd: "status" }, 5000), /closed the connection without answering/);
		} finally {
			await close(server);
		}
	});

	it("gives up after its timeout on a server that never answers", async () => {
		const path = socketPath();
		const held: Socket[] = [];
		const server = await rawServer(path, (socket) => held.push(socket));
		try {
			const started = Date.now();
			await assert.rejects(sendRequest(path, { cmd: "status" }, 300), ControlTimeout);
			const took = Date.now() - started;
			assert.ok(took >= 250 && took < 3000, `timed out after ${took} ms`);
		} finally {
			for (const s of held) s.destroy();
			await close(server);
		}
	});

	it("fails with the socket's errno when nothing listens", async () => {
		await assert.rejects(
			sendRequest(join(base, "nobody-here.sock"), { cmd: "status" }, 5000),
			(err: NodeJS.ErrnoException) => err.code === "ENOENT",
		);
		// The socket file of a daemon that was killed stays behind, and refuses connections.
		const stale = socketPath();
		spawnSync(process.execPath, [
			"-e",
			`require("net").createServer().listen(${JSON.stringify(stale)}, () => process.kill(process.pid, "SIGKILL"))`,
		]);
		await assert.rejects(
			sendRequest(stale, { cmd: "status" }, 5000),
			(err: NodeJS.ErrnoException) => err.code === "ECONNREFUSED",
		);
	});
});

const cliSource = join(root, "src", "cli", "main.ts");

/**
 * Runs the CLI from its sources (no build needed) as its own process, asynchronously: the socket
 * it talks to is served by this one.
 */
function xcoverSrc(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ["--import", "tsx", cliSource, ...args], { cwd: root });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (d) => {
			stdout += d;
		});
		child.stderr.on("data", (d) => {
			stderr += d;
		});
		child.on("error", reject);
		child.on("close", (code) => resolve({ code: code ?? 128, stdout, stderr }));
	});
}

/** A state directory with this process as its "daemon" and `handle` answering on its socket. */
async function fakeDaemon(
	handle: (request: ControlRequest) => Promise<ControlReply>,
): Promise<{ state: StateDir; close: () => Promise<void> }> {
	const state = stateDirAt(mkdtempSync(join(base, "state-")));
	writeFileSync(state.pidFile, `${process.pid}\n`);
	const server = await serveControl(state.socket, handle);
	return { state, close: () => close(server) };
}

/** The pid of a process that has exited. */
function deadPid(): number {
	const r = spawnSync("sh", ["-c", "echo $$"], { encoding: "utf8" });
	return Number(r.stdout.trim());
}

describe("xcover status, stop and wait against a daemon's socket", () => {
	it("status prints what the daemon said, and --json passes its reply through", async () => {
		const seen: ControlRequest[] = [];
		const d = await fakeDaemon(async (request) => {
			seen.push(request);
			return status;
		});
		try {
			const text = await xcoverSrc(["status", "--state-dir", d.state.dir]);
			assert.equal(text.code, 0, text.stderr);
			assert.match(
				text.stdout,
				new RegExp(`^xcover is running \\(pid ${process.pid}, mode first-hit, granularity function`),
			);
			assert.match(text.stdout, /traced: {2}38 functions traced in \/opt\/app\/bin\/app \(2 could not be probed\)/);
			assert.match(text.stdout, /hit: {5}19 so far \(50\.00%\)/);
			assert.match(text.stdout, /armed: {3}19 probes in 19 links \(they fired 23 times so far\)/);
			const json = await xcoverSrc(["status", "--json", "--state-dir", d.state.dir]);
			assert.deepEqual(JSON.parse(json.stdout), status);
			assert.deepEqual(seen, [{ cmd: "status" }, { cmd: "status" }]);
		} finally {
			await d.close();
		}
	});

	it("stop sends the granularity asked for and prints the summary and the report's path", async () => {
		const seen: ControlRequest[] = [];
		const d = await fakeDaemon(async (request) => {
			seen.push(request);
			return {
				ok: true,
				report: "/tmp/out/xcover.json",
				totals: { functions: 4, traced: 4, covered: 3, unprobeable: 0, percent: 75 },
				summary: "functions: 3 of 4 covered (75.00%)",
			};
		});
		try {
			const r = await xcoverSrc(["stop", "--state-dir", d.state.dir, "--granularity", "function"]);
			assert.equal(r.code, 0, r.stderr);
			assert.equal(r.stdout, "xcover is stopped\nfunctions: 3 of 4 covered (75.00%)\nreport: /tmp/out/xcover.json\n");
			assert.equal((await xcoverSrc(["stop", "--state-dir", d.state.dir])).code, 0);
			assert.deepEqual(seen, [{ cmd: "stop", granularity: "function" }, { cmd: "stop" }]);
		} finally {
			await d.close();
		}
	});

	it("an error reply becomes a one-line error with the daemon's message and hint", async () => {
		const d = await fakeDaemon(async () => ({ ok: false, message: "the daemon is stopping", hint: "Wait for it." }));
		try {
			const s = await xcoverSrc(["status", "--state-dir", d.state.dir]);
			assert.equal(s.code, 1);
			assert.match(s.stderr, /^xcover: error: the daemon is stopping\n\s+Wait for it\.\n$/);
			const t = await xcoverSrc(["stop", "--state-dir", d.state.dir]);
			assert.equal(t.code, 1);
			assert.match(t.stderr, /could not stop cleanly: the daemon is stopping/);
		} finally {
			await d.close();
		}
	});

	it("no pid file, or a pid that has exited, means no daemon", async () => {
		const state = stateDirAt(mkdtempSync(join(base, "empty-")));
		const none = await xcoverSrc(["status", "--state-dir", state.dir]);
		assert.equal(none.code, 1);
		assert.match(none.stderr, /no xcover daemon is running \(state directory /);
		const pid = deadPid();
		writeFileSync(state.pidFile, `${pid}\n`);
		const stale = await xcoverSrc(["stop", "--state-dir", state.dir]);
		assert.equal(stale.code, 1);
		assert.ok(stale.stderr.includes(`pid ${pid} in ${state.pidFile} has exited`), stale.stderr);
	});

	it("a live daemon without its socket yet is still starting", async () => {
		const state = stateDirAt(mkdtempSync(join(base, "starting-")));
		writeFileSync(state.pidFile, `${process.pid}\n`);
		const r = await xcoverSrc(["status", "--state-dir", state.dir]);
		assert.equal(r.code, 1);
		assert.match(r.stderr, new RegExp(`the xcover daemon \\(pid ${process.pid}\\) is still starting`));
	});

	it("wait returns once the daemon answers status, and times out while it does not", async () => {
		const d = await fakeDaemon(async () => status);
		try {
			const r = await xcoverSrc(["wait", "--state-dir", d.state.dir, "--timeout", "20"]);
			assert.deepEqual([r.code, r.stdout], [0, "xcover is ready\n"], r.stderr);
		} finally {
			await d.close();
		}
		const state = stateDirAt(mkdtempSync(join(base, "never-")));
		writeFileSync(state.pidFile, `${process.pid}\n`);
		const r = await xcoverSrc(["wait", "--state-dir", state.dir, "--timeout", "0.5"]);
		assert.equal(r.code, 1);
		assert.match(r.stderr, /xcover did not become ready within 0\.5 s/);
	});

	it("wait reports a daemon that died instead of waiting out its timeout", async () => {
		const state = stateDirAt(mkdtempSync(join(base, "died-")));
		writeFileSync(state.log, "attaching\nerror: out of memory\n");
		writeFileSync(state.pidFile, `${deadPid()}\n`);
		const started = Date.now();
		const r = await xcoverSrc(["wait", "--state-dir", state.dir, "--timeout", "60"]);
		assert.equal(r.code, 1);
		assert.match(r.stderr, /died; its log ends with:\nattaching\nerror: out of memory/);
		assert.ok(Date.now() - started < 30000, "long before its timeout");
	});
});
