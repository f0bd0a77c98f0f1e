// Reads one assessment for an actor through the access layer: find whose it is, then ask
// recordsFor(actor) for that one assessment, which applies the care-link policy and
// writes the audit entry for any read of someone else's records, allowed or denied. A
// missing id is 404; an existing one the actor may not read is 403 (and audited).
import type { Kysely } from "kysely";
import type { Actor } from "../access/actor.ts";
import { recordsFor } from "../access/records-for.ts";
import type { Clock } from "../clock.ts";
import { ApiError } from "../errors/api-error.ts";
import type { AssessmentRow, DatabaseSchema } from "../storage/database-schema.ts";
import { findAssessmentOwner } from "./assessments.repository.ts";

/** The error for an assessment id that does not exist (or is not the caller's to change). */
export function assessmentNotFound(id: string): ApiError {
  return new ApiError("ILIO_ERR_REQUEST_NOT_FOUND", `There is no assessment ${id}.`);
}

/** The assessment `id` if `actor` may read it; throws 404 or 403 otherwise. */
export async function readableAssessmentOrThrow(
  actor: Actor,
  id: string,
  deps: { readonly db: Kysely<DatabaseSchema>; readonly clock: Clock },
): Promise<AssessmentRow> {
  const owner = await findAssessmentOwner(deps.db, id);
  if (owner === undefined) {
    throw assessmentNotFound(id);
  }
  const access = await recordsFor(actor, deps).assessment(owner, id);
  if (!access.ok) {
    throw new ApiError("ILIO_ERR_ACCESS_DENIED", "You have no access to this patient's records.");
  }
  const row = access.records.find((r) => r.id === id);
  if (row === undefined) {
    throw assessmentNotFound(id);
  }
  return row;
}
