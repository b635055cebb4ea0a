/**
 * Can this runner trace? Checked in the main step before anything starts, each failure one line
 * that says what is wrong and what to do: Linux, kernel 6.6+, x64 or arm64, root or passwordless sudo.
 */
import { spawnSync } from "node:child_process";
import { release } from "node:os";
import { XcoverError } from "../errors.js";
import { kernelIsRecentEnough, kernelVersion, MIN_KERNEL } from "../tracer/preflight.js";

export class RunnerError extends XcoverError {}

export interface RunnerFacts {
	platform: NodeJS.Platform;
	arch: string;
	kernelRelease: string;
	/** undefined where there are no uids (not Linux). */
	uid: number | undefined;
	/** Whether `sudo -n true` succeeds; asked only when not root. */
	sudoWorks: () => boolean;
}

/** This runner's facts. Tests pass their own RunnerFacts to runMain instead (MainDeps.facts). */
export function runnerFacts(): RunnerFacts {
	return {
		platform: process.platform,
		arch: process.arch,
		kernelRelease: release(),
		uid: process.getuid?.(),
		sudoWorks: () => {
			const r = spawnSync("sudo", ["-n", "true"], { stdio: "ignore", timeout: 30_000 });
			return r.status === 0;
		},
	};
}

const HOSTED = "Use a GitHub-hosted runner: runs-on: ubuntu-24.04 or ubuntu-22.04";

/** How the tracer must be started on this runner: through `sudo -n`, or directly as root. */
export function checkRunner(facts: RunnerFacts): { sudo: boolean } {
	if (facts.platform !== "linux") {
		throw new RunnerError(`xcover traces with eBPF, which needs Linux; this runner runs ${facts.platform}`, HOSTED);
	}
	if (facts.arch !== "x64" && facts.arch !== "arm64") {
		throw new RunnerError(`xcover supports x64 and arm64 runners; this one is ${facts.arch}`, HOSTED);
	}
	const v = kernelVersion(facts.kernelRelease);
	if (!v) {
		throw new RunnerError(`cannot read the kernel version from ${JSON.stringify(facts.kernelRelease)}`, HOSTED);
	}
	if (!kernelIsRecentEnough(v)) {
		throw new RunnerError(
			`kernel ${facts.kernelRelease} is too old: xcover needs Linux ${MIN_KERNEL.join(".")} or newer (uprobe_multi links)`,
			`${HOSTED} (kernels 6.8 and newer), or upgrade the self-hosted runner's kernel`,
		);
	}
	if (facts.uid === 0) return { sudo: false };
	if (!facts.sudoWorks()) {
		throw new RunnerError(
			"xcover needs root to load its BPF program, and `sudo -n true` fails on this runner",
			"Give the runner user passwordless sudo (GitHub-hosted runners have it), or run the job as root",
		);
	}
	return { sudo: true };
}
