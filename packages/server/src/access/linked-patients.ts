// The care-link condition as a subquery, so every records query can carry it in its WHERE
// clause (defence in depth behind the policy decision). Reads `care_links` only.
import type { ExpressionBuilder } from "kysely";
import type { DatabaseSchema } from "../storage/database-schema.ts";

/** The ids of the patients with an active care link to `clinicianId`, as a subquery. */
export function linkedPatientIds(
  eb: ExpressionBuilder<DatabaseSchema, keyof DatabaseSchema>,
  clinicianId: string,
) {
  return eb
    .selectFrom("care_links")
    .select("care_links.patient_id")
    .where("care_links.clinician_id", "=", clinicianId)
    .where("care_links.active", "=", 1);
}
