// The `ilio` entry point: a small registry of commands, `--help` for the whole tool and
// for each command, and the one place errors become a plain sentence on stderr with a
// non-zero exit (no stack traces for people at a terminal). Add a command by importing it
// and listing it in COMMANDS.
import { CliError, describeError, type Command, type CommandIo } from "./command.ts";
import { adminCommand } from "./commands/admin.ts";
import { assessCommand } from "./commands/assess.ts";
import { contentCommand } from "./commands/content-check.ts";
import { questionsCommand } from "./commands/questions.ts";
import { migrateCommand } from "./commands/migrate.ts";
import { programCommand } from "./commands/program.ts";
import { serveCommand } from "./commands/serve.ts";

/** Every command `ilio` knows, in the order `ilio --help` lists them. */
export const COMMANDS: readonly Command[] = [
  serveCommand,
  migrateCommand,
  adminCommand,
  assessCommand,
  questionsCommand,
  contentCommand,
  programCommand,
];

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: ilio <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `ilio <command> --help` for a command's options.",
    "",
  ].join("\n");
}

/** True when the message of an error is meant for the user as it is. */
function isUserFacing(error: unknown): error is Error {
  return (
    error instanceof CliError ||
    (error instanceof TypeError &&
      "code" in error &&
      String(error.code).startsWith("ERR_PARSE_ARGS"))
  );
}

/** Runs `ilio` with `argv` (without node and the script); resolves to the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CommandIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(overview(commands));
    return name === undefined ? 1 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr.write(`ilio: unknown command "${name}". Run \`ilio --help\` to see the commands.\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const message = isUserFacing(error)
      ? error.message
      : `${command.name} failed unexpectedly: ${describeError(error)}.`;
    io.stderr.write(`ilio ${command.name}: ${message}\n`);
    return 1;
  }
}
