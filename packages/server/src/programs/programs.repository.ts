// Reads and writes `programs` for their owner. Every write names the owner in its WHERE
// clause; reads of someone else's programs go through access/records-for.ts instead, never
// through here. Returns rows; presenters turn them into API shapes. An id already taken is
// a value, not a throw.
import type { Kysely } from "kysely";
import type { DatabaseSchema, ProgramRow } from "../storage/database-schema.ts";

/** Who owns program `id`, if it exists. Reveals nothing else about the record. */
export async function findProgramOwner(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("programs")
    .select("patient_id")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.patient_id;
}

/** The caller's own program `id`, or undefined (missing, or someone else's). */
export async function findOwnedProgram(
  db: Kysely<DatabaseSchema>,
  ownerId: string,
  id: string,
): Promise<ProgramRow | undefined> {
  return db
    .selectFrom("programs")
    .selectAll()
    .where("id", "=", id)
    .where("patient_id", "=", ownerId)
    .executeTakeFirst();
}

/** Inserts a program; false when the id is already in the table (nothing written). */
export async function insertProgram(db: Kysely<DatabaseSchema>, row: ProgramRow): Promise<boolean> {
  // ON CONFLICT DO NOTHING: a taken id inserts no row instead of raising, on both drivers.
  const result = await db
    .insertInto("programs")
    .values(row)
    .onConflict((conflict) => conflict.column("id").doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n;
}

/** Replaces the overrides and plan of the patient's program `id`; the updated row, if any. */
export async function updateProgramPlan(
  db: Kysely<DatabaseSchema>,
  update: { id: string; patientId: string; overridesJson: string; planJson: string; now: Date },
): Promise<ProgramRow | undefined> {
  const result = await db
    .updateTable("programs")
    .set({
      overrides_json: update.overridesJson,
      plan_json: update.planJson,
      updated_at: update.now.toISOString(),
    })
    .where("id", "=", update.id)
    .where("patient_id", "=", update.patientId)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    return undefined;
  }
  return findOwnedProgram(db, update.patientId, update.id);
}
