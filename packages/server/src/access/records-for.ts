// The only way to reach a patient's records: `recordsFor(actor, deps)` binds the actor,
// then each read (1) looks up the care link, (2) asks the policy, (3) writes the audit
// entry for any read of someone else's records, allowed or denied, and (4) runs the query
// with the care-link condition in its WHERE clause, all in one transaction. A patient
// reading their own records is not audited (it discloses nothing to anyone else).
import type { SelectQueryBuilder } from "kysely";
import type { AssessmentRow, DatabaseSchema } from "../storage/database-schema.ts";
import type { Actor } from "./actor.ts";
import { decideAndAudit } from "./decide-and-audit.ts";
import { linkedPatientIds } from "./linked-patients.ts";
import { programRecords } from "./program-records.ts";
import type { AccessDependencies, RecordsResult } from "./records-result.ts";

export type { AccessDependencies, RecordsResult } from "./records-result.ts";

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
      eb("assessments.patient_id", "in", linkedPatientIds(eb, actor.id)),
    ]),
  );
}

/** Binds the access layer to an actor. */
export function recordsFor(actor: Actor, deps: AccessDependencies) {
  return {
    ...programRecords(actor, deps),
    /** The patient's assessments, newest first. */
    assessmentsOf(patientId: string): Promise<RecordsResult<AssessmentRow>> {
      return deps.db.transaction().execute(async (trx) => {
        const decision = await decideAndAudit(trx, actor, deps.clock, {
          patientId,
          recordType: "assessment",
          recordId: null,
        });
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
        const decision = await decideAndAudit(trx, actor, deps.clock, {
          patientId,
          recordType: "assessment",
          recordId: id,
        });
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
