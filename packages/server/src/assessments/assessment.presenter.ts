// Turns `assessments` rows into the API's shapes: the list summary and the full view with
// the answers in the order given. Stored text columns are parsed here (stored-answers.ts)
// and checked (triage level), so a malformed row fails loudly instead of reaching a client.
import { TRIAGE_LEVELS, type Level } from "@ilio/core";
import type { AssessmentRow } from "../storage/database-schema.ts";
import { copyAnswer } from "./assessment-result.presenter.ts";
import type { AssessmentSummary, AssessmentView } from "./assessments.schema.ts";
import { decodeAnswersOrThrow } from "./stored-answers.ts";

function isLevel(value: string): value is Level {
  return TRIAGE_LEVELS.some((level) => level === value);
}

function triageOrThrow(row: AssessmentRow): Level {
  if (!isLevel(row.triage)) {
    throw new Error(`assessment ${row.id} has an unknown triage level`);
  }
  return row.triage;
}

/** The list view of one assessment. */
export function presentAssessmentSummary(row: AssessmentRow): AssessmentSummary {
  return {
    id: row.id,
    patientId: row.patient_id,
    status: row.status,
    contentVersion: row.content_version,
    triage: triageOrThrow(row),
    topCondition: row.top_condition,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The full view of one assessment, answers in the order given. */
export function presentAssessment(row: AssessmentRow): AssessmentView {
  return {
    ...presentAssessmentSummary(row),
    answers: Object.fromEntries(
      decodeAnswersOrThrow(row.answers_json).map(([id, value]) => [id, copyAnswer(value)]),
    ),
  };
}
