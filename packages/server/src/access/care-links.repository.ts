// Reads and writes `care_links`: which clinician may see which patient's records. Only the
// access layer reads it to decide; routes for linking patients come later and use it too.
import type { Kysely } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { CareLinkRow, DatabaseSchema } from "../storage/database-schema.ts";

/** True when `clinicianId` has an active care link to `patientId`. */
export async function hasActiveCareLink(
  db: Kysely<DatabaseSchema>,
  clinicianId: string,
  patientId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("care_links")
    .select("id")
    .where("clinician_id", "=", clinicianId)
    .where("patient_id", "=", patientId)
    .where("active", "=", 1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Creates a care link (active unless told otherwise). */
export async function insertCareLink(
  db: Kysely<DatabaseSchema>,
  link: { clinicianId: string; patientId: string; active: boolean; createdAt: Date },
): Promise<CareLinkRow> {
  const row: CareLinkRow = {
    id: uuidv7(),
    clinician_id: link.clinicianId,
    patient_id: link.patientId,
    active: link.active ? 1 : 0,
    created_at: link.createdAt.toISOString(),
  };
  await db.insertInto("care_links").values(row).execute();
  return row;
}
