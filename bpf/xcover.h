/* Types and constants shared by the BPF program and its loader. No kernel headers here: the
 * TypeScript loader mirrors these values in src/tracer/bpfAbi.ts. */
#ifndef XCOVER_H
#define XCOVER_H

/* One record a function's first hit puts on the ring buffer: the attach cookie, which is the
 * function's dense index in the probe plan. */
struct xcover_hit {
	unsigned long long cookie;
};

/* Values of `hit_mode` (a const volatile global set before load). */
#define XCOVER_MODE_FIRST_HIT 0
#define XCOVER_MODE_COUNT 1

#endif
