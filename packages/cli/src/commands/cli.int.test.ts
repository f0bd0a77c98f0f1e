// The `ilio` executable end to end on both databases: spawned through bin/ilio.js as a
// user would run it, checking exit codes, output and the database it leaves behind.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASES, type TestDatabase } from "../../../../test/databases.ts";

const BIN = fileURLToPath(new URL("../../bin/ilio.js", import.meta.url));

function ilio(args: string[], env: Record<string, string>, input = "") {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, ...env, LOG_LEVEL: "warn" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

for (const database of DATABASES) {
  describe(`ilio CLI [${database.name}]`, () => {
    let test: TestDatabase;

    beforeEach(async () => {
      test = await database.create({ migrate: false });
    });
    afterEach(async () => {
      await test.destroy();
    });

    it("migrates a fresh database with `ilio migrate`, then reports it up to date", async () => {
      const first = ilio(["migrate"], { DATABASE_URL: test.url });
      expect(first).toMatchObject({ code: 0, stderr: "" });
      expect(first.stdout).toContain("0001-accounts");
      const tables = (await test.db.introspection.getTables()).map((t) => t.name);
      expect(tables).toContain("users");
      expect(ilio(["migrate"], { DATABASE_URL: test.url }).stdout).toBe(
        "The database is up to date.\n",
      );
    });

    it("creates an admin from --password-stdin and refuses a duplicate or a short password", async () => {
      const created = ilio(
        ["admin", "create", "--email", "Root@Example.org", "--password-stdin"],
        { DATABASE_URL: test.url },
        "an admin passphrase\n",
      );
      expect(created.code).toBe(0);
      const row = await test.db
        .selectFrom("users")
        .select(["email", "role"])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ email: "root@example.org", role: "admin" });
      const again = ilio(
        ["admin", "create", "--email", "root@example.org", "--password-stdin"],
        { DATABASE_URL: test.url },
        "an admin passphrase\n",
      );
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("already exists");
      const short = ilio(
        ["admin", "create", "--email", "x@example.org", "--password-stdin"],
        { DATABASE_URL: test.url },
        "short\n",
      );
      expect(short).toMatchObject({ code: 1 });
      expect(short.stderr).toContain("at least 10 characters");
      expect(short.stderr).not.toMatch(/\n\s+at /);
      expect((await test.db.selectFrom("users").select("id").execute()).length).toBe(1);
    });

    it("serves until SIGTERM, then stops cleanly with exit code 0", async () => {
      const child = spawn(process.execPath, [BIN, "serve", "--port", "0"], {
        env: {
          ...process.env,
          DATABASE_URL: test.url,
          LOG_LEVEL: "warn",
          WEB_DIST_DIR: "/nonexistent",
        },
      });
      let stdout = "";
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /listening on (\S+)/.exec(stdout);
          if (match?.[1] !== undefined) {
            resolve(match[1]);
          }
        });
        child.on("exit", (code) =>
          reject(new Error(`exited early with ${String(code)}: ${stdout}`)),
        );
      });
      expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: "ok" });
      const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stdout).toContain("Ilio stopped.");
    });
  });
}
