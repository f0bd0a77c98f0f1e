// Appends to `audit_log`. Append-only: there is no update or delete here, and nothing else
// in the server writes the table. Entries hold bare ids, never names or record contents.
import type { Kysely } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { AuditLogRow, DatabaseSchema } from "../storage/database-schema.ts";

/** One audited access. */
export interface AuditEntry {
  readonly actorId: string;
  /** "write" for changes a clinician makes to a patient's records (program overrides). */
  readonly action: "read" | "write";
  readonly subjectPatientId: string;
  readonly recordType: string;
  readonly recordId: string | null;
  readonly allowed: boolean;
  readonly at: Date;
}

/** Writes one entry; call it inside the transaction of the access it records. */
export async function appendAuditEntry(
  db: Kysely<DatabaseSchema>,
  entry: AuditEntry,
): Promise<void> {
  const row: AuditLogRow = {
    id: uuidv7(),
    actor_id: entry.actorId,
    action: entry.action,
    subject_patient_id: entry.subjectPatientId,
    record_type: entry.recordType,
    record_id: entry.recordId,
    allowed: entry.allowed ? 1 : 0,
    at: entry.at.toISOString(),
  };
  await db.insertInto("audit_log").values(row).execute();
}
