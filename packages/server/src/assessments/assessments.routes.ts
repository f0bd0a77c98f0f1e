// Read routes for stored assessments, all through the access layer: a user's own list, a
// patient's list, one assessment with its result, and the result alone. The patient and
// clinicians with an active care link may read; every read of someone else's records is
// audited (access/records-for.ts).
import type { Kysely } from "kysely";
import { recordsFor, type RecordsResult } from "../access/records-for.ts";
import { signedInOrThrow } from "../auth/request-auth.ts";
import type { Clock } from "../clock.ts";
import { ApiError } from "../errors/api-error.ts";
import type { App } from "../http/type-provider.ts";
import type { AssessmentRow, DatabaseSchema } from "../storage/database-schema.ts";
import { presentAssessment, presentAssessmentSummary } from "./assessment.presenter.ts";
import { AssessmentResult } from "./assessment-result.schema.ts";
import {
  AssessmentList,
  AssessmentParams,
  AssessmentResponse,
  PatientParams,
} from "./assessments.schema.ts";
import { readableAssessmentOrThrow } from "./read-assessment.ts";
import { decodeResultOrThrow } from "./stored-result.ts";

/** What the assessment read routes need. */
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

  app.get(
    "/api/v1/assessments/:id",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "One assessment and its stored result (owner or linked clinician; audited)",
        params: AssessmentParams,
        response: { 200: AssessmentResponse },
      },
    },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      const row = await readableAssessmentOrThrow(actor, request.params.id, options);
      return { assessment: presentAssessment(row), result: decodeResultOrThrow(row.result_json) };
    },
  );

  app.get(
    "/api/v1/assessments/:id/result",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "The stored result of one assessment (owner or linked clinician; audited)",
        params: AssessmentParams,
        response: { 200: AssessmentResult },
      },
    },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      const row = await readableAssessmentOrThrow(actor, request.params.id, options);
      return decodeResultOrThrow(row.result_json);
    },
  );
}
