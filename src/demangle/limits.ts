/**
 * Shared failure signals and work limits of the demanglers. Mangled names come from arbitrary
 * binaries, so a hostile or corrupt one must end in "not demangled", never in a hang or a crash.
 */

/** Thrown (as a preallocated value, so failing is cheap) when a symbol does not parse. */
export const ParseFailed: unique symbol = Symbol("ParseFailed");
/** Thrown when printing would exceed the output or step budget. */
export const BudgetExceeded: unique symbol = Symbol("BudgetExceeded");

export function fail(): never {
	throw ParseFailed;
}

export interface Budget {
	steps: number;
	out: number;
	depth: number;
	readonly maxSteps: number;
	readonly maxOut: number;
}

// Real names stay far below these: node's longest demangled name is a few thousand characters.
export const MAX_OUTPUT = 1 << 16;
export const MAX_STEPS = 1 << 18;

export function newBudget(): Budget {
	return { steps: 0, out: 0, depth: 0, maxSteps: MAX_STEPS, maxOut: MAX_OUTPUT };
}
