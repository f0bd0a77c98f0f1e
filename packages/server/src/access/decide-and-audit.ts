// The decision step every records read (and clinician write) shares: look up the care link,
// ask the policy, and, for anyone but the patient, append the audit entry (allowed or
// denied) inside the caller's transaction. It must not run the records query itself:
// records-for.ts and program-records.ts do, with the care-link condition in their WHERE.
import type { Kysely } from "kysely";
import type { Clock } from "../clock.ts";
import type { DatabaseSchema } from "../storage/database-schema.ts";
import type { Actor } from "./actor.ts";
import { appendAuditEntry, type AuditEntry } from "./audit-log.repository.ts";
import { hasActiveCareLink } from "./care-links.repository.ts";
import { canReadPatientRecords, type Decision } from "./policies.ts";

/** What is being reached: whose records, which kind, which one (null for a list). */
export interface RecordTarget {
  readonly patientId: string;
  readonly recordType: "assessment" | "program" | "session-log";
  readonly recordId: string | null;
  /** Defaults to "read". */
  readonly action?: AuditEntry["action"];
}

/**
 * Decides whether `actor` may reach `target` and, for anyone but the patient, writes the
 * audit entry (allowed or denied) inside `trx`.
 */
export async function decideAndAudit(
  trx: Kysely<DatabaseSchema>,
  actor: Actor,
  clock: Clock,
  target: RecordTarget,
): Promise<Decision> {
  const { patientId } = target;
  const other = actor.kind === "user" && actor.id !== patientId;
  const linked =
    other && actor.role === "clinician" ? await hasActiveCareLink(trx, actor.id, patientId) : false;
  const decision = canReadPatientRecords(actor, patientId, linked);
  if (other) {
    await appendAuditEntry(trx, {
      actorId: actor.id,
      action: target.action ?? "read",
      subjectPatientId: patientId,
      recordType: target.recordType,
      recordId: target.recordId,
      allowed: decision.allowed,
      at: clock.now(),
    });
  }
  return decision;
}
