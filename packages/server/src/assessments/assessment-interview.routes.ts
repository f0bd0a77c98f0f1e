// The stored interview, for its owner: start (idempotent on a client-generated id), answer
// one question, undo the last answer. Every change is validated by the engine first and
// re-evaluated by the server; bad input changes nothing. Writes name the owner in their
// WHERE clause, so someone else's id is simply "not found" here (nothing is revealed or
// changed); reading someone else's assessment goes through the access layer instead.
import { validateAnswers, type Answers, type KnowledgeBase } from "@ilio/core";
import type { Kysely } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { UserActor } from "../access/actor.ts";
import { signedInOrThrow } from "../auth/request-auth.ts";
import type { Clock } from "../clock.ts";
import { ApiError } from "../errors/api-error.ts";
import type { App } from "../http/type-provider.ts";
import type { AssessmentRow, DatabaseSchema } from "../storage/database-schema.ts";
import { answersRejected } from "./answer-validation.ts";
import { assessmentOutcome } from "./assessment-outcome.ts";
import { presentAssessment } from "./assessment.presenter.ts";
import {
  AnswerBody,
  AssessmentParams,
  CreateBody,
  InterviewResponse,
} from "./assessments.schema.ts";
import {
  findOwnedAssessment,
  insertAssessment,
  updateOwnedAssessment,
} from "./assessments.repository.ts";
import { askableQuestionOrThrow } from "./askable-question.ts";
import { presentNextStep } from "./next-step.presenter.ts";
import { assessmentNotFound } from "./read-assessment.ts";
import { answersFromPairs, type AnswerPair } from "./stored-answers.ts";
import { continuablePairsOrThrow, storedState } from "./stored-interview.ts";

/** What the interview routes need. */
export interface InterviewRoutesOptions {
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  readonly knowledgeBase: KnowledgeBase;
}

const tags = ["assessments"];

/** Registers POST /api/v1/assessments, …/:id/answers and …/:id/undo. */
export function assessmentInterviewRoutes(app: App, options: InterviewRoutesOptions): void {
  const { db, clock, knowledgeBase: kb } = options;

  const interview = (row: AssessmentRow, answers: Answers) => ({
    assessment: presentAssessment(row),
    next: presentNextStep(assessmentOutcome(kb, answers).next, kb.contentVersion),
  });

  const ownedOrThrow = async (actor: UserActor, id: string) => {
    const row = await findOwnedAssessment(db, actor.id, id);
    if (row === undefined) {
      throw assessmentNotFound(id);
    }
    return row;
  };

  /** Stores `answers` if the row still holds `row.answers_json`; 409 if it changed. */
  const saveOrThrow = async (actor: UserActor, row: AssessmentRow, answers: Answers) => {
    const outcome = assessmentOutcome(kb, answers);
    const updated = await updateOwnedAssessment(db, {
      id: row.id,
      ownerId: actor.id,
      state: storedState(kb, answers, outcome),
      now: clock.now(),
      expectedAnswersJson: row.answers_json,
    });
    if (updated === undefined) {
      throw new ApiError(
        "ILIO_ERR_ASSESSMENT_CHANGED",
        "This assessment changed in another window; load it again.",
      );
    }
    return {
      assessment: presentAssessment(updated),
      next: presentNextStep(outcome.next, kb.contentVersion),
    };
  };

  app.post(
    "/api/v1/assessments",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "Start a stored interview (idempotent on a client-generated id)",
        body: CreateBody,
        response: { 200: InterviewResponse, 201: InterviewResponse },
      },
    },
    async (request, reply) => {
      const { actor } = signedInOrThrow(request);
      const id = request.body.id ?? uuidv7();
      const outcome = assessmentOutcome(kb, {});
      const inserted = await insertAssessment(db, {
        id,
        ownerId: actor.id,
        state: storedState(kb, {}, outcome),
        now: clock.now(),
      });
      if (inserted.ok) {
        return reply.code(201).send(interview(inserted.row, {}));
      }
      const existing = await findOwnedAssessment(db, actor.id, id);
      if (existing === undefined) {
        throw new ApiError(
          "ILIO_ERR_ASSESSMENT_ID_TAKEN",
          "This id is already in use; generate a new one.",
          { errors: [{ field: "body/id", message: "is already in use" }] },
        );
      }
      const pairs = continuablePairsOrThrow(existing, kb);
      return reply.code(200).send(interview(existing, answersFromPairs(pairs)));
    },
  );

  app.post(
    "/api/v1/assessments/:id/answers",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "Answer one question of a stored interview",
        params: AssessmentParams,
        body: AnswerBody,
        response: { 200: InterviewResponse },
      },
    },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      const row = await ownedOrThrow(actor, request.params.id);
      const answers = answersFromPairs(continuablePairsOrThrow(row, kb));
      const { questionId, value } = request.body;
      askableQuestionOrThrow(kb, answers, questionId);
      const candidate: Record<string, unknown> = { ...answers, [questionId]: value };
      const validated = validateAnswers(kb, { answers: candidate });
      if (!validated.ok) {
        // The stored answers were valid, so every problem comes from the new value.
        throw answersRejected(validated.problems, () => "body/value");
      }
      return saveOrThrow(actor, row, validated.answers);
    },
  );

  app.post(
    "/api/v1/assessments/:id/undo",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "Remove the last answer of a stored interview",
        params: AssessmentParams,
        response: { 200: InterviewResponse },
      },
    },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      const row = await ownedOrThrow(actor, request.params.id);
      const pairs: readonly AnswerPair[] = continuablePairsOrThrow(row, kb);
      if (pairs.length === 0) {
        throw new ApiError("ILIO_ERR_ASSESSMENT_NOTHING_TO_UNDO", "No answer to undo yet.");
      }
      return saveOrThrow(actor, row, answersFromPairs(pairs.slice(0, -1)));
    },
  );
}
