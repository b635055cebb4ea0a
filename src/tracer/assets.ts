/**
 * Finds the two build products the tracer needs at run time: the native addon and the compiled BPF
 * object. They sit next to the bundle in dist/, or in the build folders when run from lib/.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { XcoverError } from "../errors.js";

export type Asset = "xcover.node" | "xcover.bpf.o";

const here = dirname(fileURLToPath(import.meta.url));

function candidates(asset: Asset): string[] {
	const fromEnv = process.env.XCOVER_ASSET_DIR;
	const list = fromEnv ? [join(fromEnv, asset)] : [];
	list.push(join(here, asset));
	// Running from lib/tracer/ inside a checkout.
	const root = resolve(here, "..", "..");
	list.push(
		asset === "xcover.node" ? join(root, "native", "build", "Release", asset) : join(root, "build", "bpf", asset),
	);
	return list;
}

export function assetPath(asset: Asset): string {
	const list = candidates(asset);
	const found = list.find((p) => existsSync(p));
	if (!found) {
		throw new XcoverError(
			`cannot find ${asset} (looked in ${list.join(", ")})`,
			"Build it with `npm run build`, or use the bundled dist/ that ships it.",
		);
	}
	return found;
}
