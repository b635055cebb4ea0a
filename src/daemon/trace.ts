/**
 * One traced run from options to report: read the binaries, plan the probes, start the session,
 * and at the end turn the hit counts into the written JSON report. The session is closed only
 * after the report is safely on disk.
 */
import { resolve } from "node:path";
import { readFunctionTable } from "../elf/functions.js";
import { compilePatterns, type ProbePlan, planProbes, uniqueFiles } from "../probes/plan.js";
import { writeJsonReport } from "../report/json.js";
import { buildReport, type CoverageReport } from "../report/report.js";
import type { HitMode } from "../tracer/loader.js";
import { TraceSession } from "../tracer/session.js";

export interface TraceOptions {
	paths: string[];
	include: string[];
	exclude: string[];
	mode: HitMode;
	/** Absolute path of the JSON report. */
	reportPath: string;
}

export interface TraceHooks {
	log(message: string): void;
	onAttachProgress?(attached: number, total: number): void;
}

export function readPlan(options: TraceOptions, hooks: TraceHooks): ProbePlan {
	const include = compilePatterns(options.include, "--include");
	const exclude = compilePatterns(options.exclude, "--exclude");
	const started = performance.now();
	const tables = uniqueFiles(options.paths.map((p) => resolve(p))).map(readFunctionTable);
	const plan = planProbes(tables, { include, exclude });
	for (const b of plan.binaries) {
		hooks.log(`${b.table.path}: ${b.functions.length} of ${b.table.functions.length} functions selected`);
	}
	hooks.log(`read symbols in ${Math.round(performance.now() - started)} ms`);
	return plan;
}

export class ActiveTrace {
	readonly options: TraceOptions;
	readonly session: TraceSession;
	readonly startedAt: Date;

	private constructor(options: TraceOptions, session: TraceSession) {
		this.options = options;
		this.session = session;
		this.startedAt = new Date();
	}

	static start(options: TraceOptions, hooks: TraceHooks): ActiveTrace {
		const plan = readPlan(options, hooks);
		const started = performance.now();
		const session = TraceSession.start({ plan, mode: options.mode, onAttachProgress: hooks.onAttachProgress });
		hooks.log(
			`attached ${session.attachedCount} probes with ${session.linkCount} links in ${Math.round(performance.now() - started)} ms` +
				(session.unprobeable.size > 0 ? ` (${session.unprobeable.size} functions could not be probed)` : ""),
		);
		return new ActiveTrace(options, session);
	}

	/** How many functions have run so far. */
	hitCount(): number {
		const { counts } = this.session.readCounts();
		let n = 0;
		for (const c of counts) if (c > 0) n++;
		return n;
	}

	/** Reads the hits, writes the report, then removes the probes. */
	async finish(command?: string[]): Promise<CoverageReport> {
		const { counts, unprobeable } = this.session.readCounts();
		const report = buildReport({
			plan: this.session.plan,
			mode: this.options.mode,
			counts,
			unprobeable,
			startedAt: this.startedAt,
			endedAt: new Date(),
			command,
		});
		try {
			writeJsonReport(this.options.reportPath, report);
		} finally {
			await this.session.close();
		}
		return report;
	}

	/** Removes the probes without a report (for failures before anything ran). */
	abandon(): Promise<void> {
		return this.session.close();
	}
}
