// Checks that a rule expression only refers to questions and options that exist, and uses
// number tests on number questions and option tests on choice questions. Used for red flags,
// triage raises, askIf preconditions and consistency rules.
import type { Expression } from "./expression.schema.ts";
import type { Problem } from "./problem.ts";
import type { Question } from "./question.schema.ts";

/** Every problem in `expr`, reported under `path`. */
export function checkExpression(
  expr: Expression,
  questions: ReadonlyMap<string, Question>,
  path: string,
): Problem[] {
  if ("all" in expr) {
    return expr.all.flatMap((e, i) => checkExpression(e, questions, `${path}/all/${i}`));
  }
  if ("any" in expr) {
    return expr.any.flatMap((e, i) => checkExpression(e, questions, `${path}/any/${i}`));
  }
  if ("not" in expr) {
    return checkExpression(expr.not, questions, `${path}/not`);
  }
  const question = questions.get(expr.q);
  if (question === undefined) {
    return [{ path: `${path}/q`, message: `refers to unknown question "${expr.q}"` }];
  }
  if ("is" in expr) {
    if (question.kind === "number") {
      return [
        { path: `${path}/is`, message: `"is" needs a choice question; "${expr.q}" is a number` },
      ];
    }
    const known =
      question.options.some((o) => o.id === expr.is) ||
      (question.kind === "multi" && expr.is === "none");
    return known
      ? []
      : [{ path: `${path}/is`, message: `question "${expr.q}" has no option "${expr.is}"` }];
  }
  if ("answered" in expr) {
    return [];
  }
  if (question.kind !== "number") {
    return [{ path, message: `number test on "${expr.q}", which is a ${question.kind} question` }];
  }
  if (expr.gte === undefined && expr.lt === undefined) {
    return [{ path, message: `number test on "${expr.q}" needs gte or lt` }];
  }
  return [];
}
