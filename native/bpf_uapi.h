/* The parts of the bpf() ABI that the build machine's <linux/bpf.h> (Linux 6.1 headers) predates.
 * Values and layout follow include/uapi/linux/bpf.h of Linux 6.6+, where uprobe_multi links were
 * added (BPF_LINK_CREATE with attach type BPF_TRACE_UPROBE_MULTI); the static_asserts below pin
 * the layout so a mistake fails the build instead of the syscall. */
#ifndef XCOVER_BPF_UAPI_H
#define XCOVER_BPF_UAPI_H

#include <linux/bpf.h>
#include <stddef.h>
#include <stdint.h>

/* enum bpf_attach_type: ... BPF_LSM_CGROUP (43), BPF_STRUCT_OPS, BPF_NETFILTER, BPF_TCX_INGRESS,
 * BPF_TCX_EGRESS, BPF_TRACE_UPROBE_MULTI (48). */
#define XCOVER_BPF_TRACE_UPROBE_MULTI 48
/* link_create.uprobe_multi.flags: return probes instead of entry probes. */
#define XCOVER_BPF_F_UPROBE_MULTI_RETURN (1U << 0)
/* Upper bound the kernel puts on one link's offsets (MAX_UPROBE_MULTI_CNT in bpf_trace.c). */
#define XCOVER_MAX_UPROBE_MULTI_CNT (1U << 20)

/* The BPF_LINK_CREATE member of union bpf_attr, with the uprobe_multi arm of its inner union. */
struct xcover_link_create_uprobe_multi {
	uint32_t prog_fd;
	uint32_t target_fd;
	uint32_t attach_type;
	uint32_t flags;
	uint64_t path;            /* const char * */
	uint64_t offsets;         /* const unsigned long * */
	uint64_t ref_ctr_offsets; /* const unsigned long *, may be 0 */
	uint64_t cookies;         /* const __u64 *, may be 0 */
	uint32_t cnt;
	uint32_t uprobe_flags;
	uint32_t pid;             /* 0: every process */
	uint32_t pad;             /* must be zero */
};

static_assert(offsetof(struct xcover_link_create_uprobe_multi, attach_type) == 8, "attach_type");
static_assert(offsetof(struct xcover_link_create_uprobe_multi, path) == 16, "path");
static_assert(offsetof(struct xcover_link_create_uprobe_multi, offsets) == 24, "offsets");
static_assert(offsetof(struct xcover_link_create_uprobe_multi, ref_ctr_offsets) == 32, "ref_ctr_offsets");
static_assert(offsetof(struct xcover_link_create_uprobe_multi, cookies) == 40, "cookies");
static_assert(offsetof(struct xcover_link_create_uprobe_multi, cnt) == 48, "cnt");
static_assert(offsetof(struct xcover_link_create_uprobe_multi, uprobe_flags) == 52, "flags");
static_assert(offsetof(struct xcover_link_create_uprobe_multi, pid) == 56, "pid");
static_assert(sizeof(struct xcover_link_create_uprobe_multi) <= sizeof(union bpf_attr), "fits bpf_attr");

/* Ring buffer record header bits (include/uapi/linux/bpf.h, BPF_RINGBUF_*). */
#define XCOVER_RINGBUF_BUSY_BIT (1U << 31)
#define XCOVER_RINGBUF_DISCARD_BIT (1U << 30)
#define XCOVER_RINGBUF_HDR_SZ 8

#endif
