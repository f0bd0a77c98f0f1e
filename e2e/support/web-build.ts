// Makes sure packages/web/dist is a build of the current sources before the browser tests
// run: `npm test` builds first, but `npx vitest run --project e2e` alone must work too. A
// build counts as stale when any source file is newer than dist/index.html.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, WEB_DIR, WEB_DIST } from "./paths.ts";

const SOURCES = ["src", "public", "index.html", "vite.config.ts", "package.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) {
    return 0;
  }
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when dist is missing or older than a source file. */
export function isWebBuildStale(): boolean {
  const index = join(WEB_DIST, "index.html");
  if (!existsSync(index)) {
    return true;
  }
  const built = statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(WEB_DIR, source)) > built);
}

/** Builds the web app when needed; throws with the build output when the build fails. */
export function ensureWebBuildOrThrow(): void {
  if (!isWebBuildStale()) {
    return;
  }
  const build = spawnSync("npm", ["run", "build", "--workspace", "@ilio/web"], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    // Vitest sets NODE_ENV=test, which would make Vite build a development bundle.
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (build.status !== 0) {
    throw new Error(`Building the web app failed:\n${build.stdout}\n${build.stderr}`);
  }
}
