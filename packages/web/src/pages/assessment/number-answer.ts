// Checks a number question's answer and says what is wrong in a plain sentence that names
// the unit and range, and reminds the person that "Not sure" is always allowed.
import type { Question } from "../../api/assessments.ts";

type NumberQuestion = Extract<Question, { readonly kind: "number" }>;

/** The problem with a typed number, or undefined when it is a valid answer. */
export function numberProblem(question: NumberQuestion, value: number | null): string | undefined {
  if (value === null) {
    return `Enter a whole number of ${question.unit}, or choose “Not sure”.`;
  }
  if (value < question.min || value > question.max) {
    return `Enter a number from ${question.min} to ${question.max} ${question.unit}, or choose “Not sure”.`;
  }
  return undefined;
}
