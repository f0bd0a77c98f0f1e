// Read routes for assessments, both through the access layer: a user's own list, and a
// patient's list for the patient or a clinician with an active care link (audited).
import type { Kysely } from "kysely";
import { recordsFor, type RecordsResult } from "../access/records-for.ts";
import { signedInOrThrow } from "../auth/request-auth.ts";
import type { Clock } from "../clock.ts";
import { ApiError } from "../errors/api-error.ts";
import type { App } from "../http/type-provider.ts";
import type { AssessmentRow, DatabaseSchema } from "../storage/database-schema.ts";
import { presentAssessmentSummary } from "./assessment.presenter.ts";
import { AssessmentList, PatientParams } from "./assessments.schema.ts";

/** What the assessment routes need. */
export interface AssessmentRoutesOptions {
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
}

const tags = ["assessments"];

function listOrThrow(result: RecordsResult<AssessmentRow>) {
  if (!result.ok) {
    throw new ApiError("ILIO_ERR_ACCESS_DENIED", "You have no access to this patient's records.");
  }
  return { assessments: result.records.map(presentAssessmentSummary) };
}

/** Registers the assessment read routes. */
export function assessmentRoutes(app: App, options: AssessmentRoutesOptions): void {
  app.get(
    "/api/v1/me/assessments",
    { config: { auth: "user" }, schema: { tags, response: { 200: AssessmentList } } },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      return listOrThrow(await recordsFor(actor, options).assessmentsOf(actor.id));
    },
  );

  app.get(
    "/api/v1/patients/:patientId/assessments",
    {
      config: { auth: "user" },
      schema: { tags, params: PatientParams, response: { 200: AssessmentList } },
    },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      return listOrThrow(await recordsFor(actor, options).assessmentsOf(request.params.patientId));
    },
  );
}
