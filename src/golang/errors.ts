import { XcoverError } from "../errors.js";

/**
 * Go's tables are read from untrusted bytes: a read past the data that holds them is a
 * GoTableError, which the readers catch and turn into a warning, so a corrupt binary yields what
 * could be read instead of an exception.
 */
export class GoTableError extends XcoverError {
	constructor(message: string) {
		super(message, "Rebuild the Go binary, or point --path at an intact copy.");
	}
}
