// The public surface of @ilio/cli: the command type for commands in other files, the
// registry and the runner (tests call runCli in-process).
export { CliError, envOf, type Command, type CommandIo } from "./command.ts";
export { COMMANDS, runCli } from "./main.ts";
