/**
 * What the machine must offer before anything is loaded, each checked with a message that says
 * what to do: Linux, a kernel with uprobe_multi links (6.6+), and the right to use bpf().
 */
import { readFileSync } from "node:fs";
import { release } from "node:os";
import { KernelSupportError, PrivilegeError, privilegeHint } from "./errors.js";

const CAP_SYS_ADMIN = 21n;
const CAP_PERFMON = 38n;
const CAP_BPF = 39n;

export const MIN_KERNEL: readonly [number, number] = [6, 6];

/** Parses "6.18.44-foo" → [6, 18]; undefined when it is not a kernel release string. */
export function kernelVersion(text: string): [number, number] | undefined {
	const m = /^(\d+)\.(\d+)/.exec(text);
	return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Whether a kernel of version `v` has uprobe_multi links. */
export function kernelIsRecentEnough(v: readonly [number, number]): boolean {
	return v[0] > MIN_KERNEL[0] || (v[0] === MIN_KERNEL[0] && v[1] >= MIN_KERNEL[1]);
}

export function checkKernel(releaseText: string = release(), platform: string = process.platform): void {
	if (platform !== "linux") {
		throw new KernelSupportError(`xcover needs Linux; this is ${platform}`, "Run it on a Linux machine or runner.");
	}
	const v = kernelVersion(releaseText);
	if (v && !kernelIsRecentEnough(v)) {
		throw new KernelSupportError(
			`kernel ${releaseText} is too old: uprobe_multi links need Linux ${MIN_KERNEL.join(".")} or newer`,
			"Use a newer kernel (GitHub's ubuntu-22.04 and ubuntu-24.04 runners have one).",
		);
	}
}

/** Effective capabilities from /proc/<pid>/status (the CapEff hex mask). */
export function effectiveCapabilities(statusText: string): bigint {
	const m = /^CapEff:\s*([0-9a-fA-F]+)/m.exec(statusText);
	return m ? BigInt(`0x${m[1]}`) : 0n;
}

export function hasTracingCapabilities(capEff: bigint): boolean {
	const has = (cap: bigint) => (capEff >> cap) & 1n;
	return has(CAP_SYS_ADMIN) === 1n || (has(CAP_BPF) === 1n && has(CAP_PERFMON) === 1n);
}

export function checkPrivileges(statusText: string = readFileSync("/proc/self/status", "utf8")): void {
	if (!hasTracingCapabilities(effectiveCapabilities(statusText))) {
		const who = process.getuid?.() === 0 ? "root without CAP_BPF/CAP_PERFMON" : "not root";
		throw new PrivilegeError(
			`xcover needs CAP_BPF and CAP_PERFMON to attach probes (running as ${who})`,
			privilegeHint,
		);
	}
}

export function preflight(): void {
	checkKernel();
	checkPrivileges();
}
