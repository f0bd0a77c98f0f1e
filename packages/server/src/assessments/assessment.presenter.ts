// Turns an `assessments` row into the API's summary shape. The stored answers and result
// JSON stay on the server until their own schemas exist.
import type { AssessmentRow } from "../storage/database-schema.ts";
import type { AssessmentSummary } from "./assessments.schema.ts";

/** The list view of one assessment. */
export function presentAssessmentSummary(row: AssessmentRow): AssessmentSummary {
  return {
    id: row.id,
    patientId: row.patient_id,
    contentVersion: row.content_version,
    triage: row.triage,
    topCondition: row.top_condition,
    createdAt: row.created_at,
  };
}
