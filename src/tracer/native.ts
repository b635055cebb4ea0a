/**
 * The typed face of native/xcover.cc. Nothing here decides anything; it only gives the addon's
 * functions TypeScript types and loads it once.
 */
import { createRequire } from "node:module";
import { assetPath } from "./assets.js";

export interface MapOptions {
	type: number;
	keySize: number;
	valueSize: number;
	maxEntries: number;
	flags: number;
	name: string;
}

export interface ProgramOptions {
	type: number;
	expectedAttachType: number;
	insns: Uint8Array;
	license: string;
	name: string;
	logLevel: number;
	logSize: number;
}

export interface UprobeMultiOptions {
	progFd: number;
	path: string;
	offsets: BigUint64Array;
	cookies: BigUint64Array;
	pid: number;
	flags: number;
}

export interface RingBufferHandle {
	/** Drains every complete record now, in order. */
	consume(): Buffer[];
	/** Stops watching and unmaps; the map fd stays open. */
	close(): void;
}

export interface NativeAddon {
	createMap(options: MapOptions): number;
	updateElem(fd: number, key: Uint8Array, value: Uint8Array, flags: number): void;
	freezeMap(fd: number): void;
	lookupBatch(
		fd: number,
		inBatch: Uint8Array | null,
		outBatch: Uint8Array,
		keys: Uint8Array,
		values: Uint8Array,
		count: number,
	): { count: number; done: boolean };
	loadProgram(options: ProgramOptions): number;
	createUprobeMultiLink(options: UprobeMultiOptions): number;
	getFileLimit(): { soft: number; hard: number };
	setFileLimit(soft: number, hard: number): void;
	/** Closes the descriptors on `threads` new threads; resolves once all are closed. */
	closeInBackground(fds: Int32Array, threads: number): Promise<void>;
	RingBuffer: new (mapFd: number, dataSize: number, onRecords: (records: Buffer[]) => void) => RingBufferHandle;
	maxUprobeMultiCount: number;
}

/** What the addon attaches to a thrown Error. */
export interface SyscallError extends Error {
	errno: number;
	syscall: string;
	log?: string;
}

export function isSyscallError(err: unknown): err is SyscallError {
	return err instanceof Error && typeof (err as Partial<SyscallError>).errno === "number";
}

let addon: NativeAddon | undefined;

export function native(): NativeAddon {
	if (!addon) {
		const require = createRequire(import.meta.url);
		// native/xcover.cc's Init exports exactly this shape.
		addon = require(assetPath("xcover.node")) as NativeAddon;
	}
	return addon;
}
