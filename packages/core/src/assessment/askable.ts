// Which questions apply to these answers. A question applies unless its askIf is definitely
// false: an unknown precondition (input not answered, or "not sure") means "ask", so a
// red-flag question is never excused by a missing answer. A question whose askIf is definitely
// false is "not applicable": rules read it as answered with nothing (no pregnancy questions
// for a man), so a "not sure" elsewhere cannot combine with it into a doubtful red flag.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import type { Question } from "../content/question.schema.ts";
import type { AnswerValue, Answers } from "./answers.ts";
import { evaluateExpression } from "./evaluate-expression.ts";

/** True unless the question's askIf is definitely false for these answers. */
export function applies(question: Question, answers: Answers): boolean {
  return question.askIf === undefined || evaluateExpression(question.askIf, answers) !== "no";
}

/** Red-flag questions that apply and have no answer yet, in content order. */
export function pendingRedFlagQuestions(kb: KnowledgeBase, answers: Answers): string[] {
  return kb.raw.questions
    .filter((q) => q.redFlag && answers[q.id] === undefined && applies(q, answers))
    .map((q) => q.id);
}

/** A single-choice or number answer that matches no option and no range. */
const NOT_APPLICABLE = "not-applicable";

/** The answers plus an empty answer for every unanswered question that does not apply. */
export function withNotApplicable(kb: KnowledgeBase, answers: Answers): Answers {
  const filled: Record<string, AnswerValue> = { ...answers };
  for (const q of kb.raw.questions) {
    if (filled[q.id] === undefined && !applies(q, answers)) {
      filled[q.id] = q.kind === "multi" ? [] : NOT_APPLICABLE;
    }
  }
  return filled;
}
