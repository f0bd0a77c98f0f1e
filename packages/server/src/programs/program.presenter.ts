// Turns `programs` rows into the API's shapes: the full view with the plan, and the list
// summary without it. The JSON columns are decoded and checked (stored-program.ts), so a
// malformed row fails loudly instead of reaching a client.
import type { ProgramRow } from "../storage/database-schema.ts";
import type { ProgramSummary, ProgramView } from "./programs.schema.ts";
import { decodeOverridesOrThrow, decodePlanOrThrow } from "./stored-program.ts";

function commonFields(row: ProgramRow) {
  return {
    id: row.id,
    patientId: row.patient_id,
    assessmentId: row.assessment_id,
    contentVersion: row.content_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    overrides: decodeOverridesOrThrow(row.overrides_json),
  };
}

/** The full view of one program. */
export function presentProgram(row: ProgramRow): ProgramView {
  return { ...commonFields(row), plan: decodePlanOrThrow(row.plan_json) };
}

/** The list view of one program. */
export function presentProgramSummary(row: ProgramRow): ProgramSummary {
  const plan = decodePlanOrThrow(row.plan_json);
  return {
    ...commonFields(row),
    startDate: plan.startDate,
    focus: { condition: plan.focus.condition, label: plan.focus.label },
  };
}
