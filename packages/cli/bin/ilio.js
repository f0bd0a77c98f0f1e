#!/usr/bin/env node
// The `ilio` executable: registers tsx so the TypeScript sources run as they are (no build
// step), then hands argv and the process streams to src/main.ts. Nothing else lives here.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/main.ts");
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
