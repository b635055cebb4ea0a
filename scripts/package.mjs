#!/usr/bin/env node
// `npm run package`: bundles the action (main, post), the merge action and the CLI into dist/ with esbuild, next to
// the prebuilt addon, the BPF object and the report schema, so the action runs from a checkout of
// the repository with no npm install. dist/SOURCE_HASH records the sources it was built from.
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { sourceHash } from "./sourceHash.mjs";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
// Built beside dist/ and swapped in at the end, so a failed build leaves the old dist/ intact.
const next = join(root, "dist.next");

// The CLI finds itself as "./main.js" to re-run itself (the daemon, the private runtime copy); in
// dist/ it is cli.js, and main.js is the action.
const cliSelfPath = {
	name: "cli-self-path",
	setup(b) {
		b.onLoad({ filter: /[\\/]src[\\/]cli[\\/][^\\/]+\.ts$/ }, async (args) => {
			const text = readFileSync(args.path, "utf8");
			return {
				contents: text.replaceAll('new URL("./main.js", import.meta.url)', 'new URL("./cli.js", import.meta.url)'),
				loader: "ts",
			};
		});
	},
};

rmSync(next, { recursive: true, force: true });
mkdirSync(next, { recursive: true });

const result = await build({
	absWorkingDir: root,
	entryPoints: {
		main: "src/action/main.ts",
		post: "src/action/post.ts",
		merge: "src/action/mergeMain.ts",
		cli: "src/cli/main.ts",
	},
	outdir: next,
	bundle: true,
	format: "esm",
	platform: "node",
	target: "node20",
	// Bundled CommonJS packages call require() for Node's own modules and read __dirname.
	banner: {
		js: [
			'import { createRequire as __xcoverCreateRequire } from "node:module";',
			'import { dirname as __xcoverDirname } from "node:path";',
			'import { fileURLToPath as __xcoverFileURLToPath } from "node:url";',
			"const require = __xcoverCreateRequire(import.meta.url);",
			"const __xcoverFilenameValue = __xcoverFileURLToPath(import.meta.url);",
			"const __xcoverDirnameValue = __xcoverDirname(__xcoverFilenameValue);",
		].join("\n"),
	},
	// Through define, so a bundled module that declares its own __filename keeps it.
	define: { __filename: "__xcoverFilenameValue", __dirname: "__xcoverDirnameValue" },
	// handlebars' main entry uses require.extensions (for .hbs files), which a bundle cannot keep.
	alias: { handlebars: "handlebars/dist/cjs/handlebars.js" },
	mainFields: ["module", "main"],
	legalComments: "none",
	logLevel: "warning",
	logOverride: { "empty-import-meta": "silent" },
	plugins: [cliSelfPath],
	metafile: true,
}).catch((err) => {
	rmSync(next, { recursive: true, force: true });
	throw err;
});
if (result.warnings.length > 0) process.stderr.write(`package: ${result.warnings.length} esbuild warnings\n`);
// The daemon and the runtime copy re-run the CLI by this path; main.js there would start the action.
if (/new URL\("\.\/main\.js", import\.meta\.url\)/.test(readFileSync(join(next, "cli.js"), "utf8"))) {
	throw new Error("dist/cli.js still refers to itself as ./main.js: update the cli-self-path plugin");
}

writeFileSync(join(next, "package.json"), '{ "type": "module", "private": true }\n');
copyFileSync(join(root, "native", "build", "Release", "xcover.node"), join(next, "xcover.node"));
copyFileSync(join(root, "build", "bpf", "xcover.bpf.o"), join(next, "xcover.bpf.o"));
copyFileSync(join(root, "schema", "xcover-report.schema.json"), join(next, "xcover-report.schema.json"));
writeFileSync(join(next, "SOURCE_HASH"), `${sourceHash(root)}\n`);
rmSync(dist, { recursive: true, force: true });
renameSync(next, dist);

for (const [file, out] of Object.entries(result.metafile.outputs)) {
	process.stderr.write(`package: ${file.replace(/^dist\.next\//, "dist/")} ${(out.bytes / 1024).toFixed(0)} KiB\n`);
}
