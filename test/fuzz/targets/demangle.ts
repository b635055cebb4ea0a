import { demangle } from "../../../src/demangle/demangle.js";
export function fuzz(data: Buffer): void {
	demangle(data.toString("latin1"));
}
