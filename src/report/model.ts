/**
 * The one coverage model every writer renders: binary → source file (or package, or unknown
 * source) → function, with totals at each level. Made from the JSON report alone, so any format
 * can be produced later from a saved report, and writers never compute coverage themselves.
 */
import { basename } from "node:path";
import { readableName as readableSymbol } from "../demangle/demangle.js";
import {
	type CoverageMode,
	type CoverageReport,
	compareText,
	type FunctionCoverage,
	type FunctionStatus,
	statusOf,
	type Totals,
	totalsOf,
} from "./report.js";

export interface ModelFunction {
	/** Readable (demangled) name. */
	name: string;
	/** The symbol as the binary spells it. */
	rawName: string;
	/** Aliases at the same entry point, after rawName. */
	aliases: string[];
	offset: number;
	size: number;
	status: FunctionStatus;
	/** Count mode only. */
	calls?: number;
	unprobeableReason?: string;
	file?: string;
	lineStart?: number;
	lineEnd?: number;
	package?: string;
}

/**
 * "file": functions the debug info places in one source file. "package": functions without a file
 * but with a known package (Go without line tables, C++ namespaces). "unknown": neither.
 */
export type GroupKind = "file" | "package" | "unknown";

export const UNKNOWN_SOURCE = "(unknown source)";

export interface ModelGroup {
	kind: GroupKind;
	/** The file path, the package name, or UNKNOWN_SOURCE. */
	name: string;
	/** Sorted by line, then name. */
	functions: ModelFunction[];
	totals: Totals;
}

export interface ModelBinary {
	path: string;
	/** The file name, which is how diff and short tables name a binary. */
	name: string;
	buildId: string | null;
	arch: string;
	totals: Totals;
	/** Files by path, then packages, then the unknown-source group. */
	groups: ModelGroup[];
}

export interface CoverageModel {
	mode: CoverageMode;
	startedAt: string;
	endedAt: string;
	command?: string[];
	toolVersion: string;
	totals: Totals;
	binaries: ModelBinary[];
}

/** Readable name of a report function; reports written before `name` existed get it demangled here. */
export function readableName(f: Pick<FunctionCoverage, "names" | "name">): string {
	return f.name ?? readableSymbol(f.names[0] as string);
}

function modelFunction(f: FunctionCoverage): ModelFunction {
	const rawName = f.raw_name ?? (f.names[0] as string);
	const out: ModelFunction = {
		name: readableName(f),
		rawName,
		aliases: f.names.filter((n) => n !== rawName),
		offset: f.offset,
		size: f.size,
		status: statusOf(f),
	};
	if (f.calls !== undefined) out.calls = f.calls;
	if (f.unprobeable_reason !== undefined) out.unprobeableReason = f.unprobeable_reason;
	if (f.file !== undefined) out.file = f.file;
	if (f.line_start !== undefined) out.lineStart = f.line_start;
	if (f.line_end !== undefined) out.lineEnd = f.line_end;
	if (f.package !== undefined) out.package = f.package;
	return out;
}

const KIND_ORDER: Record<GroupKind, number> = { file: 0, package: 1, unknown: 2 };

function byLineThenName(a: ModelFunction, b: ModelFunction): number {
	return (a.lineStart ?? 0) - (b.lineStart ?? 0) || compareText(a.name, b.name) || a.offset - b.offset;
}

export function buildModel(report: CoverageReport, onProgress?: (done: number, total: number) => void): CoverageModel {
	const total = report.totals.functions;
	let done = 0;
	const binaries = report.binaries.map((b): ModelBinary => {
		const groups = new Map<string, ModelGroup>();
		for (const f of b.functions) {
			const fn = modelFunction(f);
			const kind: GroupKind = fn.file !== undefined ? "file" : fn.package !== undefined ? "package" : "unknown";
			const name = fn.file ?? fn.package ?? UNKNOWN_SOURCE;
			const key = `${kind}\0${name}`;
			let group = groups.get(key);
			if (!group) {
				group = {
					kind,
					name,
					functions: [],
					totals: { functions: 0, traced: 0, covered: 0, unprobeable: 0, percent: 0 },
				};
				groups.set(key, group);
			}
			group.functions.push(fn);
			if (++done % 10000 === 0) onProgress?.(done, total);
		}
		const sorted = [...groups.values()].sort(
			(x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || compareText(x.name, y.name),
		);
		for (const g of sorted) {
			g.functions.sort(byLineThenName);
			g.totals = totalsOf(g.functions);
		}
		return {
			path: b.path,
			name: basename(b.path),
			buildId: b.build_id,
			arch: b.arch,
			totals: b.totals,
			groups: sorted,
		};
	});
	const model: CoverageModel = {
		mode: report.mode,
		startedAt: report.started_at,
		endedAt: report.ended_at,
		toolVersion: report.tool.version,
		totals: report.totals,
		binaries,
	};
	if (report.command) model.command = report.command;
	return model;
}

/** "71.43%": two decimals everywhere a person reads a percentage. */
export function formatPercent(percent: number): string {
	return `${percent.toFixed(2)}%`;
}
