// xcover-test: rootless
/** The ELF reader against readelf and nm, on a fixture, the Node.js binary and a system library. */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ElfReadError, ElfUnsupportedError } from "../src/elf/errors.js";
import { readFunctionTable } from "../src/elf/functions.js";
import { compile, must, root, workDir } from "./helpers.js";

interface Segment {
	offset: number;
	vaddr: number;
	filesz: number;
}

/** Function entries by readelf: FUNC/IFUNC symbols with a size, defined in an executable section. */
function oracle(path: string): Map<number, Set<string>> {
	const sections = new Map<number, { name: string; exec: boolean }>();
	for (const line of must("readelf", ["-SW", path]).split("\n")) {
		const m = /^\s*\[\s*(\d+)\]\s+(\S+)\s+\S+\s+[0-9a-f]+\s+[0-9a-f]+\s+[0-9a-f]+\s+[0-9a-f]+\s+([A-Za-z]*)\s/.exec(
			line,
		);
		if (m) sections.set(Number(m[1]), { name: m[2] as string, exec: (m[3] as string).includes("X") });
	}
	const loads: Segment[] = [];
	for (const line of must("readelf", ["-lW", path]).split("\n")) {
		const m = /^\s*LOAD\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)/.exec(line);
		if (m)
			loads.push({
				offset: parseInt(m[1] as string, 16),
				vaddr: parseInt(m[2] as string, 16),
				filesz: parseInt(m[3] as string, 16),
			});
	}
	const out = new Map<number, Set<string>>();
	for (const line of must("readelf", ["-sW", path]).split("\n")) {
		const f = line.trim().split(/\s+/);
		// Num: Value Size Type Bind Vis Ndx Name
		if (f.length < 8 || !/^\d+:$/.test(f[0] as string)) continue;
		const [, value, size, type, , , ndx, name] = f as [string, string, string, string, string, string, string, string];
		if (type !== "FUNC" && type !== "IFUNC") continue;
		const sizeN = size.startsWith("0x") ? parseInt(size, 16) : Number(size);
		if (sizeN === 0 || !/^\d+$/.test(ndx)) continue;
		const sec = sections.get(Number(ndx));
		if (!sec?.exec || sec.name.startsWith(".plt")) continue;
		const addr = parseInt(value, 16);
		const seg = loads.find((l) => addr >= l.vaddr && addr < l.vaddr + l.filesz);
		if (!seg) continue;
		const offset = addr - seg.vaddr + seg.offset;
		// readelf prints versioned dynamic names as name@VERSION; the symbol's own name has none.
		const plain = name.replace(/@.*$/, "");
		const set = out.get(offset) ?? new Set<string>();
		set.add(plain);
		out.set(offset, set);
	}
	return out;
}

function compare(path: string): void {
	const table = readFunctionTable(path);
	const expected = oracle(path);
	const ours = new Map(table.functions.map((f) => [f.offset, new Set(f.names.map((n) => n.replace(/@.*$/, "")))]));
	assert.equal(ours.size, expected.size, `${path}: function count`);
	let mismatches = 0;
	for (const [offset, names] of expected) {
		const mine = ours.get(offset);
		if (!mine || [...names].some((n) => !mine.has(n))) mismatches++;
	}
	assert.equal(mismatches, 0, `${path}: entries whose offset or names differ from readelf`);
}

describe("ELF function table", () => {
	const dir = workDir("elf");

	it("matches readelf on a compiled fixture (PIE and non-PIE)", () => {
		compare(compile(join(dir, "select-pie"), ["select.c"], ["-pie", "-fPIE"]));
		compare(compile(join(dir, "select-nopie"), ["select.c"], ["-no-pie"]));
	});

	it("matches readelf on /usr/bin/node", () => compare(process.execPath));

	it("matches readelf on a system shared library", () => {
		const libc = must("gcc", ["-print-file-name=libc.so.6"]).trim();
		compare(libc);
	});

	it("agrees with nm on the fixture's names and addresses", () => {
		const bin = compile(join(dir, "select-nm"), ["select.c"]);
		const nm = new Map<string, number>();
		for (const line of must("nm", ["--defined-only", bin]).split("\n")) {
			const [addr, type, name] = line.trim().split(/\s+/);
			if (name && (type === "T" || type === "t")) nm.set(name, parseInt(addr as string, 16));
		}
		const table = readFunctionTable(bin);
		for (const fn of table.functions) {
			for (const n of fn.names) assert.equal(nm.get(n), fn.address, n);
		}
		for (const f of ["f0", "f9", "main", "never_called"]) {
			assert.ok(
				table.functions.some((fn) => fn.names.includes(f)),
				f,
			);
		}
	});

	it("merges aliases into one function with every name", () => {
		const src = join(dir, "alias.c");
		writeFileSync(
			src,
			'int impl(int x) { return x + 1; }\nint alias_one(int) __attribute__((alias("impl")));\nint main(void) { return impl(0) - 1; }\n',
		);
		const bin = join(dir, "alias");
		must("gcc", ["-O1", "-o", bin, src]);
		const fn = readFunctionTable(bin).functions.find((f) => f.names.includes("impl"));
		assert.ok(fn);
		assert.deepEqual([...fn.names].sort(), ["alias_one", "impl"]);
	});

	it("reads the GNU build-id that readelf shows", () => {
		const bin = compile(join(dir, "select-id"), ["select.c"], ["-Wl,--build-id=sha1"]);
		const id = /Build ID: ([0-9a-f]+)/.exec(must("readelf", ["-n", bin]))?.[1];
		assert.equal(readFunctionTable(bin).buildId, id);
	});

	it("stops on a note whose sizes wrap around instead of looping (namesz 0x7ffffffd)", () => {
		const bin = join(dir, "select-id");
		const out = join(dir, "note-wrap");
		copyFileSync(bin, out);
		// Every PT_NOTE segment's first note gets sizes that brought a 32-bit align back to offset 0.
		const segments = must("readelf", ["-lW", out])
			.split("\n")
			.filter((l) => /^\s*NOTE\s/.test(l))
			.map((l) => Number.parseInt(l.trim().split(/\s+/)[1] as string, 16));
		assert.ok(segments.length > 0, "the fixture has PT_NOTE segments");
		const fd = openSync(out, "r+");
		for (const offset of segments) {
			const header = Buffer.alloc(12);
			header.writeUInt32LE(0x7ffffffd, 0);
			header.writeUInt32LE(0x7ffffff4, 4);
			header.writeUInt32LE(1, 8);
			writeSync(fd, header, 0, 12, offset);
		}
		closeSync(fd);
		// In a child with a deadline: a reader that loops must fail this test, not hang the run.
		const code = `import { readFunctionTable } from ${JSON.stringify(join(root, "src", "elf", "functions.ts"))};
console.log(JSON.stringify(readFunctionTable(${JSON.stringify(out)}).buildId ?? null));`;
		const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
			encoding: "utf8",
			timeout: 30000,
			cwd: root,
		});
		assert.equal(r.signal, null, "the reader finished");
		assert.equal(r.status, 0, r.stderr);
	});

	describe("refuses what it cannot trace, with a typed error", () => {
		const patched = (byteOffset: number, bytes: number[]): string => {
			const out = join(dir, `patched-${byteOffset}-${bytes.join("-")}`);
			copyFileSync(join(dir, "select-nopie"), out);
			const fd = openSync(out, "r+");
			writeSync(fd, Buffer.from(bytes), 0, bytes.length, byteOffset);
			closeSync(fd);
			return out;
		};
		it("missing file", () => assert.throws(() => readFunctionTable(join(dir, "nope")), ElfReadError));
		it("not an ELF file", () => {
			const script = join(dir, "script.sh");
			writeFileSync(script, "#!/bin/sh\necho hi\n");
			assert.throws(
				() => readFunctionTable(script),
				(e: Error) => e instanceof ElfReadError && /not an ELF/.test(e.message),
			);
		});
		it("ELF32", () =>
			assert.throws(
				() => readFunctionTable(patched(4, [1])),
				(e: Error) => e instanceof ElfUnsupportedError && /32-bit/.test(e.message),
			));
		it("big-endian", () =>
			assert.throws(
				() => readFunctionTable(patched(5, [2])),
				(e: Error) => e instanceof ElfUnsupportedError && /big-endian/.test(e.message),
			));
		it("another architecture", () => {
			const other = process.arch === "x64" ? 183 : 62;
			assert.throws(
				() => readFunctionTable(patched(18, [other & 0xff, other >> 8])),
				(e: Error) => e instanceof ElfUnsupportedError && /but this machine runs/.test(e.message),
			);
		});
		it("truncated file", () => {
			const out = join(dir, "truncated");
			writeFileSync(out, readFileSync(join(dir, "select-nopie")).subarray(0, 100));
			assert.throws(() => readFunctionTable(out), ElfReadError);
		});
	});
});
