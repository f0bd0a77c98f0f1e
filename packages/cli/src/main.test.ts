// The command registry in-process: help for the tool and each command, unknown commands
// and options as one sentence on stderr with a non-zero exit, never a stack trace.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { CliError, type Command } from "./command.ts";
import { COMMANDS, runCli } from "./main.ts";

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const read = (s: PassThrough) => () => String(s.read() ?? "");
  return {
    io: { stdout, stderr, stdin: new PassThrough(), env: {} },
    out: read(stdout),
    err: read(stderr),
  };
}

describe("ilio main", () => {
  it("lists every command in --help and exits 0", async () => {
    const t = io();
    expect(await runCli(["--help"], t.io)).toBe(0);
    const text = t.out();
    for (const command of COMMANDS) {
      expect(text).toContain(command.name);
    }
  });

  it("prints each command's usage for --help", async () => {
    for (const command of COMMANDS) {
      const t = io();
      expect(await runCli([command.name, "--help"], t.io)).toBe(0);
      expect(t.out()).toMatch(new RegExp(`Usage:\\s+ilio ${command.name}`));
    }
  });

  it("answers an unknown command with a sentence and exit code 2", async () => {
    const t = io();
    expect(await runCli(["frobnicate"], t.io)).toBe(2);
    expect(t.err()).toBe(
      'ilio: unknown command "frobnicate". Run `ilio --help` to see the commands.\n',
    );
  });

  it("answers an unknown option with a sentence and exit code 1", async () => {
    const t = io();
    expect(await runCli(["migrate", "--bogus"], t.io)).toBe(1);
    expect(t.err()).toMatch(/^ilio migrate: Unknown option '--bogus'/);
  });

  it("prints a CliError's message and a generic sentence for anything else, without stacks", async () => {
    const failing = (error: Error): Command => ({
      name: "fail",
      summary: "fails",
      usage: "Usage: ilio fail",
      run: () => Promise.reject(error),
    });
    const a = io();
    expect(await runCli(["fail"], a.io, [failing(new CliError("the thing is missing."))])).toBe(1);
    expect(a.err()).toBe("ilio fail: the thing is missing.\n");
    const b = io();
    expect(await runCli(["fail"], b.io, [failing(new RangeError("boom"))])).toBe(1);
    const text = b.err();
    expect(text).toBe("ilio fail: fail failed unexpectedly: boom.\n");
    expect(text).not.toContain(" at ");
  });
});
