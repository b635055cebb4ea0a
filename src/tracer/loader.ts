/**
 * Loads xcover's BPF program the way libbpf would, in TypeScript: create each map at the size this
 * run needs, fill and freeze the read-only globals, point every map reference of the program at
 * the created maps, then hand the instructions to the kernel.
 */
import { closeSync, statSync } from "node:fs";
import { assetPath } from "./assets.js";
import {
	BPF_F_RDONLY_PROG,
	BPF_MAP_TYPE_ARRAY,
	BPF_MAP_TYPE_RINGBUF,
	BPF_PROG_TYPE_KPROBE,
	BPF_PSEUDO_MAP_FD,
	BPF_PSEUDO_MAP_VALUE,
	BPF_TRACE_UPROBE_MULTI,
	XCOVER_MODE_COUNT,
	XCOVER_MODE_FIRST_HIT,
} from "./bpfAbi.js";
import { type BpfObject, BpfObjectError, readBpfObject } from "./bpfObject.js";
import { BpfLoadError, errnoName, syscallFailure } from "./errors.js";
import { isSyscallError, native } from "./native.js";

export type HitMode = "first-hit" | "count";

export interface LoadOptions {
	/** Size of the hit array: one slot per traced function (the cookie indexes it). */
	functionCount: number;
	mode: HitMode;
	/** Ring buffer data size in bytes (a power of two, at least one page). */
	ringBytes: number;
	/** Process whose own hits never count: the tracer itself. */
	self: { pid: number; pidNamespace: { dev: number; ino: number } };
	objectPath?: string;
}

export interface LoadedProgram {
	progFd: number;
	hitsFd: number;
	/** Per-CPU count of every probe firing. */
	trapsFd: number;
	ringFd: number;
	ringBytes: number;
	/** Closes every fd this load opened (the program stays alive while links hold it). */
	close(): void;
}

/** The kernel's dev_t encoding, which bpf_get_ns_current_pid_tgid compares against. */
export function kernelDevT(userDev: number): number {
	const dev = BigInt(userDev);
	const major = ((dev >> 8n) & 0xfffn) | ((dev >> 32n) & ~0xfffn);
	const minor = (dev & 0xffn) | ((dev >> 12n) & ~0xffn);
	return Number((major << 20n) | minor);
}

export function selfIdentity(): LoadOptions["self"] {
	const st = statSync("/proc/self/ns/pid");
	return { pid: process.pid, pidNamespace: { dev: kernelDevT(st.dev), ino: st.ino } };
}

function setGlobal(obj: BpfObject, data: Buffer, name: string, value: number): void {
	const v = obj.rodata?.variables.get(name);
	if (!v) throw new BpfObjectError(`BPF object has no global ${name}`, "Rebuild it with `npm run build`.");
	if (v.size === 8) data.writeBigUInt64LE(BigInt(value), v.offset);
	else if (v.size === 4) data.writeUInt32LE(value, v.offset);
	else throw new BpfObjectError(`BPF global ${name} has size ${v.size}`, "Rebuild it with `npm run build`.");
}

export function loadTracerProgram(options: LoadOptions): LoadedProgram {
	const addon = native();
	const obj = readBpfObject(options.objectPath ?? assetPath("xcover.bpf.o"));
	const opened: number[] = [];
	const closeAll = () => {
		for (const fd of opened.splice(0)) closeSync(fd);
	};
	try {
		const mapFds = new Map<string, number>();
		for (const def of obj.maps) {
			let maxEntries = def.maxEntries;
			if (def.name === "hits") maxEntries = options.functionCount;
			if (def.type === BPF_MAP_TYPE_RINGBUF) maxEntries = options.ringBytes;
			let fd: number;
			try {
				fd = addon.createMap({ ...def, maxEntries, flags: def.flags, name: def.name.slice(0, 15) });
			} catch (err) {
				throw syscallFailure(err, `creating BPF map ${def.name} (${maxEntries} entries)`);
			}
			opened.push(fd);
			mapFds.set(def.name, fd);
		}
		const hitsFd = mapFds.get("hits");
		const trapsFd = mapFds.get("traps");
		const ringDef = obj.maps.find((m) => m.type === BPF_MAP_TYPE_RINGBUF);
		const ringFd = ringDef && mapFds.get(ringDef.name);
		if (hitsFd === undefined || trapsFd === undefined || ringFd === undefined)
			throw new BpfObjectError("BPF object lacks its maps", "Rebuild it.");

		let rodataFd: number | undefined;
		if (obj.rodata) {
			const data = Buffer.from(obj.rodata.data);
			setGlobal(obj, data, "self_pidns_dev", options.self.pidNamespace.dev);
			setGlobal(obj, data, "self_pidns_ino", options.self.pidNamespace.ino);
			setGlobal(obj, data, "self_tgid", options.self.pid);
			setGlobal(obj, data, "hit_mode", options.mode === "count" ? XCOVER_MODE_COUNT : XCOVER_MODE_FIRST_HIT);
			try {
				rodataFd = addon.createMap({
					type: BPF_MAP_TYPE_ARRAY,
					keySize: 4,
					valueSize: data.length,
					maxEntries: 1,
					flags: BPF_F_RDONLY_PROG,
					name: "xcover.rodata",
				});
				opened.push(rodataFd);
				addon.updateElem(rodataFd, Buffer.alloc(4), data, 0);
				// Frozen read-only data lets the verifier fold the settings and prune dead branches.
				addon.freezeMap(rodataFd);
			} catch (err) {
				throw syscallFailure(err, "creating the BPF settings map");
			}
		}

		const insns = Buffer.from(obj.program.insns);
		for (const rel of obj.program.relocations) {
			const at = rel.insnIndex * 8;
			if (insns[at] !== 0x18) {
				throw new BpfObjectError(`relocation of ${rel.symbolName} is not on a 64-bit load`, "Rebuild it.");
			}
			let fd: number | undefined;
			let srcReg: number;
			if (rel.targetSection === ".maps") {
				fd = mapFds.get(rel.symbolName);
				srcReg = BPF_PSEUDO_MAP_FD;
			} else if (rel.targetSection === ".rodata") {
				fd = rodataFd;
				srcReg = BPF_PSEUDO_MAP_VALUE;
				// The second half of the pair carries the offset inside the map value.
				insns.writeInt32LE(insns.readInt32LE(at + 4) + rel.symbolValue, at + 12);
			} else {
				throw new BpfObjectError(`unsupported reference to ${rel.symbolName} in ${rel.targetSection}`, "Rebuild it.");
			}
			if (fd === undefined) throw new BpfObjectError(`no map for ${rel.symbolName}`, "Rebuild it.");
			insns[at + 1] = ((insns[at + 1] ?? 0) & 0x0f) | (srcReg << 4);
			insns.writeInt32LE(fd, at + 4);
		}

		const progFd = loadProgram(insns, obj);
		opened.push(progFd);
		return {
			progFd,
			hitsFd,
			trapsFd,
			ringFd,
			ringBytes: options.ringBytes,
			close: closeAll,
		};
	} catch (err) {
		closeAll();
		throw err;
	}
}

function loadProgram(insns: Buffer, obj: BpfObject): number {
	const addon = native();
	const base = {
		type: BPF_PROG_TYPE_KPROBE,
		expectedAttachType: BPF_TRACE_UPROBE_MULTI,
		insns,
		license: obj.license,
		name: obj.program.name.slice(0, 15),
	};
	try {
		return addon.loadProgram({ ...base, logLevel: 0, logSize: 0 });
	} catch (first) {
		if (!isSyscallError(first) || first.errno === 1 /* EPERM */) throw syscallFailure(first, "loading the BPF program");
		// Load again with the verifier log on, only to explain the failure.
		try {
			return addon.loadProgram({ ...base, logLevel: 1, logSize: 16 << 20 });
		} catch (second) {
			const log = isSyscallError(second) ? second.log : undefined;
			const tail = log?.trim().split("\n").slice(-3).join(" | ");
			const name = isSyscallError(second) ? errnoName(second.errno) : String(second);
			if (name === "EINVAL" && !log?.trim()) {
				throw new BpfLoadError(
					"the kernel refused the BPF program (EINVAL): uprobe_multi programs need Linux 6.6 or newer",
					"Run on a newer kernel (Ubuntu 22.04 HWE or 24.04 runners qualify).",
					log,
				);
			}
			throw new BpfLoadError(
				`the BPF verifier refused xcover's program (${name})${tail ? `: ${tail}` : ""}`,
				"Rerun with --verbose for the whole verifier log (a detached run writes it to the daemon log), and report it.",
				log,
			);
		}
	}
}
