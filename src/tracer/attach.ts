/**
 * Attaches the loaded program to every planned function with uprobe_multi links, a batch of
 * offsets per link. One function whose instruction cannot be probed fails its whole batch, so a
 * failed batch is split in halves until the culprits are single functions, which are reported as
 * unprobeable while the rest attach.
 */
import { constants } from "node:os";
import { ENOTSUPP } from "./bpfAbi.js";
import { AttachError, errnoName, syscallFailure } from "./errors.js";
import { isSyscallError, native } from "./native.js";

export interface AttachTarget {
	path: string;
	offsets: readonly number[];
	cookies: readonly number[];
}

export interface AttachResult {
	links: number[];
	/** cookie → errno name of the refusal. */
	unprobeable: Map<number, string>;
}

/** Errors that blame the probed instruction or offset rather than the whole request. */
const perFunctionErrnos = new Set<number>([constants.errno.EINVAL, constants.errno.EILSEQ, ENOTSUPP]);

export function attachAll(
	progFd: number,
	targets: readonly AttachTarget[],
	batchSize: number,
	onProgress?: (attached: number) => void,
): AttachResult {
	const addon = native();
	const result: AttachResult = { links: [], unprobeable: new Map() };
	let attached = 0;

	const attachRange = (target: AttachTarget, from: number, to: number): void => {
		const offsets = new BigUint64Array(to - from);
		const cookies = new BigUint64Array(to - from);
		for (let i = from; i < to; i++) {
			offsets[i - from] = BigInt(target.offsets[i] as number);
			cookies[i - from] = BigInt(target.cookies[i] as number);
		}
		try {
			result.links.push(addon.createUprobeMultiLink({ progFd, path: target.path, offsets, cookies, pid: 0, flags: 0 }));
			attached += to - from;
			onProgress?.(attached);
			return;
		} catch (err) {
			if (!isSyscallError(err)) throw err;
			if (err.errno === constants.errno.ENOENT) {
				throw new AttachError(`${target.path} disappeared while attaching`, "Keep the binary in place while tracing.");
			}
			if (!perFunctionErrnos.has(err.errno)) throw syscallFailure(err, `attaching probes to ${target.path}`);
			if (to - from === 1) {
				result.unprobeable.set(target.cookies[from] as number, errnoName(err.errno));
				return;
			}
		}
		const mid = from + Math.floor((to - from) / 2);
		attachRange(target, from, mid);
		attachRange(target, mid, to);
	};

	for (const target of targets) {
		for (let from = 0; from < target.offsets.length; from += batchSize) {
			attachRange(target, from, Math.min(from + batchSize, target.offsets.length));
		}
		const failed = target.cookies.filter((c) => result.unprobeable.has(c)).length;
		// A refusal of (nearly) every function is a systemic problem, not bad instructions.
		if (target.offsets.length >= 8 && failed === target.offsets.length) {
			const reasons = [...new Set(target.cookies.map((c) => result.unprobeable.get(c)))].join(", ");
			throw new AttachError(
				`the kernel refused every probe on ${target.path} (${reasons})`,
				"Check that the kernel supports uprobe_multi (Linux 6.6+) and that the file is a regular, readable binary.",
			);
		}
	}
	return result;
}
