/**
 * One tracing session: load the program sized for the plan, attach every planned function, watch
 * first hits, and read the hit array back. It knows nothing of reports or processes.
 */
import { readFileSync } from "node:fs";
import { type ProbePlan, sitesOfUnit, unitCount, unitsOfSite } from "../probes/plan.js";
import { type AttachTarget, ProbeLinks } from "./attach.js";
import { syscallFailure } from "./errors.js";
import { linkBudget } from "./fdBudget.js";
import { type HitMode, type LoadedProgram, loadTracerProgram, selfIdentity } from "./loader.js";
import { native, type RingBufferHandle } from "./native.js";

/**
 * Offsets per uprobe_multi link when probes stay armed (count mode), measured with
 * bench/attach-batch.ts on /usr/bin/node (78,083 probes, binary not mapped by another process):
 * attaching takes 45–90 ms whatever the batch size, while every link costs a grace period when
 * closed (serially 256 → 14.4 s, 1,024 → 3.8 s, 4,096 → 1.0 s, 16,384 → 0.2 s). Larger batches
 * save little more and make a refusal the x86 prediction missed cost a longer bisection.
 */
export const DEFAULT_BATCH_SIZE = 16384;

/**
 * First-hit mode wants one link per function, so that a hit closes exactly its own probe. Past
 * this many links, functions share links in small groups: every link left at the end costs a
 * grace period to close, shared by the closes that run at the same time (bench/attach-batch.ts
 * measures that cost by link count).
 */
export const MAX_PRUNE_LINKS = 16384;

/**
 * Threads that close links at once. Every close waits out a grace period, and closes running at
 * the same time share one, so teardown time falls with the thread count. Measured with
 * `BENCH_CLOSE_THREADS=64,256,1024 bench/attach-batch.ts` on node: 9,761 links took 10.4 s on 64
 * threads, 2.8 s on 256 and 1.1 s on 1,024; 15,617 links 4.2 s on 256 and 1.3 s on 1,024. The
 * threads have 64 KiB stacks and a thread that cannot start leaves its share to the others.
 */
export const CLOSE_THREADS = 1024;

/** Probes (sites) per link in first-hit mode, within the descriptor budget and MAX_PRUNE_LINKS. */
export function groupSizeFor(siteCount: number, budget: number): number {
	const links = Math.min(MAX_PRUNE_LINKS, budget);
	if (siteCount <= links) return 1;
	// Shared links are replaced new-before-old, so keep half the budget for replacements.
	return Math.ceil(siteCount / Math.max(1, Math.floor(links / 2)));
}

export interface SessionOptions {
	plan: ProbePlan;
	mode: HitMode;
	/** Probes per link; chosen from the mode and the descriptor budget when absent. */
	groupSize?: number;
	/** Keep every probe armed in first-hit mode (only for measuring what pruning saves). */
	noPrune?: boolean;
	/** Called with how many probes are attached so far, for a progress line. */
	onAttachProgress?: (attached: number, total: number) => void;
}

export interface HitCounts {
	/** Per site (cookie): 0 = never ran; in first-hit mode 1 = ran; in count mode how often it fired. */
	counts: Float64Array;
	/** site → why the kernel refused to probe it. */
	unprobeable: ReadonlyMap<number, string>;
}

/** The ring only has to hold the first hits user space has not read yet: 16 bytes each. */
export function ringSizeFor(siteCount: number): number {
	const want = Math.min(Math.max(siteCount * 16, 1 << 16), 1 << 25);
	return 2 ** Math.ceil(Math.log2(want));
}

/** Per-CPU map values come one per possible CPU (/sys/devices/system/cpu/possible, e.g. "0-7"). */
let cpuCount: number | undefined;
function possibleCpus(): number {
	if (cpuCount === undefined) {
		const text = readFileSync("/sys/devices/system/cpu/possible", "utf8").trim();
		let max = 0;
		for (const part of text.split(",")) max = Math.max(max, Number(part.split("-").pop()));
		cpuCount = max + 1;
	}
	return cpuCount;
}

export class TraceSession {
	readonly plan: ProbePlan;
	readonly unprobeable: ReadonlyMap<number, string>;
	private program: LoadedProgram;
	private links: ProbeLinks;
	private ring: RingBufferHandle | undefined;
	/** unit → 1 once any of its sites fired. */
	private readonly coveredUnits: Uint8Array;

	private constructor(plan: ProbePlan, program: LoadedProgram, links: ProbeLinks, unprobeable: Map<number, string>) {
		this.plan = plan;
		this.program = program;
		this.links = links;
		this.unprobeable = unprobeable;
		this.coveredUnits = new Uint8Array(unitCount(plan.sites));
	}

	static start(options: SessionOptions): TraceSession {
		const { plan, mode } = options;
		const { sites } = plan;
		const program = loadTracerProgram({
			functionCount: sites.count,
			mode,
			ringBytes: ringSizeFor(sites.count),
			self: selfIdentity(),
		});
		let session: TraceSession | undefined;
		const pending: number[] = [];
		let ring: RingBufferHandle;
		try {
			// Watch the ring before attaching so that no first hit arrives unobserved.
			ring = new (native().RingBuffer)(program.ringFd, program.ringBytes, (records) => {
				const cookies = records.map((r) => Number(r.readBigUInt64LE(0)));
				if (session) session.onFirstHits(cookies);
				else pending.push(...cookies);
			});
		} catch (err) {
			program.close();
			throw syscallFailure(err, "opening the BPF ring buffer");
		}
		const targets = attachTargets(plan);
		const prune = mode === "first-hit" && !options.noPrune;
		const probed = targets.reduce((n, t) => n + t.cookies.length, 0);
		// Raise the descriptor limit toward the links wanted (one per probe when pruning), then
		// plan within what was really obtained, and within the kernel's offsets-per-link cap.
		const wanted = options.groupSize ?? (prune ? 1 : DEFAULT_BATCH_SIZE);
		const budget = linkBudget(Math.ceil(probed / wanted));
		let groupSize = options.groupSize ?? (prune ? groupSizeFor(probed, budget) : DEFAULT_BATCH_SIZE);
		if (Math.ceil(probed / groupSize) > budget) groupSize = Math.ceil(probed / Math.max(1, budget));
		groupSize = Math.min(groupSize, native().maxUprobeMultiCount);
		let links: ProbeLinks;
		try {
			links = ProbeLinks.attach(program.progFd, targets, {
				groupSize,
				prune,
				closeThreads: CLOSE_THREADS,
				onProgress: (n) => options.onAttachProgress?.(n, sites.count),
			});
		} catch (err) {
			ring.close();
			program.close();
			throw err;
		}
		const unprobeable = new Map(plan.refused);
		for (const [cookie, why] of links.unprobeable) unprobeable.set(cookie, why);
		session = new TraceSession(plan, program, links, unprobeable);
		session.ring = ring;
		session.onFirstHits(pending);
		return session;
	}

	/**
	 * Sites fired for the first time: the units they cover ran. A site goes once every unit it
	 * covers ran, so a covered line's other probes go too, but not a probe still needed by a line
	 * sharing its address.
	 */
	private onFirstHits(cookies: number[]): void {
		if (cookies.length === 0) return;
		const sites = this.plan.sites;
		const done = new Set<number>();
		for (const c of cookies) {
			if (c >= sites.count) continue;
			for (const u of unitsOfSite(sites, c)) {
				if (this.coveredUnits[u]) continue;
				this.coveredUnits[u] = 1;
				for (const s of sitesOfUnit(sites, u)) {
					if (unitsOfSite(sites, s).every((v) => this.coveredUnits[v] === 1)) done.add(s);
				}
			}
		}
		this.links.prune([...done]);
	}

	/** Probed addresses: the plan's sites less the refused ones. */
	get attachedCount(): number {
		return this.plan.sites.count - this.unprobeable.size;
	}

	get linkCount(): number {
		return this.links.linkCount;
	}

	/** Probed addresses whose probe is still in place. */
	get armedCount(): number {
		return this.links.armedCount;
	}

	/** Shared links the kernel refused to replace (their functions stayed armed; no hit lost). */
	get failedReplacements(): number {
		return this.links.failedReplacements;
	}

	/** How many times any probe fired so far, summed over CPUs. */
	readTrapCount(): number {
		const cpus = possibleCpus();
		const values = Buffer.alloc(8 * cpus);
		try {
			native().lookupBatch(this.program.trapsFd, null, Buffer.alloc(4), Buffer.alloc(4), values, 1);
		} catch (err) {
			throw syscallFailure(err, "reading the trap counter");
		}
		let total = 0;
		for (let i = 0; i < cpus; i++) total += Number(values.readBigUInt64LE(8 * i));
		return total;
	}

	/** Reads the hit array: the authoritative record of what ran. */
	readCounts(): HitCounts {
		const addon = native();
		const n = this.plan.sites.count;
		const counts = new Float64Array(n);
		const chunk = Math.min(n, 1 << 16);
		const keys = Buffer.alloc(4 * chunk);
		const values = Buffer.alloc(8 * chunk);
		const outBatch = Buffer.alloc(4);
		let inBatch: Buffer | null = null;
		let read = 0;
		while (read < n) {
			let res: { count: number; done: boolean };
			try {
				res = addon.lookupBatch(this.program.hitsFd, inBatch, outBatch, keys, values, chunk);
			} catch (err) {
				throw syscallFailure(err, "reading the hit map");
			}
			for (let i = 0; i < res.count; i++) {
				const key = keys.readUInt32LE(4 * i);
				if (key < n) counts[key] = Number(values.readBigUInt64LE(8 * i));
			}
			read += res.count;
			if (res.done || res.count === 0) break;
			inBatch = Buffer.from(outBatch);
		}
		return { counts, unprobeable: this.unprobeable };
	}

	/**
	 * Drains the ring, then removes every probe and frees the kernel objects. The links close on
	 * many threads at once, so that their grace periods overlap instead of adding up.
	 */
	async close(): Promise<void> {
		if (this.ring) {
			this.ring.consume();
			this.ring.close();
			this.ring = undefined;
		}
		await this.links.closeAll();
		this.program.close();
	}
}

/** Each binary's sites that the kernel would not refuse, in plan order. */
function attachTargets(plan: ProbePlan): AttachTarget[] {
	const { sites, refused } = plan;
	const targets: AttachTarget[] = [];
	for (const b of plan.binaries) {
		const first = sites.functionSiteStart[b.firstFunction] as number;
		const end = sites.functionSiteStart[b.firstFunction + b.functions.length] as number;
		const cookies: number[] = [];
		const offsets: number[] = [];
		for (let c = first; c < end; c++) {
			if (refused.has(c)) continue;
			cookies.push(c);
			offsets.push(sites.offsets[c] as number);
		}
		if (cookies.length > 0) targets.push({ path: b.table.path, cookies, offsets });
	}
	return targets;
}
