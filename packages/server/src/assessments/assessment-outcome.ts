// What the server stores and answers for a set of validated answers: the engine's result,
// the next interview step, and the columns derived from them. The server always computes
// these itself (DESIGN.md, "Deterministic and explainable"); a result sent by a client is
// never stored. An interview is judged with the audience it was given: a clinician's when it
// holds examination findings, the person's own otherwise.
import { evaluate, nextStep, type Answers, type KnowledgeBase, type NextStep } from "@ilio/core";
import type { AssessmentStatus } from "../storage/database-schema.ts";
import { presentResult } from "./assessment-result.presenter.ts";
import type { AssessmentResult } from "./assessment-result.schema.ts";

/** The engine's verdict on a stored interview's answers. */
export interface AssessmentOutcome {
  readonly next: NextStep;
  readonly result: AssessmentResult;
  /** "complete" when the interview has nothing more to ask. */
  readonly status: AssessmentStatus;
  readonly triage: AssessmentResult["triage"]["level"];
  readonly topCondition: string | null;
}

/** Evaluates answers that validateAnswers already accepted. */
export function assessmentOutcome(kb: KnowledgeBase, answers: Answers): AssessmentOutcome {
  const examined = Object.keys(answers).some(
    (id) => kb.questions.get(id)?.audience === "clinician",
  );
  const next = nextStep(kb, answers, { audience: examined ? "clinician" : "patient" });
  const result = presentResult(next.kind === "done" ? next.result : evaluate(kb, answers));
  return {
    next,
    result,
    status: next.kind === "done" ? "complete" : "in-progress",
    triage: result.triage.level,
    topCondition: result.ranking[0]?.condition ?? null,
  };
}
