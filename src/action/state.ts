/**
 * Main and post run in separate processes; what main learned reaches post through the runner's
 * state file. The provider interface lets tests run both halves with an in-memory map.
 */
import * as core from "@actions/core";
import type { StateKey } from "./constants.js";

export interface StateProvider {
	save(key: StateKey, value: string): void;
	/** "" when main never saved it. */
	get(key: StateKey): string;
}

/** The runner's state: GITHUB_STATE in main, STATE_* environment variables in post. */
export const runnerState: StateProvider = {
	save: (key, value) => core.saveState(key, value),
	get: (key) => core.getState(key),
};

export function memoryState(initial: Partial<Record<StateKey, string>> = {}): StateProvider & {
	values: Partial<Record<StateKey, string>>;
} {
	const values = { ...initial };
	return {
		values,
		save: (key, value) => {
			values[key] = value;
		},
		get: (key) => values[key] ?? "",
	};
}
