// The types every part of the access layer shares: what it needs to run, and the result of
// a records read (the rows, or why not). Types only; no queries live here.
import type { Kysely } from "kysely";
import type { Clock } from "../clock.ts";
import type { DatabaseSchema } from "../storage/database-schema.ts";

/** What the access layer needs. */
export interface AccessDependencies {
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
}

/** The result of a records read: the rows, or why not. */
export type RecordsResult<T> =
  | { readonly ok: true; readonly records: readonly T[] }
  | { readonly ok: false; readonly reason: "anonymous" | "role" | "no-care-link" };
