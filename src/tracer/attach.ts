/**
 * The uprobe_multi links that hold the probes, and their pruning.
 *
 * Functions are attached in groups, one link per group. In first-hit mode a group shrinks as its
 * functions run: on a first hit, a new link over the group's remaining functions is created
 * before the old one is closed, so no function goes unprobed while it changes, and the probe on
 * the function that ran disappears. Closing a link blocks for a grace period, so closes happen on
 * threads of their own and never hold up the reaction to the next hit.
 *
 * A function whose instruction the kernel refuses fails its whole link, so a failed group is split
 * in halves until the culprits are single functions, reported as unprobeable.
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

interface Group {
	path: string;
	/** Functions still probed by this group's link. */
	cookies: number[];
	offsets: number[];
	/** -1 once every function of the group has run. */
	fd: number;
}

export interface LinkOptions {
	/** Functions per link. */
	groupSize: number;
	/** Remove each function's probe after its first hit. */
	prune: boolean;
	/** Most threads closing links at once (each waits out a grace period). */
	closeThreads: number;
	onProgress?: (attached: number) => void;
}

/** Errors that blame the probed instruction or offset rather than the whole request. */
const perFunctionErrnos = new Set<number>([constants.errno.EINVAL, constants.errno.EILSEQ, ENOTSUPP]);

export class ProbeLinks {
	/** cookie → errno name of the kernel's refusal. */
	readonly unprobeable = new Map<number, string>();
	private readonly groups: Group[] = [];
	/** cookie → index in `groups`, for the functions that have a probe. */
	private readonly groupOf = new Map<number, number>();
	private readonly closing = new Set<Promise<void>>();
	private replacementFailures = 0;

	private constructor(
		private readonly progFd: number,
		private readonly options: LinkOptions,
	) {}

	static attach(progFd: number, targets: readonly AttachTarget[], options: LinkOptions): ProbeLinks {
		const links = new ProbeLinks(progFd, options);
		try {
			for (const target of targets) links.attachTarget(target);
		} catch (err) {
			void links.closeAll();
			throw err;
		}
		return links;
	}

	get linkCount(): number {
		return this.groups.filter((g) => g.fd >= 0).length;
	}

	/** Functions that still carry a probe. */
	get armedCount(): number {
		return this.groupOf.size;
	}

	/** Replacement links the kernel refused; their groups kept the old link (probes stay armed). */
	get failedReplacements(): number {
		return this.replacementFailures;
	}

	private link(path: string, offsets: readonly number[], cookies: readonly number[]): number {
		return native().createUprobeMultiLink({
			progFd: this.progFd,
			path,
			offsets: BigUint64Array.from(offsets, BigInt),
			cookies: BigUint64Array.from(cookies, BigInt),
			pid: 0,
			flags: 0,
		});
	}

	private attachTarget(target: AttachTarget): void {
		let attached = 0;
		const attachRange = (from: number, to: number): void => {
			const cookies = target.cookies.slice(from, to);
			const offsets = target.offsets.slice(from, to);
			try {
				const fd = this.link(target.path, offsets, cookies);
				const index = this.groups.push({ path: target.path, cookies: [...cookies], offsets: [...offsets], fd }) - 1;
				for (const c of cookies) this.groupOf.set(c, index);
				attached += cookies.length;
				this.options.onProgress?.(attached);
				return;
			} catch (err) {
				if (!isSyscallError(err)) throw err;
				if (err.errno === constants.errno.ENOENT) {
					throw new AttachError(
						`${target.path} disappeared while attaching`,
						"Keep the binary in place while tracing.",
					);
				}
				if (!perFunctionErrnos.has(err.errno)) throw syscallFailure(err, `attaching probes to ${target.path}`);
				const cookie = target.cookies[from];
				if (to - from === 1 && cookie !== undefined) {
					this.unprobeable.set(cookie, errnoName(err.errno));
					return;
				}
			}
			const mid = from + Math.floor((to - from) / 2);
			attachRange(from, mid);
			attachRange(mid, to);
		};
		const size = Math.max(1, this.options.groupSize);
		for (let from = 0; from < target.offsets.length; from += size) {
			attachRange(from, Math.min(from + size, target.offsets.length));
		}
		const failed = target.cookies.filter((c) => this.unprobeable.has(c)).length;
		// A refusal of every function is a systemic problem, not bad instructions.
		if (target.offsets.length >= 8 && failed === target.offsets.length) {
			const reasons = [...new Set(target.cookies.map((c) => this.unprobeable.get(c)))].join(", ");
			throw new AttachError(
				`the kernel refused every probe on ${target.path} (${reasons})`,
				"Check that the kernel supports uprobe_multi (Linux 6.6+) and that the file is a regular, readable binary.",
			);
		}
	}

	/** First hits arrived: take those functions' probes away (first-hit mode only). */
	prune(cookies: readonly number[]): void {
		if (!this.options.prune) return;
		const touched = new Set<number>();
		for (const cookie of cookies) {
			const index = this.groupOf.get(cookie);
			if (index === undefined) continue;
			this.groupOf.delete(cookie);
			const group = this.groups[index];
			if (group === undefined) continue;
			const at = group.cookies.indexOf(cookie);
			if (at >= 0) {
				group.cookies.splice(at, 1);
				group.offsets.splice(at, 1);
			}
			touched.add(index);
		}
		const retired: number[] = [];
		for (const index of touched) {
			const group = this.groups[index];
			if (group === undefined || group.fd < 0) continue;
			if (group.cookies.length === 0) {
				retired.push(group.fd);
				group.fd = -1;
				continue;
			}
			try {
				// New before old: the remaining functions are never without a probe.
				const fd = this.link(group.path, group.offsets, group.cookies);
				retired.push(group.fd);
				group.fd = fd;
			} catch {
				// Out of descriptors or memory: keep the old link. The hit was recorded; only the
				// speed-up for this function is lost.
				this.replacementFailures++;
			}
		}
		this.closeLater(retired);
	}

	private closeLater(fds: number[]): void {
		if (fds.length === 0) return;
		const threads = Math.min(fds.length, this.options.closeThreads);
		const done = native().closeInBackground(Int32Array.from(fds), threads);
		this.closing.add(done);
		void done.then(() => this.closing.delete(done));
	}

	/** Removes every probe, all links closing at once so their grace periods overlap. */
	async closeAll(): Promise<void> {
		const fds: number[] = [];
		for (const g of this.groups) {
			if (g.fd >= 0) fds.push(g.fd);
			g.fd = -1;
		}
		this.groupOf.clear();
		this.closeLater(fds);
		await Promise.all([...this.closing]);
	}
}
