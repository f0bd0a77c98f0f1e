// HTTP overhead: the real app against a bare node:http server doing the same work, in the
// same run, each in its own process, measured by autocannon from this process. Targets:
// GET /healthz (framework and plugin cost) and GET /api/v1/me with a session cookie
// (cookie parse, sha256, one SQLite lookup). DESIGN.md's budget for API routes is
// ≥ 60 % of bare; this section reports the ratio for the routes that exist today.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createAccount, migrateToLatestOrThrow, openDatabase, systemClock } from "@ilio/server";
import { newToken, sessionIdFor } from "../packages/server/src/auth/session-token.ts";
import { insertSession } from "../packages/server/src/accounts/sessions.repository.ts";
import type { BenchModule } from "./bench-module.ts";

const DURATION_S = 5;
const CONNECTIONS = 10;
const serverPath = (name: string) => fileURLToPath(new URL(`./servers/${name}`, import.meta.url));

async function seed(filename: string): Promise<string> {
  const database = openDatabase({ kind: "sqlite", filename });
  await migrateToLatestOrThrow(database.db);
  const created = await createAccount(database.db, systemClock, {
    email: "bench@example.org",
    password: "bench password 1",
    role: "patient",
    displayName: "Bench",
  });
  if (!created.ok) {
    throw new Error("bench: could not create the user");
  }
  const token = newToken();
  await insertSession(database.db, {
    id: sessionIdFor(token),
    userId: created.user.id,
    csrfToken: newToken(),
    now: new Date(),
    ttlMs: 86_400_000,
  });
  await database.close();
  return token;
}

async function start(
  script: string,
  args: string[],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", serverPath(script), ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PORT (\d+)/.exec(out);
      if (match?.[1] !== undefined) {
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`${script} exited with ${String(code)}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

interface Measured {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
}

async function measure(url: string, cookie?: string): Promise<Measured> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    ...(cookie === undefined ? {} : { headers: { cookie } }),
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`bench: ${url} answered ${result.non2xx} non-2xx and ${result.errors} errors`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const row = (target: string, app: Measured, bare: Measured) =>
  `| ${target} | ${Math.round(app.rps).toLocaleString("en")} | ${app.p50} / ${app.p99} | ${Math.round(bare.rps).toLocaleString("en")} | ${bare.p50} / ${bare.p99} | ${Math.round((100 * app.rps) / bare.rps)} % |`;

const bench: BenchModule = {
  name: "http",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "ilio-bench-"));
    const filename = join(dir, "bench.db");
    const children: ChildProcess[] = [];
    try {
      const token = await seed(filename);
      const app = await start("app-server.ts", [filename]);
      children.push(app.child);
      const sample = await fetch(`${app.url}/healthz`);
      const skip = new Set([
        "date",
        "connection",
        "keep-alive",
        "content-length",
        "content-type",
        "x-request-id",
      ]);
      const headers = Object.fromEntries([...sample.headers].filter(([k]) => !skip.has(k)));
      const bare = await start("bare-server.ts", [filename, JSON.stringify(headers)]);
      children.push(bare.child);
      const cookie = `ilio_session=${token}`;
      await measure(`${app.url}/healthz`);
      const healthApp = await measure(`${app.url}/healthz`);
      const healthBare = await measure(`${bare.url}/healthz`);
      const meApp = await measure(`${app.url}/api/v1/me`, cookie);
      const meBare = await measure(`${bare.url}/api/v1/me`, cookie);
      return [
        "## HTTP: app vs bare node:http",
        "",
        `autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per target, each server in its own process, SQLite (WAL) on a temp file, logging and rate limits off in the app. Latency in ms.`,
        "",
        "| target | app req/s | app p50 / p99 | bare req/s | bare p50 / p99 | app / bare |",
        "|---|---|---|---|---|---|",
        row("GET /healthz", healthApp, healthBare),
        row("GET /api/v1/me (session cookie)", meApp, meBare),
      ].join("\n");
    } finally {
      for (const child of children) {
        child.kill("SIGTERM");
      }
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
