#!/usr/bin/env node
/** The `xcover` command: dispatches to one module per subcommand and prints errors as one line. */
import { printable } from "../printable.js";
import { VERSION } from "../version.js";
import { statusCommand, stopCommand, waitCommand } from "./control.js";
import { diffCommand } from "./diff.js";
import { errorText } from "./errorText.js";
import { mergeCommand } from "./merge.js";
import { patchCommand } from "./patch.js";
import { reportCommand } from "./report.js";
import { daemonChild, runCommand } from "./run.js";

const help = `xcover ${VERSION}: which functions and source lines of a compiled program ran during your tests.
No recompiling, no instrumentation: one eBPF probe per function, removed on its first hit.

Usage: xcover <command> [options]

Commands:
  run      trace a binary: around a command (-- CMD), in the foreground, or as a daemon (--detach)
  wait     wait until a detached daemon is ready
  status   show what a daemon traces and how much has run
  stop     write the report, remove the probes, stop the daemon
  report   write Cobertura, LCOV, HTML or Markdown from a JSON report
  merge    merge the JSON reports of several runs into one
  diff     show the coverage change between two JSON reports
  patch    show how much of a change (git diff BASE...HEAD) the tests ran

  xcover <command> --help   options of one command
  xcover --version          print the version

Examples:
  sudo xcover run --path ./build/server --format html -- ./integration-tests.sh
  xcover report xcover-report.json --format cobertura,lcov --output-dir coverage/
`;

const commands: Record<string, (argv: readonly string[]) => Promise<number>> = {
	run: runCommand,
	wait: waitCommand,
	status: statusCommand,
	stop: stopCommand,
	report: reportCommand,
	merge: mergeCommand,
	diff: diffCommand,
	patch: patchCommand,
	__daemon: () => daemonChild(),
};

export async function main(argv: readonly string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (name === undefined || name === "--help" || name === "-h" || name === "help") {
		process.stdout.write(help);
		return name === undefined ? 2 : 0;
	}
	if (name === "--version" || name === "-V") {
		process.stdout.write(`${VERSION}\n`);
		return 0;
	}
	const command = commands[name];
	if (!command) {
		process.stderr.write(`xcover: unknown command ${JSON.stringify(name)}\nRun \`xcover --help\` for the commands.\n`);
		return 2;
	}
	const verbose = rest.includes("--verbose") || rest.includes("-v");
	try {
		return await command(rest);
	} catch (err) {
		const { text, exitCode } = errorText(err, verbose);
		process.stderr.write(text);
		return exitCode;
	}
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(err: unknown) => {
		process.stderr.write(`xcover: ${printable(String(err))}\n`);
		process.exitCode = 1;
	},
);
