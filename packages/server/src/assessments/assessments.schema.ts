// Request and response schemas of the assessment read routes. The engine team extends the
// summary with the result's details when the POST routes arrive.
import { Type, type Static } from "@sinclair/typebox";
import { StrictObject } from "../http/schema-helpers.ts";

export const PatientParams = StrictObject({ patientId: Type.String({ format: "uuid" }) });
export type PatientParams = Static<typeof PatientParams>;

export const AssessmentSummary = StrictObject({
  id: Type.String(),
  patientId: Type.String(),
  contentVersion: Type.String(),
  triage: Type.String(),
  topCondition: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ description: "ISO-8601 UTC" }),
});
export type AssessmentSummary = Static<typeof AssessmentSummary>;

export const AssessmentList = StrictObject({ assessments: Type.Array(AssessmentSummary) });
