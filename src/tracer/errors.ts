import { constants } from "node:os";
import { XcoverError } from "../errors.js";
import { ENOTSUPP } from "./bpfAbi.js";
import { isSyscallError } from "./native.js";

const names = new Map<number, string>();
for (const [name, value] of Object.entries(constants.errno)) if (!names.has(value)) names.set(value, name);
names.set(ENOTSUPP, "ENOTSUPP");

/** E.g. 22 → "EINVAL"; the kernel-internal 524 → "ENOTSUPP". */
export function errnoName(errno: number): string {
	return names.get(errno) ?? `errno ${errno}`;
}

/** Not allowed to use bpf() or uprobes. */
export class PrivilegeError extends XcoverError {}
/** The kernel lacks what xcover needs (uprobe_multi links, BTF-era helpers). */
export class KernelSupportError extends XcoverError {}
/** The verifier or the kernel refused the BPF program. */
export class BpfLoadError extends XcoverError {
	readonly verifierLog: string | undefined;
	constructor(message: string, hint: string, verifierLog: string | undefined) {
		super(message, hint);
		this.verifierLog = verifierLog;
	}
}
/** Attaching probes failed for a reason that is not one function's instruction. */
export class AttachError extends XcoverError {}

const privilegeHint =
	"Run xcover as root (sudo), or give it CAP_BPF and CAP_PERFMON (e.g. `sudo setcap cap_bpf,cap_perfmon+ep $(which node)`).";

/** Turns an addon failure into the typed error a user can act on. */
export function syscallFailure(err: unknown, doing: string): XcoverError {
	if (!isSyscallError(err)) return new XcoverError(`${doing}: ${String(err)}`, "Rerun with --verbose and report this.");
	const name = errnoName(err.errno);
	if (err.errno === constants.errno.EPERM || err.errno === constants.errno.EACCES) {
		return new PrivilegeError(`${doing}: permission denied (${name})`, privilegeHint, { cause: err });
	}
	if (err.errno === constants.errno.EMFILE || err.errno === constants.errno.ENFILE) {
		return new AttachError(
			`${doing}: too many open files (${name})`,
			"Raise the open-file limit (`ulimit -n`) or trace fewer functions with --include/--exclude.",
			{ cause: err },
		);
	}
	if (err.errno === constants.errno.ENOMEM) {
		return new AttachError(`${doing}: out of memory (${name})`, "Trace fewer functions, or free memory.", {
			cause: err,
		});
	}
	return new XcoverError(`${doing}: ${err.message} (${name})`, "Rerun with --verbose and report this.", { cause: err });
}

export { privilegeHint };
