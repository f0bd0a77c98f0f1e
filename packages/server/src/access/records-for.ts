// The only way to reach a patient's records: `recordsFor(actor, deps)` binds the actor,
// then each read (1) looks up the care link, (2) asks the policy, (3) writes the audit
// entry for any read of someone else's records, allowed or denied, and (4) runs the query
// with the care-link condition in its WHERE clause, all in one transaction. A patient
// reading their own records is not audited (it discloses nothing to anyone else).
import type { Kysely, SelectQueryBuilder } from "kysely";
import type { Clock } from "../clock.ts";
import type { AssessmentRow, DatabaseSchema } from "../storage/database-schema.ts";
import type { Actor } from "./actor.ts";
import { appendAuditEntry } from "./audit-log.repository.ts";
import { hasActiveCareLink } from "./care-links.repository.ts";
import { canReadPatientRecords } from "./policies.ts";

/** What the access layer needs. */
export interface AccessDependencies {
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
}

/** The result of a records read: the rows, or why not. */
export type RecordsResult<T> =
  | { readonly ok: true; readonly records: readonly T[] }
  | { readonly ok: false; readonly reason: "anonymous" | "role" | "no-care-link" };

/**
 * Restricts a query on a patient-owned table to what the actor may see: their own rows,
 * or, for a clinician, rows of patients with an active care link to them.
 */
export function visibleTo<O>(
  query: SelectQueryBuilder<DatabaseSchema, "assessments", O>,
  actor: Actor,
): SelectQueryBuilder<DatabaseSchema, "assessments", O> {
  if (actor.kind === "anonymous") {
    return query.where((eb) => eb.val(false));
  }
  return query.where((eb) =>
    eb.or([
      eb("assessments.patient_id", "=", actor.id),
      eb(
        "assessments.patient_id",
        "in",
        eb
          .selectFrom("care_links")
          .select("care_links.patient_id")
          .where("care_links.clinician_id", "=", actor.id)
          .where("care_links.active", "=", 1),
      ),
    ]),
  );
}

type Decision = ReturnType<typeof canReadPatientRecords>;

/**
 * Decides whether `actor` may read `patientId`'s records and, for anyone but the patient,
 * writes the audit entry (allowed or denied) inside `trx`.
 */
async function decideAndAudit(
  trx: Kysely<DatabaseSchema>,
  actor: Actor,
  patientId: string,
  recordId: string | null,
  clock: Clock,
): Promise<Decision> {
  const other = actor.kind === "user" && actor.id !== patientId;
  const linked =
    other && actor.role === "clinician" ? await hasActiveCareLink(trx, actor.id, patientId) : false;
  const decision = canReadPatientRecords(actor, patientId, linked);
  if (other) {
    await appendAuditEntry(trx, {
      actorId: actor.id,
      action: "read",
      subjectPatientId: patientId,
      recordType: "assessment",
      recordId,
      allowed: decision.allowed,
      at: clock.now(),
    });
  }
  return decision;
}

/** Binds the access layer to an actor. */
export function recordsFor(actor: Actor, deps: AccessDependencies) {
  return {
    /** The patient's assessments, newest first. */
    assessmentsOf(patientId: string): Promise<RecordsResult<AssessmentRow>> {
      return deps.db.transaction().execute(async (trx) => {
        const decision = await decideAndAudit(trx, actor, patientId, null, deps.clock);
        if (!decision.allowed) {
          return { ok: false, reason: decision.reason };
        }
        const records = await visibleTo(trx.selectFrom("assessments").selectAll(), actor)
          .where("assessments.patient_id", "=", patientId)
          .orderBy("assessments.created_at", "desc")
          .orderBy("assessments.id", "desc")
          .execute();
        return { ok: true, records };
      });
    },

    /** One assessment of the patient, audited with its record id. */
    assessment(patientId: string, id: string): Promise<RecordsResult<AssessmentRow>> {
      return deps.db.transaction().execute(async (trx) => {
        const decision = await decideAndAudit(trx, actor, patientId, id, deps.clock);
        if (!decision.allowed) {
          return { ok: false, reason: decision.reason };
        }
        const records = await visibleTo(trx.selectFrom("assessments").selectAll(), actor)
          .where("assessments.patient_id", "=", patientId)
          .where("assessments.id", "=", id)
          .execute();
        return { ok: true, records };
      });
    },
  };
}
