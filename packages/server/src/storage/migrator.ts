// Runs the versioned migrations with Kysely's Migrator and a static provider: the list is
// imported here, not read from the directory, so it works under tsx and in any bundle. It
// must not contain schema changes itself: each lives in migrations/NNNN-name.ts.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from "kysely";
import * as m0001 from "./migrations/0001-accounts.ts";
import * as m0002 from "./migrations/0002-care-and-records.ts";
import * as m0003 from "./migrations/0003-assessment-interviews.ts";
import * as m0004 from "./migrations/0004-programs-and-sessions.ts";

/** Every migration, keyed by name; names sort in the order they must run. */
const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001-accounts": m0001,
  "0002-care-and-records": m0002,
  "0003-assessment-interviews": m0003,
  "0004-programs-and-sessions": m0004,
};

const staticProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};

/** What a migration run did. */
export type MigrationOutcome =
  | { readonly ok: true; readonly applied: readonly string[] }
  | { readonly ok: false; readonly failed: string | null; readonly reason: string };

/** Brings a database to the latest migration; never throws for a failed step. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: staticProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  const applied = results.filter((r) => r.status === "Success").map((r) => r.migrationName);
  if (error === undefined) {
    return { ok: true, applied };
  }
  const failed = results.find((r) => r.status === "Error")?.migrationName ?? null;
  return { ok: false, failed, reason: error instanceof Error ? error.message : "unknown error" };
}

/** Same as migrateToLatest, but throws when a migration fails. */
export async function migrateToLatestOrThrow<DB>(db: Kysely<DB>): Promise<readonly string[]> {
  const outcome = await migrateToLatest(db);
  if (!outcome.ok) {
    throw new Error(`Migration ${outcome.failed ?? "(unknown)"} failed: ${outcome.reason}`);
  }
  return outcome.applied;
}

/** The names of all known migrations, in order. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS).sort();
