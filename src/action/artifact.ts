/**
 * Uploads the report directory as the workflow artifact `baseline: auto` finds on later runs.
 * @actions/artifact does the work: CreateArtifact on the results service, the zip to the signed
 * blob URL it answers with, then FinalizeArtifact.
 */

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DefaultArtifactClient } from "@actions/artifact";
import { XcoverError } from "../errors.js";

export function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

export async function uploadReportDir(
	dir: string,
	name: string,
	env: NodeJS.ProcessEnv = process.env,
): Promise<{ id: number | undefined; size: number | undefined; files: number }> {
	if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
		throw new XcoverError(
			"ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set",
			"Artifacts can only be uploaded from a job on GitHub Actions",
		);
	}
	const files = filesUnder(dir);
	const result = await new DefaultArtifactClient().uploadArtifact(name, files, dir, {});
	return { id: result.id, size: result.size, files: files.length };
}
