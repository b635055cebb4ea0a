// SPDX-License-Identifier: GPL-2.0
/* xcover's only BPF program. It is attached with uprobe_multi links to the entry of every traced
 * function; each attachment's cookie is that function's index in the `hits` array. */
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "xcover.h"

char LICENSE[] SEC("license") = "GPL";

/* max_entries here are placeholders: the loader sizes both maps at run time (the hit array to
 * the number of functions, the ring buffer to the expected number of first hits). */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} hits SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} first_hits SEC(".maps");

/* Every time any probe fired, per CPU: how much trapping the workload paid, which is what
 * first-hit pruning exists to keep small. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} traps SEC(".maps");

/* The tracer's own process, named by its pid namespace (device and inode of /proc/self/ns/pid)
 * and its pid there, so that the tracer never covers the binary it happens to run on, even
 * inside a container where kernel-wide pids differ from the ones it sees. */
const volatile __u64 self_pidns_dev = 0;
const volatile __u64 self_pidns_ino = 0;
const volatile __u32 self_tgid = 0;
const volatile __u32 hit_mode = XCOVER_MODE_FIRST_HIT;

static __always_inline int is_self(void)
{
	struct bpf_pidns_info ns = {};

	/* A task outside the tracer's pid namespace cannot be the tracer: the helper fails then. */
	if (bpf_get_ns_current_pid_tgid(self_pidns_dev, self_pidns_ino, &ns, sizeof(ns)))
		return 0;
	return ns.tgid == self_tgid;
}

SEC("uprobe.multi")
int xcover_entry(struct pt_regs *ctx)
{
	__u32 index = (__u32)bpf_get_attach_cookie(ctx);
	__u32 zero = 0;
	__u64 *trapped = bpf_map_lookup_elem(&traps, &zero);
	__u64 *count = bpf_map_lookup_elem(&hits, &index);
	__u64 before;

	if (trapped)
		*trapped += 1;
	if (!count)
		return 0;
	/* Fast path of first-hit mode: a function already seen costs one load. */
	if (hit_mode == XCOVER_MODE_FIRST_HIT && *count)
		return 0;
	if (is_self())
		return 0;

	if (hit_mode == XCOVER_MODE_COUNT)
		before = __sync_fetch_and_add(count, 1);
	else
		before = __sync_val_compare_and_swap(count, 0, 1);

	/* Only the first hit wakes user space; the array stays the record, so a full ring buffer
	 * loses a wake-up, never a hit. */
	if (before == 0) {
		struct xcover_hit rec = { .cookie = index };

		bpf_ringbuf_output(&first_hits, &rec, sizeof(rec), 0);
	}
	return 0;
}
