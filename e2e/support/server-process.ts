// Starts the real Ilio server (`ilio serve`, the same command people run) for the browser
// tests: on a free loopback port, with a fresh SQLite file in a temporary directory, and
// serving packages/web/dist. It waits until /readyz answers, and on failure throws with
// the server's own output so the cause is visible. `stop()` ends the process (TERM, then
// KILL if it lingers) and removes the temporary directory.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_BIN, REPO_ROOT, WEB_DIST } from "./paths.ts";

/** A server started for the tests. */
export interface RunningServer {
  readonly baseUrl: string;
  readonly stop: () => Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 100;
const STOP_GRACE_MS = 5_000;

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() =>
        port === 0 ? reject(new Error("No free port found.")) : resolvePort(port),
      );
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolveExit();
      return;
    }
    child.once("exit", () => resolveExit());
  });
}

async function isReady(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/readyz`);
    return response.ok;
  } catch {
    return false;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolveDelay) => setTimeout(resolveDelay, ms));
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  await exited(child);
  clearTimeout(timer);
}

/**
 * Starts `ilio serve` and resolves once it is ready; throws with its output otherwise.
 * `databaseUrl` replaces the temporary SQLite file (e.g. a throwaway PostgreSQL cluster).
 */
export async function startServerOrThrow(
  options: { readonly databaseUrl?: string } = {},
): Promise<RunningServer> {
  if (!existsSync(CLI_BIN)) {
    throw new Error(`${CLI_BIN} is missing: the e2e tests run the real \`ilio serve\`.`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), "ilio-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [CLI_BIN, "serve"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: options.databaseUrl ?? `sqlite:${join(dataDir, "ilio.db")}`,
      WEB_DIST_DIR: WEB_DIST,
      LOG_LEVEL: "warn",
      // Each browser context sends its own X-Forwarded-For address (see browser.ts), so the
      // per-IP sign-in and sign-up limits stay on without the suite tripping over them.
      TRUST_PROXY: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // If the test run itself dies without teardown, the server must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const stop = async () => {
    process.off("exit", killOnExit);
    await stopProcess(child);
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await isReady(baseUrl))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `\`ilio serve\` exited (code ${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`\`ilio serve\` was not ready at ${baseUrl}/readyz within 60 s:\n${output}`);
    }
    await delay(POLL_INTERVAL_MS);
  }
  return { baseUrl, stop };
}
