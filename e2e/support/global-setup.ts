// Global setup of the e2e project: check that Chromium is installed (one line saying how to
// install it when not), build the web app if dist is missing or stale, start the real
// server with a temporary SQLite database, and hand its URL to the tests. The returned
// teardown stops the server. Set ILIO_E2E_BASE_URL to test a server that is already
// running instead.
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH } from "./paths.ts";
import { startServerOrThrow } from "./server-process.ts";
import { ensureWebBuildOrThrow } from "./web-build.ts";

/** Starts what the browser tests need; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    process.stderr.write(
      `Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install -y --no-install-recommends chromium\`.\n`,
    );
    process.exit(1);
  }
  const external = process.env.ILIO_E2E_BASE_URL;
  if (external !== undefined && external !== "") {
    project.provide("ilioBaseUrl", external);
    return () => Promise.resolve();
  }
  ensureWebBuildOrThrow();
  const server = await startServerOrThrow();
  process.stdout.write(`e2e: \`ilio serve\` is listening on ${server.baseUrl}\n`);
  process.env.ILIO_E2E_BASE_URL = server.baseUrl;
  project.provide("ilioBaseUrl", server.baseUrl);
  return async () => {
    delete process.env.ILIO_E2E_BASE_URL;
    await server.stop();
  };
}
