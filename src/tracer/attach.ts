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

/** Probes that go together: removed at once when any of them fires (first-hit mode). */
export interface AttachUnit {
	id: number;
	offsets: number[];
	cookies: number[];
}

export interface AttachTarget {
	path: string;
	units: AttachUnit[];
}

interface Group {
	path: string;
	/** Units still probed by this group's link. */
	units: AttachUnit[];
	/** -1 once every unit of the group has run. */
	fd: number;
}

export interface LinkOptions {
	/** Units per link. */
	groupSize: number;
	/** Most probed addresses per link. */
	maxOffsets: number;
	/** Remove each unit's probes after its first hit. */
	prune: boolean;
	/** Most threads closing links at once (each waits out a grace period). */
	closeThreads: number;
	onProgress?: (attachedSites: number) => void;
}

/** Errors that blame the probed instruction or offset rather than the whole request. */
const perFunctionErrnos = new Set<number>([constants.errno.EINVAL, constants.errno.EILSEQ, ENOTSUPP]);

function flatten(units: readonly AttachUnit[]): { offsets: number[]; cookies: number[] } {
	const offsets: number[] = [];
	const cookies: number[] = [];
	for (const u of units) {
		for (const o of u.offsets) offsets.push(o);
		for (const c of u.cookies) cookies.push(c);
	}
	return { offsets, cookies };
}

export class ProbeLinks {
	/** cookie → errno name of the kernel's refusal. */
	readonly unprobeable = new Map<number, string>();
	private readonly groups: Group[] = [];
	/** unit id → index in `groups`, for the units that have probes. */
	private readonly groupOf = new Map<number, number>();
	private readonly closing = new Set<Promise<void>>();
	private replacementFailures = 0;
	private armedSites = 0;
	private attachedSites = 0;

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

	/** Probed addresses still armed. */
	get armedCount(): number {
		return this.armedSites;
	}

	/** Replacement links the kernel refused; their groups kept the old link (probes stay armed). */
	get failedReplacements(): number {
		return this.replacementFailures;
	}

	private link(path: string, units: readonly AttachUnit[]): number {
		const { offsets, cookies } = flatten(units);
		return native().createUprobeMultiLink({
			progFd: this.progFd,
			path,
			offsets: BigUint64Array.from(offsets, BigInt),
			cookies: BigUint64Array.from(cookies, BigInt),
			pid: 0,
			flags: 0,
		});
	}

	/** Links `units` as one group, or throws the kernel's refusal. */
	private tryGroup(path: string, units: AttachUnit[]): void {
		const fd = this.link(path, units);
		const index = this.groups.push({ path, units: [...units], fd }) - 1;
		for (const u of units) {
			this.groupOf.set(u.id, index);
			this.armedSites += u.offsets.length;
			this.attachedSites += u.offsets.length;
		}
		this.options.onProgress?.(this.attachedSites);
	}

	private attachTarget(target: AttachTarget): void {
		const fail = (err: unknown): never => {
			if (isSyscallError(err) && err.errno === constants.errno.ENOENT) {
				throw new AttachError(`${target.path} disappeared while attaching`, "Keep the binary in place while tracing.");
			}
			throw isSyscallError(err) ? syscallFailure(err, `attaching probes to ${target.path}`) : err;
		};
		const attachUnits = (units: AttachUnit[]): void => {
			try {
				this.tryGroup(target.path, units);
				return;
			} catch (err) {
				if (!isSyscallError(err) || !perFunctionErrnos.has(err.errno)) fail(err);
				if (units.length === 1) {
					this.attachRefusedUnit(target.path, units[0] as AttachUnit, errnoName((err as { errno: number }).errno));
					return;
				}
			}
			// A refused instruction fails its whole link: halve until the culprits stand alone.
			const mid = Math.floor(units.length / 2);
			attachUnits(units.slice(0, mid));
			attachUnits(units.slice(mid));
		};
		for (const group of this.pack(target.units)) attachUnits(group);
		const total = target.units.reduce((n, u) => n + u.cookies.length, 0);
		const failed = target.units.reduce((n, u) => n + u.cookies.filter((c) => this.unprobeable.has(c)).length, 0);
		// A refusal of every probe is a systemic problem, not bad instructions.
		if (total >= 8 && failed === total) {
			const reasons = [...new Set(this.unprobeable.values())].join(", ");
			throw new AttachError(
				`the kernel refused every probe on ${target.path} (${reasons})`,
				"Check that the kernel supports uprobe_multi (Linux 6.6+) and that the file is a regular, readable binary.",
			);
		}
	}

	/**
	 * One unit the kernel refused: find which of its addresses it refuses, each on its own, and
	 * attach the rest. Rare (the x86 prediction catches the known cases), so one try per address.
	 */
	private attachRefusedUnit(path: string, unit: AttachUnit, reason: string): void {
		if (unit.cookies.length === 1) {
			this.unprobeable.set(unit.cookies[0] as number, reason);
			return;
		}
		const kept: AttachUnit = { id: unit.id, offsets: [], cookies: [] };
		const probes: number[] = [];
		unit.cookies.forEach((cookie, i) => {
			const offset = unit.offsets[i] as number;
			try {
				probes.push(this.link(path, [{ id: unit.id, offsets: [offset], cookies: [cookie] }]));
				kept.offsets.push(offset);
				kept.cookies.push(cookie);
			} catch (err) {
				if (!isSyscallError(err) || !perFunctionErrnos.has(err.errno)) throw err;
				this.unprobeable.set(cookie, errnoName(err.errno));
			}
		});
		this.closeLater(probes);
		if (kept.cookies.length > 0) this.tryGroup(path, [kept]);
	}

	/** Consecutive units in groups of at most groupSize units and maxOffsets addresses. */
	private pack(units: readonly AttachUnit[]): AttachUnit[][] {
		const groups: AttachUnit[][] = [];
		let current: AttachUnit[] = [];
		let offsets = 0;
		const size = Math.max(1, this.options.groupSize);
		for (const u of units) {
			if (current.length > 0 && (current.length >= size || offsets + u.offsets.length > this.options.maxOffsets)) {
				groups.push(current);
				current = [];
				offsets = 0;
			}
			current.push(u);
			offsets += u.offsets.length;
		}
		if (current.length > 0) groups.push(current);
		return groups;
	}

	/** First hits arrived: take those units' probes away (first-hit mode only). */
	prune(units: Iterable<number>): void {
		if (!this.options.prune) return;
		const touched = new Set<number>();
		for (const id of units) {
			const index = this.groupOf.get(id);
			if (index === undefined) continue;
			this.groupOf.delete(id);
			const group = this.groups[index] as Group;
			const at = group.units.findIndex((u) => u.id === id);
			if (at >= 0) {
				this.armedSites -= (group.units[at] as AttachUnit).offsets.length;
				group.units.splice(at, 1);
			}
			touched.add(index);
		}
		const retired: number[] = [];
		for (const index of touched) {
			const group = this.groups[index] as Group;
			if (group.fd < 0) continue;
			if (group.units.length === 0) {
				retired.push(group.fd);
				group.fd = -1;
				continue;
			}
			try {
				// New before old: the remaining units are never without a probe.
				const fd = this.link(group.path, group.units);
				retired.push(group.fd);
				group.fd = fd;
			} catch {
				// Out of descriptors or memory: keep the old link. The hit was recorded; only the
				// speed-up for this unit is lost.
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
		this.armedSites = 0;
		this.closeLater(fds);
		await Promise.all([...this.closing]);
	}
}
