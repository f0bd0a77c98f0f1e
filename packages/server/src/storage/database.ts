// Opens a Kysely instance over better-sqlite3 or pg for a storage target. SQLite gets WAL,
// foreign keys and a busy timeout on every connection; PostgreSQL gets a pool. It must not
// run migrations (see migrator.ts) or know about any table.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { DatabaseSchema } from "./database-schema.ts";
import type { StorageTarget } from "./database-url.ts";

/** The database dialect in use; repositories branch on it only where SQL differs. */
export type Dialect = "sqlite" | "postgres";

/** An open database: the Kysely handle, its dialect and how to close it. */
export interface Database {
  readonly db: Kysely<DatabaseSchema>;
  readonly dialect: Dialect;
  /** Closes every connection; further queries fail. */
  close(): Promise<void>;
}

/**
 * Opens the database a target names, creating the SQLite file's directory when needed.
 * `onIdleError` hears about PostgreSQL connections lost while idle (for logging).
 */
export function openDatabase(
  target: StorageTarget,
  onIdleError?: (error: Error) => void,
): Database {
  switch (target.kind) {
    case "sqlite":
    case "sqlite-memory": {
      const filename = target.kind === "sqlite" ? target.filename : ":memory:";
      if (target.kind === "sqlite") {
        mkdirSync(dirname(target.filename), { recursive: true });
      }
      const sqlite = new SqliteDatabase(filename);
      // WAL lets readers run beside the single writer; foreign keys are off by default in
      // SQLite (https://sqlite.org/foreignkeys.html#fk_enable); busy_timeout waits for a
      // lock instead of failing at once with SQLITE_BUSY.
      sqlite.pragma("journal_mode = WAL");
      sqlite.pragma("foreign_keys = ON");
      sqlite.pragma("busy_timeout = 5000");
      sqlite.pragma("synchronous = NORMAL");
      const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
      return { db, dialect: "sqlite", close: () => db.destroy() };
    }
    case "postgres": {
      const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
      // An idle client can lose its connection (server restart, admin termination). pg
      // emits that on the pool and, unhandled, it would crash the process; the pool has
      // already dropped the client and the next query reconnects
      // (https://node-postgres.com/apis/pool#error).
      pool.on("error", (error) => {
        onIdleError?.(error);
      });
      const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
      return { db, dialect: "postgres", close: () => db.destroy() };
    }
  }
}
