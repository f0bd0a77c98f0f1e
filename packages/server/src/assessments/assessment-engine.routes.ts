// The stateless assessment routes: evaluate an answer set, and ask for the interview's next
// step. Public (no account needed) and they store nothing: the web wizard keeps answers on
// the device, so an interview works signed out and resumes where it stopped.
import { evaluate, nextStep, type KnowledgeBase } from "@ilio/core";
import type { App } from "../http/type-provider.ts";
import { presentResult } from "./assessment-result.presenter.ts";
import { AssessmentResult } from "./assessment-result.schema.ts";
import { bodyField, validAnswersOrThrow } from "./answer-validation.ts";
import { EvaluateBody, NextBody } from "./assessments.schema.ts";
import { presentNextStep } from "./next-step.presenter.ts";
import { NextStepView } from "./next-step.schema.ts";

/** What the stateless routes need. */
export interface AssessmentEngineRoutesOptions {
  readonly knowledgeBase: KnowledgeBase;
}

const tags = ["assessments"];

/** Registers POST /api/v1/assessments/evaluate and POST /api/v1/assessments/next. */
export function assessmentEngineRoutes(app: App, options: AssessmentEngineRoutesOptions): void {
  const kb = options.knowledgeBase;

  app.post(
    "/api/v1/assessments/evaluate",
    {
      config: { auth: "public" },
      schema: {
        tags,
        summary: "Evaluate an answer set (stores nothing)",
        description:
          'Every red-flag question that applies must be answered ("unsure" counts), otherwise 400 naming each one; send "partial": true to evaluate an unfinished set (the result is then marked complete: false).',
        body: EvaluateBody,
        response: { 200: AssessmentResult },
      },
    },
    (request) => {
      const { partial = false, ...answerSet } = request.body;
      const answers = validAnswersOrThrow(kb, answerSet, bodyField, { complete: !partial });
      return presentResult(evaluate(kb, answers));
    },
  );

  app.post(
    "/api/v1/assessments/next",
    {
      config: { auth: "public" },
      schema: {
        tags,
        summary: "The interview's next question, or its result (stores nothing)",
        body: NextBody,
        response: { 200: NextStepView },
      },
    },
    (request) => {
      const { audience = "patient", ...answerSet } = request.body;
      const answers = validAnswersOrThrow(kb, answerSet);
      return presentNextStep(nextStep(kb, answers, { audience }), kb.contentVersion);
    },
  );
}
