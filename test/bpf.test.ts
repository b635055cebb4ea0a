// xcover-test: root
/** The BPF object reader against readelf, and the x86 probe predictor against the kernel itself. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { closeSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { readEntryBytes } from "../src/elf/entryBytes.js";
import { readFunctionTable } from "../src/elf/functions.js";
import { x86EntryRefusal } from "../src/probes/x86.js";
import { BPF_MAP_TYPE_ARRAY, BPF_MAP_TYPE_RINGBUF } from "../src/tracer/bpfAbi.js";
import { readBpfObject } from "../src/tracer/bpfObject.js";
import { kernelDevT, loadTracerProgram, selfIdentity } from "../src/tracer/loader.js";
import { native } from "../src/tracer/native.js";
import { compile, must, needsBpf, root, workDir } from "./helpers.js";

const object = join(root, "build/bpf/xcover.bpf.o");

describe("BPF object", () => {
	it("has the relocations readelf lists, on 64-bit loads", () => {
		const obj = readBpfObject(object);
		const expected = must("readelf", ["-rW", object])
			.split("\n")
			// Type 1 (R_BPF_64_64; newer binutils call it R_BPF_INSN_64) in the low half of Info.
			.filter((l) => /^[0-9a-f]{16}\s+[0-9a-f]{8}00000001\s/.test(l.trim()))
			.map((l) => {
				const f = l.trim().split(/\s+/);
				return `${parseInt(f[0] as string, 16) / 8}:${f[4]}`;
			});
		const ours = obj.program.relocations.map((r) => `${r.insnIndex}:${r.symbolName}`);
		assert.deepEqual(ours, expected);
		assert.ok(expected.length > 0);
	});

	it("reads the BTF map definitions and the read-only settings", () => {
		const obj = readBpfObject(object);
		const hits = obj.maps.find((m) => m.name === "hits");
		const ring = obj.maps.find((m) => m.name === "first_hits");
		assert.deepEqual(hits && { type: hits.type, key: hits.keySize, value: hits.valueSize }, {
			type: BPF_MAP_TYPE_ARRAY,
			key: 4,
			value: 8,
		});
		assert.equal(ring?.type, BPF_MAP_TYPE_RINGBUF);
		const syms = must("readelf", ["-sW", object]);
		for (const name of ["self_tgid", "self_pidns_dev", "self_pidns_ino", "hit_mode"]) {
			const v = obj.rodata?.variables.get(name);
			const line = syms.split("\n").find((l) => l.trim().endsWith(` ${name}`));
			assert.ok(v && line, name);
			assert.equal(v.offset, parseInt(line.trim().split(/\s+/)[1] as string, 16), name);
		}
		assert.equal(obj.license, "GPL");
	});

	it("encodes dev_t the way the kernel compares it", () => {
		// 8:1 (major 8, minor 1) → userspace 0x801, kernel (8 << 20) | 1.
		assert.equal(kernelDevT(0x801), (8 << 20) | 1);
		// 1:0x1234: a minor above 255 keeps its high bits above the major in userspace's encoding.
		assert.equal(kernelDevT(0x1200134), (1 << 20) | 0x1234);
	});
});

describe("loading", needsBpf, () => {
	it("sizes the hit array at run time, up to 1,048,576 functions and beyond", () => {
		for (const functionCount of [1, 1 << 20, (1 << 20) + 12345]) {
			const program = loadTracerProgram({ functionCount, mode: "count", ringBytes: 1 << 22, self: selfIdentity() });
			const keys = Buffer.alloc(4 * 1024);
			const values = Buffer.alloc(8 * 1024);
			const res = native().lookupBatch(program.hitsFd, null, Buffer.alloc(4), keys, values, 1024);
			assert.equal(res.count, Math.min(1024, functionCount));
			program.close();
		}
	});
});

describe("x86-64 probe prediction agrees with the kernel", needsBpf, () => {
	it("on instructions of every kind the kernel accepts or refuses", {
		skip: process.arch !== "x64" && "x86-64 only",
	}, async () => {
		const bin = compile(join(workDir("bpf"), "entries"), ["entries.c"]);
		// The kernel judges an instruction only when it writes the breakpoint into a mapped copy.
		const running = spawn(bin, ["wait"], { stdio: ["pipe", "ignore", "ignore"] });
		await new Promise((r) => setTimeout(r, 100));
		try {
			const fns = readFunctionTable(bin).functions.filter((f) => f.names[0]?.startsWith("e_"));
			assert.ok(fns.length >= 19);
			const bytes = readEntryBytes(
				bin,
				fns.map((f) => f.offset),
			);
			const program = loadTracerProgram({
				functionCount: 1,
				mode: "first-hit",
				ringBytes: 65536,
				self: selfIdentity(),
			});
			const verdicts: string[] = [];
			const refused: string[] = [];
			try {
				fns.forEach((fn, i) => {
					let kernelAccepts = true;
					try {
						const fd = native().createUprobeMultiLink({
							progFd: program.progFd,
							path: bin,
							offsets: new BigUint64Array([BigInt(fn.offset)]),
							cookies: new BigUint64Array([0n]),
							pid: 0,
							flags: 0,
						});
						closeSync(fd);
					} catch {
						kernelAccepts = false;
					}
					const predicted = x86EntryRefusal(bytes[i] as Uint8Array) === undefined;
					if (!kernelAccepts) refused.push(fn.names[0] as string);
					if (predicted !== kernelAccepts)
						verdicts.push(`${fn.names[0]}: kernel ${kernelAccepts}, predicted ${predicted}`);
				});
			} finally {
				program.close();
			}
			assert.deepEqual(verdicts, []);
			assert.ok(refused.includes("e_lock_add") && refused.includes("e_int3"), `refused: ${refused.join(", ")}`);
		} finally {
			running.kill();
		}
	});
});
