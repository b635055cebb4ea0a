/**
 * One traced run from options to report: read the binaries, plan the probes, start the session,
 * and at the end turn the hit counts into the written JSON report. The session is closed only
 * after the report is safely on disk.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { DiagnosticSink } from "../diagnostics.js";
import type { LineTable } from "../dwarf/index.js";
import type { FunctionEntry, FunctionTable } from "../elf/functions.js";
import { withElf } from "../elf/reader.js";
import { UsageError } from "../errors.js";
import type { SiteStrategy } from "../probes/lines.js";
import {
	compilePatterns,
	type ExcludePreset,
	type Granularity,
	type ProbePlan,
	planProbes,
	sitesOfUnit,
	uniqueFiles,
} from "../probes/plan.js";
import { describeScope, projectScope, type Scope } from "../probes/scope.js";
import { buildReport, functionHits, siteHits } from "../report/build.js";
import { writeJsonReport } from "../report/json.js";
import type { CoverageReport } from "../report/report.js";
import { type Locations, readSourceLocations, symbolizeBinary } from "../symbolize/symbolize.js";
import type { HitMode } from "../tracer/loader.js";
import { TraceSession } from "../tracer/session.js";

export interface TraceOptions {
	paths: string[];
	include: string[];
	exclude: string[];
	/** Named exclusions, e.g. go-runtime. */
	excludePresets?: ExcludePreset[];
	/** Separate debug files, each matched to the --path it belongs to by build-id. */
	debugFiles?: string[];
	mode: HitMode;
	/** Which functions ran, or which source lines (default function). */
	granularity?: Granularity;
	/** Absolute path of the JSON report. */
	reportPath: string;
	/** binary (default): every function; project: only those whose source is under sourceRoot. */
	scope?: Scope;
	/** The project's folder for scope project (default: the working directory). */
	sourceRoot?: string;
}

export interface TraceHooks {
	log(message: string): void;
	/** Told what the user should know: debug data that could not be read, a file not found. */
	diagnostics: DiagnosticSink;
	onAttachProgress?(attached: number, total: number): void;
}

/** What finish() needs to add source locations later: the debug file, and the file as it was read. */
interface TracedFile {
	debugFile: string | undefined;
	identity: string;
}

/** Changes when the file is rebuilt or replaced while it is traced. */
function identityOf(path: string): string {
	const st = statSync(path);
	return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
}

export interface TracePlan {
	plan: ProbePlan;
	files: Map<string, TracedFile>;
}

export function readPlan(options: TraceOptions, hooks: TraceHooks): TracePlan {
	const include = compilePatterns(options.include, "--include");
	const exclude = compilePatterns(options.exclude, "--exclude");
	const started = performance.now();
	const paths = uniqueFiles(options.paths.map((p) => resolve(p)));
	const debugFiles = debugFilesFor(paths, options.debugFiles ?? []);
	const files = new Map<string, TracedFile>();
	const granularity = options.granularity ?? "function";
	const scope = options.scope ?? "binary";
	const lineTables = new Map<string, LineTable[]>();
	const tables = paths.map((path, i) => {
		const debugFile = debugFiles[i];
		const identity = identityOf(path);
		const symbolized = symbolizeBinary(path, {
			...(debugFile === undefined ? {} : { debugFile }),
			// Scope project decides by source file, so it needs the locations before attaching.
			locations: scope === "project",
			lines: granularity === "line",
			diagnostics: hooks.diagnostics,
		});
		const { table } = symbolized;
		files.set(table.path, { debugFile, identity });
		if (symbolized.lineTables) {
			lineTables.set(table.path, symbolized.lineTables);
			if (symbolized.lineTables.every((t) => t.count === 0)) {
				hooks.diagnostics.report({
					kind: "no-line-tables",
					message:
						`${table.path}: no line tables (no DWARF, no Go pclntab); its functions are measured at their entry only. ` +
						"Build with -g, or give its debug file with --debug-file.",
					file: table.path,
				});
			}
		}
		return table;
	});
	const presets = options.excludePresets ?? [];
	if (presets.includes("go-runtime") && !tables.some((t) => t.goModule !== undefined)) {
		hooks.diagnostics.report({
			kind: "selection-ineffective",
			message: "--exclude-preset go-runtime: no --path binary is a Go program, so it excludes nothing",
		});
	}
	let inScope: ((table: FunctionTable, fn: FunctionEntry) => boolean) | undefined;
	if (scope === "project") {
		const root = resolve(options.sourceRoot ?? process.cwd());
		const keeps = new Map<FunctionTable, (fn: FunctionEntry) => boolean>();
		for (const table of tables) {
			const { keep, count } = projectScope(table, root);
			keeps.set(table, keep);
			hooks.diagnostics.report({
				kind: count.undecidable ? "scope-undecidable" : "scope",
				message: describeScope(count, root),
				file: table.path,
				level: count.undecidable ? "warning" : "info",
			});
		}
		inScope = (table, fn) => keeps.get(table)?.(fn) ?? true;
	}
	const plan = planProbes(
		tables,
		{ include, exclude, presets, ...(inScope ? { inScope } : {}) },
		{ granularity, lineTables, strategy: siteStrategy(process.env) },
	);
	for (const b of plan.binaries) {
		hooks.log(`${b.table.path}: ${b.functions.length} of ${b.table.functions.length} functions selected`);
	}
	if (granularity === "line") {
		const lines = plan.sites.unitLine.reduce((n, l) => n + (l > 0 ? 1 : 0), 0);
		hooks.log(`line probes: ${plan.sites.count} addresses on ${lines} lines of ${plan.functionCount} functions`);
	}
	hooks.log(`read symbols in ${Math.round(performance.now() - started)} ms`);
	return { plan, files };
}

/**
 * Pairs each --debug-file with the --path it describes: by build-id, or the only path there is
 * (symbolizing then checks the build-id and says so if it belongs to another build).
 */
function debugFilesFor(paths: readonly string[], debugFiles: readonly string[]): (string | undefined)[] {
	const out: (string | undefined)[] = paths.map(() => undefined);
	if (debugFiles.length === 0) return out;
	for (const file of debugFiles) {
		if (!existsSync(file)) {
			throw new UsageError(
				`--debug-file ${file}: no such file`,
				"Give the file `objcopy --only-keep-debug` wrote for the binary (or install the -dbg package).",
			);
		}
	}
	const [only] = debugFiles;
	if (paths.length === 1 && debugFiles.length === 1 && only !== undefined) return [resolve(only)];
	const ids = paths.map((p) => withElf(p, (elf) => elf.buildId()));
	for (const file of debugFiles) {
		const id = withElf(file, (elf) => elf.buildId());
		const at = id === undefined ? -1 : ids.indexOf(id);
		if (at < 0) {
			throw new UsageError(
				`--debug-file ${file}: its build-id ${id ?? "(none)"} matches none of the --path binaries`,
				"Give the debug file of one of the traced binaries (readelf -n shows both build-ids).",
			);
		}
		out[at] = resolve(file);
	}
	return out;
}

/**
 * Knobs for tests and benchmarks, not for users: XCOVER_GROUP_SIZE forces functions per link
 * (to make link replacement frequent), XCOVER_NO_PRUNE=1 keeps probes armed after first hits
 * (to measure what pruning saves).
 */
function tuning(env: NodeJS.ProcessEnv): { groupSize?: number; noPrune?: boolean } {
	const out: { groupSize?: number; noPrune?: boolean } = {};
	const size = Number(env.XCOVER_GROUP_SIZE);
	if (Number.isInteger(size) && size > 0) out.groupSize = size;
	if (env.XCOVER_NO_PRUNE === "1") out.noPrune = true;
	return out;
}

/** XCOVER_LINE_SITES=starts probes only where the line changes (for measuring); see probes/lines.ts. */
function siteStrategy(env: NodeJS.ProcessEnv): SiteStrategy {
	return env.XCOVER_LINE_SITES === "starts" ? "starts" : "rows";
}

export interface TraceProgress {
	granularity: Granularity;
	functions: number;
	/** Functions with at least one probe. */
	traced: number;
	/** Functions that ran so far. */
	hit: number;
	/** Line granularity: lines of functions (a line of two functions counts twice) with a probe, and run. */
	lines?: { traced: number; hit: number };
}

export class ActiveTrace {
	readonly options: TraceOptions;
	readonly session: TraceSession;
	readonly startedAt: Date;
	private readonly files: Map<string, TracedFile>;

	private constructor(options: TraceOptions, session: TraceSession, files: Map<string, TracedFile>) {
		this.options = options;
		this.session = session;
		this.files = files;
		this.startedAt = new Date();
	}

	static start(options: TraceOptions, hooks: TraceHooks): ActiveTrace {
		const { plan, files } = readPlan(options, hooks);
		const started = performance.now();
		const session = TraceSession.start({
			plan,
			mode: options.mode,
			onAttachProgress: hooks.onAttachProgress,
			...tuning(process.env),
		});
		hooks.log(
			`attached ${session.attachedCount} probes with ${session.linkCount} links in ${Math.round(performance.now() - started)} ms` +
				(session.unprobeable.size > 0 ? ` (${session.unprobeable.size} functions could not be probed)` : ""),
		);
		return new ActiveTrace(options, session, files);
	}

	/** What has run so far, from the hit array: functions, and in line granularity lines. */
	progress(): TraceProgress {
		const { counts, unprobeable } = this.session.readCounts();
		const { plan } = this.session;
		const { sites, functionCount, granularity } = plan;
		const hits = { counts, unprobeable, plan };
		let traced = 0;
		let hit = 0;
		let linesTraced = 0;
		let linesHit = 0;
		for (let f = 0; f < functionCount; f++) {
			const { probed, ran } = functionHits(hits, f);
			if (probed > 0) traced++;
			if (probed > 0 && ran) hit++;
			if (granularity !== "line") continue;
			for (let u = sites.functionUnitStart[f] as number; u < (sites.functionUnitStart[f + 1] as number); u++) {
				if (sites.unitLine[u] === 0) continue;
				const line = siteHits(hits, sitesOfUnit(sites, u));
				if (line.probed === 0) continue;
				linesTraced++;
				if (line.hits > 0) linesHit++;
			}
		}
		const out: TraceProgress = { granularity, functions: functionCount, traced, hit };
		if (granularity === "line") out.lines = { traced: linesTraced, hit: linesHit };
		return out;
	}

	/**
	 * Reads the hits and writes the report. The probes stay until teardown(), so that a caller
	 * can answer first: removing tens of thousands of probes takes seconds.
	 */
	finish(diagnostics: DiagnosticSink, command?: string[], granularity?: Granularity): CoverageReport {
		const { counts, unprobeable } = this.session.readCounts();
		const locations = this.readSourceLocations(diagnostics);
		const report = buildReport({
			plan: this.session.plan,
			mode: this.options.mode,
			counts,
			unprobeable,
			locations,
			...(granularity === undefined ? {} : { granularity }),
			startedAt: this.startedAt,
			endedAt: new Date(),
			command,
			...(this.options.sourceRoot === undefined ? {} : { sourceRoot: this.options.sourceRoot }),
		});
		writeJsonReport(this.options.reportPath, report);
		return report;
	}

	/**
	 * Source locations are read now rather than before attaching (see symbolize.ts), from the
	 * same file: a binary rebuilt during the run would give the old build's functions the new
	 * build's lines.
	 */
	private readSourceLocations(diagnostics: DiagnosticSink): Locations {
		const locations: Locations = new Map();
		for (const b of this.session.plan.binaries) {
			const file = this.files.get(b.table.path);
			if (!file) continue;
			let now: string | undefined;
			try {
				now = identityOf(b.table.path);
			} catch {
				now = undefined;
			}
			if (now !== file.identity) {
				diagnostics.report({
					kind: "binary-replaced",
					message: `${b.table.path} was replaced or rebuilt while it was traced; its functions keep their symbol names only`,
					file: b.table.path,
				});
				continue;
			}
			const read = readSourceLocations(b.table, {
				...(file.debugFile === undefined ? {} : { debugFile: file.debugFile }),
				diagnostics,
			});
			for (const [f, where] of read) locations.set(f, where);
		}
		return locations;
	}

	/** Removes every probe. */
	teardown(): Promise<void> {
		return this.session.close();
	}
}
