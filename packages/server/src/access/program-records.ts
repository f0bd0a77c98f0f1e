// Programs and session logs through the access layer, the same way records-for.ts reaches
// assessments: in one transaction, decide with the care-link policy, audit any access to
// someone else's records (allowed or denied), then query with the care-link condition in
// the WHERE clause. A clinician changing a program's overrides is audited as a "write".
// Spread into recordsFor(actor); never called by routes directly.
import type { Kysely } from "kysely";
import type { DatabaseSchema, ProgramRow, SessionLogRow } from "../storage/database-schema.ts";
import type { Actor } from "./actor.ts";
import { decideAndAudit, type RecordTarget } from "./decide-and-audit.ts";
import { linkedPatientIds } from "./linked-patients.ts";
import type { AccessDependencies, RecordsResult } from "./records-result.ts";

/** The programs `actor` may see: their own, or their linked patients'. */
function visiblePrograms(trx: Kysely<DatabaseSchema>, actor: Actor) {
  const query = trx.selectFrom("programs").selectAll();
  if (actor.kind === "anonymous") {
    return query.where((eb) => eb.val(false));
  }
  return query.where((eb) =>
    eb.or([
      eb("programs.patient_id", "=", actor.id),
      eb("programs.patient_id", "in", linkedPatientIds(eb, actor.id)),
    ]),
  );
}

/** The session logs `actor` may see: their own, or their linked patients'. */
function visibleSessionLogs(trx: Kysely<DatabaseSchema>, actor: Actor) {
  const query = trx.selectFrom("session_logs").selectAll();
  if (actor.kind === "anonymous") {
    return query.where((eb) => eb.val(false));
  }
  return query.where((eb) =>
    eb.or([
      eb("session_logs.patient_id", "=", actor.id),
      eb("session_logs.patient_id", "in", linkedPatientIds(eb, actor.id)),
    ]),
  );
}

/** The program and session-log reads of the access layer, bound to an actor. */
export function programRecords(actor: Actor, deps: AccessDependencies) {
  const decided = <T>(
    target: RecordTarget,
    query: (trx: Kysely<DatabaseSchema>) => Promise<readonly T[]>,
  ): Promise<RecordsResult<T>> =>
    deps.db.transaction().execute(async (trx) => {
      const decision = await decideAndAudit(trx, actor, deps.clock, target);
      if (!decision.allowed) {
        return { ok: false, reason: decision.reason };
      }
      return { ok: true, records: await query(trx) };
    });

  const oneProgram = (patientId: string, id: string, action: "read" | "write") =>
    decided<ProgramRow>({ patientId, recordType: "program", recordId: id, action }, (trx) =>
      visiblePrograms(trx, actor)
        .where("patient_id", "=", patientId)
        .where("id", "=", id)
        .execute(),
    );

  return {
    /** The patient's programs, newest first. */
    programsOf(patientId: string): Promise<RecordsResult<ProgramRow>> {
      return decided({ patientId, recordType: "program", recordId: null }, (trx) =>
        visiblePrograms(trx, actor)
          .where("patient_id", "=", patientId)
          .orderBy("created_at", "desc")
          .orderBy("id", "desc")
          .execute(),
      );
    },
    /** One program of the patient, audited with its record id. */
    program(patientId: string, id: string): Promise<RecordsResult<ProgramRow>> {
      return oneProgram(patientId, id, "read");
    },
    /** One program of the patient about to be changed; audited as a write. */
    programToChange(patientId: string, id: string): Promise<RecordsResult<ProgramRow>> {
      return oneProgram(patientId, id, "write");
    },
    /** The sessions logged against one program, in the order they were done. */
    sessionLogsOf(patientId: string, programId: string): Promise<RecordsResult<SessionLogRow>> {
      return decided({ patientId, recordType: "session-log", recordId: programId }, (trx) =>
        visibleSessionLogs(trx, actor)
          .where("patient_id", "=", patientId)
          .where("program_id", "=", programId)
          .orderBy("completed_at")
          .orderBy("id")
          .execute(),
      );
    },
  };
}
