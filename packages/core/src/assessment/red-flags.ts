// Applies the red-flag rules (REFERENCE §4). A rule fires when its expression is true, or,
// for emergency and urgent floors, when it could be true because of a "not sure" answer
// (REFERENCE §1, rule 2: "not sure" counts as yes, and the person is told so). Rules whose
// inputs are simply not answered yet do not fire; the result is then marked incomplete.
// Questions that do not apply to this person count as answered with nothing. Rule 2 is about
// red-flag questions: a "not sure" to any other question a rule reads (does the pain wake you
// at night?) counts as no answer, so it cannot fire a floor on its own.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import { UNSURE, type AnswerValue, type Answers } from "./answers.ts";
import { withNotApplicable } from "./askable.ts";
import { evaluateExpression } from "./evaluate-expression.ts";
import type { FiredRedFlag } from "./result.ts";

/** The answers without a "not sure" to any question that is not a red-flag question. */
function definite(kb: KnowledgeBase, answers: Answers): Answers {
  const out: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (value !== UNSURE || kb.questions.get(id)?.redFlag !== false) {
      out[id] = value;
    }
  }
  return out;
}

/** Every red flag that fires for these answers, in content order. */
export function firedRedFlags(kb: KnowledgeBase, answers: Answers): FiredRedFlag[] {
  const fired: FiredRedFlag[] = [];
  const known = definite(kb, withNotApplicable(kb, answers));
  for (const rule of kb.raw.redFlags) {
    const truth = evaluateExpression(rule.when, known);
    if (truth === "yes") {
      fired.push({ id: rule.id, level: rule.level, text: rule.text, because: "answer" });
    } else if (truth === "unsure" && (rule.level === "emergency" || rule.level === "urgent")) {
      fired.push({
        id: rule.id,
        level: rule.level,
        text: `${rule.text} You answered "not sure" to a safety question, so Ilio treats it as a yes to be safe.`,
        because: "unsure",
      });
    }
  }
  return fired;
}
