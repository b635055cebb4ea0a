import { XcoverError } from "../errors.js";

/**
 * Debug information that cannot be decoded: truncated, corrupt, or in an encoding xcover does not
 * read. readDwarfFunctions never lets one escape; it turns each into a warning and keeps the
 * functions' symbol names, so a bad debug section never stops a trace.
 */
export class DwarfError extends XcoverError {
	constructor(message: string, hint = "Rebuild the binary with -g, or trace it without source locations.") {
		super(message, hint);
	}
}

/** A compressed debug section in a format this Node.js cannot inflate (zstd before Node 22.15). */
export class DwarfCompressionError extends DwarfError {}
