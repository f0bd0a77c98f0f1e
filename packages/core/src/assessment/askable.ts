// Which questions apply to these answers. A question applies unless its askIf is definitely
// false: an unknown precondition (input not answered, or "not sure") means "ask", so a
// red-flag question is never excused by a missing answer.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import type { Question } from "../content/question.schema.ts";
import type { Answers } from "./answers.ts";
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
