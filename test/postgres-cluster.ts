// A throwaway PostgreSQL cluster for tests: Debian's postgresql binaries, initdb into a
// temporary directory, started on a free loopback port and removed afterwards. When the
// binaries are missing it throws one sentence saying what to install; it never skips.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PostgresCluster {
  readonly url: string;
  stop(): void;
}

function findBinDirOrThrow(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const dir = join(root, v, "bin");
    if (existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"))) {
      return dir;
    }
  }
  throw new Error(
    "PostgreSQL server binaries not found: run `apt-get install -y postgresql` (tests need a real PostgreSQL).",
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findBinDirOrThrow();
  const base = mkdtempSync(join(tmpdir(), "ilio-pg-"));
  chmodSync(base, 0o755);
  const data = join(base, "data");
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: run its binaries as the postgres OS user.
  const run = (cmd: string, args: string[]) => {
    const full = join(bin, cmd);
    const res = asRoot
      ? spawnSync("runuser", ["-u", "postgres", "--", full, ...args], { encoding: "utf8" })
      : spawnSync(full, args, { encoding: "utf8" });
    if (res.status !== 0) {
      throw new Error(`${cmd} failed: ${res.stderr || res.stdout}`);
    }
  };
  if (asRoot) {
    execFileSync("chown", ["postgres:postgres", base]);
  }
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    join(base, "log"),
    "-w",
    "start",
    "-o",
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${base} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
