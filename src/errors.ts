/**
 * Every failure a user can meet is an XcoverError: a one-line message saying what went wrong and
 * a hint saying what to do about it. The CLI prints both and no stack trace unless --verbose.
 */
export class XcoverError extends Error {
	readonly hint: string;
	/** Process exit code the CLI uses for this error. */
	readonly exitCode: number;
	/** Lines the message quotes (a log's last lines), printed under it one by one. */
	readonly quoted: string | undefined;

	constructor(message: string, hint: string, options?: { cause?: unknown; exitCode?: number; quoted?: string }) {
		super(message, options?.cause === undefined ? undefined : { cause: options.cause });
		this.name = new.target.name;
		this.hint = hint;
		this.exitCode = options?.exitCode ?? 1;
		this.quoted = options?.quoted || undefined;
	}
}

/** A command-line mistake: wrong flag, missing argument. */
export class UsageError extends XcoverError {
	constructor(message: string, hint = "Run `xcover --help` for usage.") {
		super(message, hint, { exitCode: 2 });
	}
}

/** What a caught value says: anything can be thrown, an Error is only the usual case. */
export function errorMessage(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

/** The errno name ("ENOENT") a failed system call put on its error, if it is one. */
export function errnoCode(err: unknown): string | undefined {
	if (!(err instanceof Error) || !("code" in err)) return undefined;
	return typeof err.code === "string" ? err.code : undefined;
}
