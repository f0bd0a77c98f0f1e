// Reads and writes `session_logs` for their owner. Inserts never overwrite: a client id
// already in the table is reported as a value so the route can tell an identical replay
// (same body hash) from a conflict. Reads for clinicians go through the access layer.
import type { Kysely } from "kysely";
import type { DatabaseSchema, SessionLogRow } from "../storage/database-schema.ts";

/** Session log `id` whoever owns it (the caller compares owner, program and body hash). */
export async function findSessionLog(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<SessionLogRow | undefined> {
  return db.selectFrom("session_logs").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Inserts a session log; false when the id is already in the table (nothing written). */
export async function insertSessionLog(
  db: Kysely<DatabaseSchema>,
  row: SessionLogRow,
): Promise<boolean> {
  // ON CONFLICT DO NOTHING: two replays racing each other store one row, on both drivers.
  const result = await db
    .insertInto("session_logs")
    .values(row)
    .onConflict((conflict) => conflict.column("id").doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}
