/**
 * Loads Jazzer.js's native fuzzer on hosts older than the machine it was prebuilt on.
 *
 * The prebuilt addon (@jazzer.js/fuzzer 4.0.0, fuzzer-linux-x64.node) asks for glibc 2.38
 * (`__isoc23_strtol`, `__isoc23_strtoul`) and libstdc++ 3.4.32 (`std::ios_base_library_init`).
 * Debian 12 has glibc 2.36 and GCC 12, so the addon does not load there. When that happens we
 * load a copy whose two version requirements are marked weak (VER_FLG_WEAK: the dynamic loader
 * then accepts a missing version without complaint) after a small shim, loaded RTLD_GLOBAL, that
 * defines the three symbols on top of the older libraries. On a host new enough for the prebuilt
 * addon none of this runs.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";

const SHIM = `#include <cstdlib>
#include <ios>
extern "C" long __isoc23_strtol(const char* s, char** e, int b) { return strtol(s, e, b); }
extern "C" unsigned long __isoc23_strtoul(const char* s, char** e, int b) { return strtoul(s, e, b); }
namespace std { void ios_base_library_init() { static ios_base::Init init; } }
// Lets process.dlopen load the shim as an (empty) N-API module.
extern "C" void* napi_register_module_v1(void*, void* exports) { return exports; }
`;

const SHT_GNU_VERNEED = 0x6ffffffe;
const VER_FLG_WEAK = 2;

/** Marks as weak every version requirement the host's libraries do not define. */
function weakenVersions(bytes, missing) {
	const b = Buffer.from(bytes);
	const shoff = Number(b.readBigUInt64LE(0x28));
	const shnum = b.readUInt16LE(0x3c);
	const header = (i) => shoff + i * 64;
	for (let i = 0; i < shnum; i++) {
		if (b.readUInt32LE(header(i) + 4) !== SHT_GNU_VERNEED) continue;
		const strtab = Number(b.readBigUInt64LE(header(b.readUInt32LE(header(i) + 40)) + 24));
		let need = Number(b.readBigUInt64LE(header(i) + 24));
		for (;;) {
			const count = b.readUInt16LE(need + 2);
			let aux = need + b.readUInt32LE(need + 8);
			for (let k = 0; k < count; k++) {
				const at = strtab + b.readUInt32LE(aux + 8);
				const name = b.toString("latin1", at, b.indexOf(0, at));
				if (missing.has(name)) b.writeUInt16LE(b.readUInt16LE(aux + 4) | VER_FLG_WEAK, aux + 4);
				aux += b.readUInt32LE(aux + 12);
			}
			const next = b.readUInt32LE(need + 12);
			if (next === 0) break;
			need += next;
		}
	}
	return b;
}

function fallback(original) {
	const bytes = readFileSync(original);
	const key = createHash("sha256").update(bytes).update(SHIM).digest("hex").slice(0, 16);
	const dir = join(tmpdir(), `xcover-jazzer-${key}`);
	const patched = join(dir, "fuzzer.node");
	const shim = join(dir, "shim.node");
	if (!existsSync(patched) || !existsSync(shim)) {
		mkdirSync(dir, { recursive: true });
		const source = join(dir, `shim-${process.pid}.cc`);
		writeFileSync(source, SHIM);
		execFileSync("g++", ["-shared", "-fPIC", "-O1", "-o", `${shim}.${process.pid}`, source]);
		renameSync(`${shim}.${process.pid}`, shim);
		writeFileSync(`${patched}.${process.pid}`, weakenVersions(bytes, new Set(["GLIBC_2.38", "GLIBCXX_3.4.32"])));
		renameSync(`${patched}.${process.pid}`, patched);
	}
	process.dlopen({ exports: {} }, shim, constants.dlopen.RTLD_NOW | constants.dlopen.RTLD_GLOBAL);
	return patched;
}

/** Routes the fuzzer addon's load through the fallback when the prebuilt one does not load. */
export function installAddonFallback() {
	const dlopen = process.dlopen;
	process.dlopen = (module, filename, ...rest) => {
		try {
			return dlopen.call(process, module, filename, ...rest);
		} catch (err) {
			if (!/fuzzer-linux-x64\.node$/.test(filename) || !/GLIBC(XX)?_[\d.]+' not found/.test(String(err))) throw err;
			return dlopen.call(process, module, fallback(filename), ...rest);
		}
	};
}
