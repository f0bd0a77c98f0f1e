// The databases every integration suite runs against, as Kysely's own tests loop over
// dialects: SQLite on a real temporary file (WAL and all, not :memory:) and a fresh
// PostgreSQL database on the cluster test/postgres-global-setup.ts started.
// ILIO_TEST_DATABASES=sqlite narrows a local run; CI runs both.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Kysely } from "kysely";
import pg from "pg";
import {
  migrateToLatestOrThrow,
  openDatabase,
  type Database,
  type DatabaseSchema,
} from "@ilio/server";

/** One fresh database for one suite. */
export interface TestDatabase {
  readonly db: Kysely<DatabaseSchema>;
  /** The DATABASE_URL that opens the same database (for the CLI). */
  readonly url: string;
  /** The open handle (its `close` ends the connections; `destroy` calls it). */
  readonly database: Database;
  /** Closes the connections and removes the database. */
  destroy(): Promise<void>;
}

/** How a suite gets a database. */
export interface DatabaseKind {
  readonly name: "sqlite" | "postgres";
  /** A fresh, empty database; migrated to the latest version unless `migrate: false`. */
  create(options?: { migrate?: boolean }): Promise<TestDatabase>;
}

async function finish(
  database: Database,
  url: string,
  migrate: boolean,
  cleanup: () => Promise<void>,
): Promise<TestDatabase> {
  if (migrate) {
    await migrateToLatestOrThrow(database.db);
  }
  let closed = false;
  return {
    db: database.db,
    url,
    database,
    destroy: async () => {
      if (!closed) {
        closed = true;
        await database.close();
      }
      await cleanup();
    },
  };
}

const sqlite: DatabaseKind = {
  name: "sqlite",
  async create(options = {}) {
    const dir = mkdtempSync(join(tmpdir(), "ilio-test-"));
    const filename = join(dir, "ilio.db");
    const database = openDatabase({ kind: "sqlite", filename });
    return finish(database, `sqlite:${filename}`, options.migrate ?? true, () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    });
  },
};

function postgresClusterUrlOrThrow(): string {
  const url = process.env.ILIO_TEST_POSTGRES_URL;
  if (url === undefined || url === "") {
    throw new Error(
      "ILIO_TEST_POSTGRES_URL is unset: run integration tests through vitest's global setup.",
    );
  }
  return url;
}

async function runAdmin(clusterUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const postgres: DatabaseKind = {
  name: "postgres",
  async create(options = {}) {
    const clusterUrl = postgresClusterUrlOrThrow();
    const name = `ilio_test_${randomBytes(6).toString("hex")}`;
    await runAdmin(clusterUrl, `CREATE DATABASE ${name}`);
    const url = new URL(clusterUrl);
    url.pathname = `/${name}`;
    const database = openDatabase(
      { kind: "postgres", connectionString: url.toString() },
      (error) => {
        console.error(`idle pg error in ${name}: ${error.message}`);
      },
    );
    return finish(database, url.toString(), options.migrate ?? true, () =>
      runAdmin(clusterUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    );
  },
};

const wanted = (process.env.ILIO_TEST_DATABASES ?? "sqlite,postgres")
  .split(",")
  .map((s) => s.trim());

/** The databases this run covers, SQLite first. */
export const DATABASES: readonly DatabaseKind[] = [sqlite, postgres].filter((d) =>
  wanted.includes(d.name),
);
