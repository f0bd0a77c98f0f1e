// Reads and writes `assessments` for their owner. Every write names the owner in its WHERE
// clause, so a request can only ever change the caller's own rows; reads of someone else's
// assessments go through access/records-for.ts instead, never through here. Returns rows;
// presenters turn them into API shapes. Expected outcomes (id taken, changed meanwhile)
// are values, not throws.
import type { Kysely } from "kysely";
import type {
  AssessmentRow,
  AssessmentStatus,
  DatabaseSchema,
} from "../storage/database-schema.ts";

/** The columns an evaluation sets. */
export interface AssessmentState {
  readonly contentVersion: string;
  readonly answersJson: string;
  readonly resultJson: string;
  readonly triage: string;
  readonly topCondition: string | null;
  readonly status: AssessmentStatus;
}

function columnsOf(state: AssessmentState, now: Date) {
  return {
    content_version: state.contentVersion,
    answers_json: state.answersJson,
    result_json: state.resultJson,
    triage: state.triage,
    top_condition: state.topCondition,
    status: state.status,
    updated_at: now.toISOString(),
  };
}

/** Who owns assessment `id`, if it exists. Reveals nothing else about the record. */
export async function findAssessmentOwner(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("assessments")
    .select("patient_id")
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.patient_id;
}

/** The caller's own assessment `id`, or undefined (missing, or someone else's). */
export async function findOwnedAssessment(
  db: Kysely<DatabaseSchema>,
  ownerId: string,
  id: string,
): Promise<AssessmentRow | undefined> {
  return db
    .selectFrom("assessments")
    .selectAll()
    .where("id", "=", id)
    .where("patient_id", "=", ownerId)
    .executeTakeFirst();
}

/** The result of inserting an assessment with a client-chosen id. */
export type InsertAssessmentResult =
  | { readonly ok: true; readonly row: AssessmentRow }
  | { readonly ok: false; readonly reason: "id-taken" };

/** Inserts a new assessment; an id already in the table is a value, not a throw. */
export async function insertAssessment(
  db: Kysely<DatabaseSchema>,
  assessment: { id: string; ownerId: string; state: AssessmentState; now: Date },
): Promise<InsertAssessmentResult> {
  const row: AssessmentRow = {
    id: assessment.id,
    patient_id: assessment.ownerId,
    created_at: assessment.now.toISOString(),
    ...columnsOf(assessment.state, assessment.now),
  };
  // ON CONFLICT DO NOTHING (SQLite 3.24+, PostgreSQL 9.5+): a taken id inserts no row
  // instead of raising, so no transaction is poisoned and both drivers behave the same.
  const result = await db
    .insertInto("assessments")
    .values(row)
    .onConflict((conflict) => conflict.column("id").doNothing())
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows === 1n
    ? { ok: true, row }
    : { ok: false, reason: "id-taken" };
}

/**
 * Replaces the evaluation of the caller's assessment `id`. With `expectedAnswersJson`, the
 * update only happens if the stored answers are still those (optimistic concurrency: two
 * tabs answering at once cannot lose an answer). Returns the updated row, or undefined.
 */
export async function updateOwnedAssessment(
  db: Kysely<DatabaseSchema>,
  update: {
    id: string;
    ownerId: string;
    state: AssessmentState;
    now: Date;
    expectedAnswersJson?: string;
  },
): Promise<AssessmentRow | undefined> {
  let query = db
    .updateTable("assessments")
    .set(columnsOf(update.state, update.now))
    .where("id", "=", update.id)
    .where("patient_id", "=", update.ownerId);
  if (update.expectedAnswersJson !== undefined) {
    query = query.where("answers_json", "=", update.expectedAnswersJson);
  }
  const result = await query.executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    return undefined;
  }
  return findOwnedAssessment(db, update.ownerId, update.id);
}
