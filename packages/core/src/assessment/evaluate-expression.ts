// Evaluates a rule expression against answers in four-valued logic: "yes", "no", "unsure"
// (an input was answered "not sure") and "missing" (an input is not answered yet). Red flags
// treat "unsure" as firing for emergency/urgent floors (REFERENCE §1, rule 2); askIf treats
// anything but "no" as "ask". In `all`, "unsure" outranks "missing" so a floor shows as soon
// as a doubtful answer makes it possible.
import type { Expression } from "../content/expression.schema.ts";
import { isOptionList, itemAnswer, NONE, UNSURE, UNSURE_ITEM, type Answers } from "./answers.ts";

export type Truth = "yes" | "no" | "unsure" | "missing";

function leaf(expr: Expression, answers: Answers): Truth {
  if (!("q" in expr)) {
    return "missing";
  }
  const value = answers[expr.q];
  if ("answered" in expr) {
    return value === undefined || value === UNSURE ? "no" : "yes";
  }
  if (value === undefined) {
    return "missing";
  }
  if (value === UNSURE) {
    return "unsure";
  }
  if ("is" in expr) {
    if (isOptionList(value)) {
      if (expr.is !== NONE) {
        return itemAnswer(value, expr.is);
      }
      const ticked = value.filter((v) => v !== NONE);
      if (ticked.some((v) => !v.startsWith(UNSURE_ITEM))) {
        return "no";
      }
      return ticked.length > 0 ? "unsure" : "yes";
    }
    return value === expr.is ? "yes" : "no";
  }
  if (typeof value !== "number") {
    return "no";
  }
  const above = expr.gte === undefined || value >= expr.gte;
  const below = expr.lt === undefined || value < expr.lt;
  return above && below ? "yes" : "no";
}

/** The truth of `expr` for these answers. */
export function evaluateExpression(expr: Expression, answers: Answers): Truth {
  if ("all" in expr) {
    const parts = expr.all.map((e) => evaluateExpression(e, answers));
    if (parts.includes("no")) {
      return "no";
    }
    if (parts.includes("unsure")) {
      return "unsure";
    }
    return parts.includes("missing") ? "missing" : "yes";
  }
  if ("any" in expr) {
    const parts = expr.any.map((e) => evaluateExpression(e, answers));
    if (parts.includes("yes")) {
      return "yes";
    }
    if (parts.includes("unsure")) {
      return "unsure";
    }
    return parts.includes("missing") ? "missing" : "no";
  }
  if ("not" in expr) {
    const inner = evaluateExpression(expr.not, answers);
    return inner === "yes" ? "no" : inner === "no" ? "yes" : inner;
  }
  return leaf(expr, answers);
}

/** Questions an expression reads. */
export function expressionInputs(expr: Expression): string[] {
  if ("all" in expr) {
    return expr.all.flatMap(expressionInputs);
  }
  if ("any" in expr) {
    return expr.any.flatMap(expressionInputs);
  }
  if ("not" in expr) {
    return expressionInputs(expr.not);
  }
  return [expr.q];
}
