/** Numbers of the bpf() ABI and of bpf/xcover.h that the TypeScript side needs. */

export const BPF_MAP_TYPE_ARRAY = 2;
export const BPF_MAP_TYPE_PERCPU_ARRAY = 6;
export const BPF_MAP_TYPE_RINGBUF = 27;

export const BPF_F_RDONLY_PROG = 1 << 7;

export const BPF_PROG_TYPE_KPROBE = 2;
/** enum bpf_attach_type, Linux 6.6+ (see native/bpf_uapi.h). */
export const BPF_TRACE_UPROBE_MULTI = 48;

/** src_reg values of a 64-bit immediate load that the verifier rewrites into map pointers. */
export const BPF_PSEUDO_MAP_FD = 1;
export const BPF_PSEUDO_MAP_VALUE = 2;

/** ELF relocation types of the BPF target. */
export const R_BPF_64_64 = 1;

/** Kernel errno that is not in Node's os.constants: the instruction cannot be probed. */
export const ENOTSUPP = 524;

/** Values of `hit_mode` in bpf/xcover.h. */
export const XCOVER_MODE_FIRST_HIT = 0;
export const XCOVER_MODE_COUNT = 1;
