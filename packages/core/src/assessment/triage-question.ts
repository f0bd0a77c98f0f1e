// The question that could still raise the care level: the ranking can be settled while the
// level is not. A hernia that has become hard to push back, a stone with little or no urine,
// a strain that keeps coming back: each is an answer to a question the information-gain
// search has no reason to ask once the leading condition is clear. These are the unanswered
// questions that are inputs of a triage raise (REFERENCE §3 "Triage" lines) of a leading
// condition, when some answer to them could make that raise hold and the raise is more urgent
// than the current level; the interview asks them before it finishes (next-step.ts).
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import { levelRank, type Level } from "../content/condition-ids.ts";
import type { Expression } from "../content/expression.schema.ts";
import type { Question } from "../content/question.schema.ts";
import type { AnswerValue, Answers } from "./answers.ts";
import { evaluateExpression, expressionInputs } from "./evaluate-expression.ts";
import type { RankedCondition } from "./result.ts";

/** Answers worth trying for `q`: each option on its own, and each number band's lower edge. */
function trialAnswers(q: Question): AnswerValue[] {
  switch (q.kind) {
    case "single":
      return q.options.map((o) => o.id);
    case "multi":
      return q.options.map((o) => [o.id]);
    case "number":
      return q.bands.map((b) => b.gte ?? 0);
    default: {
      const unreachable: never = q;
      return unreachable;
    }
  }
}

/**
 * The open questions (content order) whose answer could make a triage raise of a leading
 * condition hold, when that raise is more urgent than `level`. Leading conditions are the top
 * one and any at `policy.leadingProbability` or more, the same ones whose care triage reads.
 */
export function triageQuestions(
  kb: KnowledgeBase,
  answers: Answers,
  open: readonly Question[],
  ranking: readonly RankedCondition[],
  level: Level,
): Question[] {
  const leading = ranking.filter(
    (r, i) => i === 0 || r.probability >= kb.raw.policy.leadingProbability,
  );
  const wanted = new Set<string>();
  for (const { condition } of leading) {
    for (const raise of kb.conditions.get(condition)?.triage.raises ?? []) {
      if (
        levelRank(raise.level) < levelRank(level) &&
        evaluateExpression(raise.when, answers) !== "yes"
      ) {
        for (const id of expressionInputs(raise.when)) {
          const q = open.find((o) => o.id === id);
          if (q !== undefined && couldHold(raise.when, answers, q)) {
            wanted.add(id);
          }
        }
      }
    }
  }
  return open.filter((q) => wanted.has(q.id));
}

/** Whether some answer to `q` makes `when` true, or leaves it waiting on other answers. */
function couldHold(when: Expression, answers: Answers, q: Question): boolean {
  return trialAnswers(q).some((value) => {
    const truth = evaluateExpression(when, { ...answers, [q.id]: value });
    return truth === "yes" || truth === "missing";
  });
}
