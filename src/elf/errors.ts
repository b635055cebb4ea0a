import { XcoverError } from "../errors.js";

/** The file cannot be used as an ELF input at all (missing, unreadable, not ELF, truncated). */
export class ElfReadError extends XcoverError {}

/** A valid ELF that xcover does not trace: ELF32, big-endian, or another CPU than this machine's. */
export class ElfUnsupportedError extends XcoverError {}
