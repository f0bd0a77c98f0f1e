// The shape every `ilio` subcommand has, so main.ts can list, describe and run them
// without knowing any of them. A command never calls process.exit and never prints a
// stack trace: it writes to the streams it is given and returns an exit code.
import type { Readable, Writable } from "node:stream";

/** The streams (and environment) a command may use. */
export interface CommandIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable & { readonly isTTY?: boolean };
  /** Environment variables; commands fall back to process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** One subcommand: `ilio <name> …`. */
export interface Command {
  /** The word after `ilio`, e.g. "serve". */
  readonly name: string;
  /** One line for `ilio --help`. */
  readonly summary: string;
  /** The full `--help` text of the command. */
  readonly usage: string;
  /** Runs with the arguments after the name; resolves to the exit code. */
  run(argv: readonly string[], io: CommandIo): Promise<number>;
}

/**
 * An error whose message is a sentence for the person at the terminal. main.ts prints it
 * without a stack and exits 1; any other error gets a generic sentence.
 */
export class CliError extends Error {
  override readonly name = "CliError";
}

/** A thrown value as a short phrase for a message (its message, never a stack). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  return typeof error === "string" ? error : "unknown error";
}

/** The environment a command should read. */
export function envOf(io: CommandIo): Readonly<Record<string, string | undefined>> {
  return io.env ?? process.env;
}
