// Public API of the assessment engine (for the web wizard, the server and the CLI).
//
//   loadKnowledgeBase(raw)           → { ok: true, kb } | { ok: false, problems: { path, message }[] }
//   validateAnswers(kb, answerSet)   → { ok: true, answers, warnings } | { ok: false, problems, warnings }
//   evaluate(kb, answers)            → AssessmentResult
//       { contentVersion, triage: { level, advice, reasons[] }, ranking: [{ condition,
//         probability, why: [{ question, answer, effect }], wouldChange: [{ question, answer,
//         probability }] }] (all 30, highest first), redFlags: [{ id, level, text, because }],
//         asked, complete, pendingRedFlags, safetyNet, notADiagnosis }
//   nextStep(kb, answers, { audience }) → { kind: "question", question, progress: { asked,
//         estimatedTotal } } | { kind: "done", result }
//   withAnswer(answers, id, value) / withoutLast(answers)   (answer, and "back")
//
// Answers are an ordered record `{ [questionId]: optionId | optionId[] | number | "unsure" }`;
// a checklist may mark one item "not sure" as `"unsure:<optionId>"`.
// Everything here is pure and deterministic: no I/O, clock or randomness.
export {
  UNSURE,
  NONE,
  UNSURE_ITEM,
  unsureItem,
  itemAnswer,
  withAnswer,
  withoutLast,
  type AnswerSet,
  type AnswerValue,
  type Answers,
} from "./answers.ts";
export { evaluate, evaluateState, rankConditions, type EvaluateOptions } from "./evaluate.ts";
export { simulateInterview } from "./simulate-interview.ts";
export {
  nextStep,
  type Audience,
  type NextStep,
  type NextStepOptions,
  type Progress,
} from "./next-step.ts";
export { validateAnswers, type ValidateAnswersResult } from "./validate-answers.ts";
export {
  rankingState,
  addAnswer,
  probabilities,
  logScores,
  type RankingState,
} from "./ranking-state.ts";
export { applies, pendingRedFlagQuestions } from "./askable.ts";
export { evaluateExpression, type Truth } from "./evaluate-expression.ts";
export { expectedGainBits, entropyBits } from "./information-gain.ts";
export type {
  AssessmentResult,
  RankedCondition,
  Evidence,
  WouldChange,
  FiredRedFlag,
  TriageReason,
} from "./result.ts";
export type { Triage } from "./triage.ts";
export {
  loadKnowledgeBase,
  loadKnowledgeBaseOrThrow,
  type LoadKnowledgeBaseResult,
} from "../content/load-knowledge-base.ts";
export type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
export type { Problem } from "../content/problem.ts";
