/**
 * How many links this process may hold. Every link is a file descriptor; the soft open-file
 * limit is raised to the hard one, and for root (CAP_SYS_RESOURCE) the hard one to what is needed,
 * up to the kernel's fs.nr_open.
 */
import { readdirSync, readFileSync } from "node:fs";
import { native } from "./native.js";

/** Descriptors kept free for everything else: sockets, report files, links in replacement. */
export const FD_RESERVE = 512;

function openDescriptors(): number {
	try {
		return readdirSync("/proc/self/fd").length;
	} catch {
		return 64;
	}
}

function kernelMaximum(): number {
	try {
		return Number(readFileSync("/proc/sys/fs/nr_open", "utf8").trim()) || 1 << 20;
	} catch {
		return 1 << 20;
	}
}

/** Raises the limit toward `wanted` links and returns how many links fit. */
export function linkBudget(wanted: number): number {
	const addon = native();
	const need = openDescriptors() + wanted + FD_RESERVE;
	const { soft, hard } = addon.getFileLimit();
	if (soft < need) {
		const target = Math.min(need, kernelMaximum());
		try {
			addon.setFileLimit(target, Math.max(hard, target));
		} catch {
			// Without CAP_SYS_RESOURCE the hard limit stays; take all of it.
			try {
				addon.setFileLimit(Math.min(target, hard), hard);
			} catch {
				// Keep the limits as they are.
			}
		}
	}
	const now = addon.getFileLimit().soft;
	return Math.max(0, now - openDescriptors() - FD_RESERVE);
}
