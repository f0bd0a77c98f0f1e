// Test support for the assessment commands: in-memory stdin/stdout/stderr and a helper that
// runs a command and returns what it wrote.
import { PassThrough } from "node:stream";
import type { Command } from "../command.ts";

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `command` with `argv`, feeding `input` on stdin. */
export async function runCommand(
  command: Command,
  argv: readonly string[],
  input = "",
): Promise<Ran> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  stderr.on("data", (d: Buffer) => (err += d.toString()));
  stdin.end(input);
  const code = await command.run(argv, { stdout, stderr, stdin });
  return { code, stdout: out, stderr: err };
}
