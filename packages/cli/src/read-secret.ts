// Reads a password without echoing it: the first line of piped stdin
// (`--password-stdin`, as `docker login` does), or typed at a terminal with echo off.
// It must never print the secret or keep it anywhere but the returned string.
import type { CommandIo } from "./command.ts";
import { CliError } from "./command.ts";

/** Reads stdin to the end and returns its first line (without the line break). */
export async function readFirstLine(stdin: CommandIo["stdin"]): Promise<string> {
  let text = "";
  for await (const chunk of stdin) {
    text += typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8");
  }
  return text.split(/\r?\n/, 1)[0] ?? "";
}

interface RawTty {
  setRawMode(mode: boolean): unknown;
}

function isRawTty(stream: unknown): stream is RawTty {
  return (
    typeof stream === "object" &&
    stream !== null &&
    "setRawMode" in stream &&
    typeof stream.setRawMode === "function"
  );
}

/** Prompts on stderr and reads one line from a terminal with echo off. */
export async function promptSecret(io: CommandIo, prompt: string): Promise<string> {
  const stdin = io.stdin;
  if (stdin.isTTY !== true || !isRawTty(stdin)) {
    throw new CliError("no terminal to prompt on: pipe the password and pass --password-stdin.");
  }
  io.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  try {
    return await new Promise<string>((resolve, reject) => {
      let value = "";
      const onData = (chunk: string) => {
        for (const char of chunk) {
          if (char === "\r" || char === "\n") {
            stdin.off("data", onData);
            resolve(value);
            return;
          }
          if (char === "\u0003") {
            stdin.off("data", onData);
            reject(new CliError("cancelled."));
            return;
          }
          value =
            char === "\u007f" || char === "\b"
              ? Array.from(value).slice(0, -1).join("")
              : value + char;
        }
      };
      stdin.on("data", onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    io.stderr.write("\n");
  }
}
