// Runs the adaptive interview against a fixed set of answers standing in for the patient:
// each question the interview asks gets the patient's answer, or "unsure" when the patient's
// answers don't cover it. Used by `ilio assess --simulate`, the evaluation script and the
// property tests. Pure; stops at the interview's own end (a guard of one step per question prevents loops).
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import { UNSURE, withAnswer, type Answers } from "./answers.ts";
import { evaluate } from "./evaluate.ts";
import { nextStep, type NextStepOptions } from "./next-step.ts";
import type { AssessmentResult } from "./result.ts";

/** The result of the simulated interview; `result.asked` is the order of questions asked. */
export function simulateInterview(
  kb: KnowledgeBase,
  patient: Answers,
  options: NextStepOptions = {},
): AssessmentResult {
  let answers: Answers = {};
  for (let guard = 0; guard <= kb.raw.questions.length; guard++) {
    const step = nextStep(kb, answers, options);
    if (step.kind === "done") {
      return step.result;
    }
    answers = withAnswer(answers, step.question.id, patient[step.question.id] ?? UNSURE);
  }
  return evaluate(kb, answers);
}
