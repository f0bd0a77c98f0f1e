// PUT /api/v1/assessments/:id: saves an interview a person finished on the device while
// signed out (DESIGN.md, Data: client-generated UUIDv7 ids, so a replay lands exactly
// once). The server validates the answers and evaluates them itself; a client's result is
// never trusted or accepted. Same id and owner replaces the answers (200); a new id is
// created (201); an id someone else holds is 409 and changes nothing.
import type { KnowledgeBase } from "@ilio/core";
import type { Kysely } from "kysely";
import type { UserActor } from "../access/actor.ts";
import { signedInOrThrow } from "../auth/request-auth.ts";
import type { Clock } from "../clock.ts";
import { ApiError } from "../errors/api-error.ts";
import type { App } from "../http/type-provider.ts";
import type { DatabaseSchema } from "../storage/database-schema.ts";
import { validAnswersOrThrow } from "./answer-validation.ts";
import { assessmentOutcome } from "./assessment-outcome.ts";
import { presentAssessment } from "./assessment.presenter.ts";
import { AssessmentParams, AssessmentResponse, SaveBody } from "./assessments.schema.ts";
import {
  findAssessmentOwner,
  insertAssessment,
  updateOwnedAssessment,
  type AssessmentState,
} from "./assessments.repository.ts";
import { storedState } from "./stored-interview.ts";

/** What the save route needs. */
export interface SaveRouteOptions {
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  readonly knowledgeBase: KnowledgeBase;
}

const tags = ["assessments"];

function idTaken(): ApiError {
  return new ApiError(
    "ILIO_ERR_ASSESSMENT_ID_TAKEN",
    "This id is already in use; generate a new one.",
    {
      errors: [{ field: "params/id", message: "is already in use" }],
    },
  );
}

/** Registers PUT /api/v1/assessments/:id. */
export function assessmentSaveRoute(app: App, options: SaveRouteOptions): void {
  const { db, clock, knowledgeBase: kb } = options;

  /** Inserts or replaces; says which. A lost insert race is retried as a replace once. */
  const upsertOrThrow = async (actor: UserActor, id: string, state: AssessmentState) => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const owner = await findAssessmentOwner(db, id);
      if (owner !== undefined && owner !== actor.id) {
        throw idTaken();
      }
      const now = clock.now();
      if (owner === actor.id) {
        const row = await updateOwnedAssessment(db, { id, ownerId: actor.id, state, now });
        if (row !== undefined) {
          return { created: false, row };
        }
        continue;
      }
      const inserted = await insertAssessment(db, { id, ownerId: actor.id, state, now });
      if (inserted.ok) {
        return { created: true, row: inserted.row };
      }
    }
    throw idTaken();
  };

  app.put(
    "/api/v1/assessments/:id",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "Save an interview finished on the device (idempotent; the server evaluates)",
        params: AssessmentParams,
        body: SaveBody,
        response: { 200: AssessmentResponse, 201: AssessmentResponse },
      },
    },
    async (request, reply) => {
      const { actor } = signedInOrThrow(request);
      const answers = validAnswersOrThrow(kb, request.body);
      const outcome = assessmentOutcome(kb, answers);
      const saved = await upsertOrThrow(
        actor,
        request.params.id,
        storedState(kb, answers, outcome),
      );
      return reply
        .code(saved.created ? 201 : 200)
        .send({ assessment: presentAssessment(saved.row), result: outcome.result });
    },
  );
}
