/**
 * The first bytes of many functions of one file, read through a sliding window so that 100,000
 * functions cost a few large reads instead of one read each.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

const WINDOW = 1 << 20;

/** `offsets` must be sorted ascending; returns `length` bytes per offset (fewer at end of file). */
export function readEntryBytes(path: string, offsets: readonly number[], length = 16): Uint8Array[] {
	const fd = openSync(path, "r");
	try {
		const size = fstatSync(fd).size;
		const window = Buffer.allocUnsafe(WINDOW);
		let start = -1;
		let filled = 0;
		return offsets.map((offset) => {
			if (start < 0 || offset < start || offset + length > start + filled) {
				start = offset;
				filled = readSync(fd, window, 0, Math.min(WINDOW, Math.max(0, size - offset)), offset);
			}
			const at = offset - start;
			return Uint8Array.from(window.subarray(at, Math.min(at + length, filled)));
		});
	} finally {
		closeSync(fd);
	}
}
