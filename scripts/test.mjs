// `npm test`: unit, integration (SQLite and PostgreSQL) and browser tests in one vitest run.
// Before running it checks what the suite needs from the machine and, when something is
// missing, fails with one line saying what to install (it never silently skips).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const needs = [
  [
    existsSync(chromium),
    `Chromium not found at ${chromium}: run \`apt-get install -y --no-install-recommends chromium\`.`,
  ],
  [existsSync("/usr/lib/postgresql"), "PostgreSQL not found: run `apt-get install -y postgresql`."],
];
for (const [ok, message] of needs) {
  if (!ok) {
    console.error(message);
    process.exit(1);
  }
}
const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
if (build.status !== 0) {
  process.exit(build.status ?? 1);
}
const res = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, NO_COLOR: "1", TZ: "UTC" },
});
process.exit(res.status ?? 1);
