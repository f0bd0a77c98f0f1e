// Opens and migrates the database DATABASE_URL names, for the commands that need one. A
// bad URL or a failed migration is a CliError sentence, never a stack trace.
import { migrateToLatest, openDatabase, parseDatabaseUrl, type Database } from "@ilio/server";
import { CliError, describeError } from "./command.ts";

/** Opens the database at `url` (the default SQLite file when unset) or throws a CliError. */
export function openDatabaseOrThrow(url: string | undefined, cwd: string): Database {
  const parsed = parseDatabaseUrl(url, cwd);
  if (!parsed.ok) {
    throw new CliError(parsed.reason);
  }
  return openDatabase(parsed.target);
}

/** Migrates to the latest version; closes the database and throws a CliError on failure. */
export async function migrateOrThrow(database: Database): Promise<readonly string[]> {
  let outcome;
  try {
    outcome = await migrateToLatest(database.db);
  } catch (error) {
    await database.close();
    throw new CliError(`could not reach the database (${describeError(error)}).`);
  }
  if (!outcome.ok) {
    await database.close();
    throw new CliError(`migration ${outcome.failed ?? "(unknown)"} failed: ${outcome.reason}`);
  }
  return outcome.applied;
}
