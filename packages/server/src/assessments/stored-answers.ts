// How answers are kept in `assessments.answers_json`: an ordered JSON array of
// `[questionId, value]` pairs (migration 0003), oldest first. The array, not a JSON
// object's key order, is what makes "undo removes the last answer" well defined. Reading
// parses the stored text at this boundary and throws on anything else: a malformed row is
// a server fault, never a client's.
import type { AnswerValue, Answers } from "@ilio/core";

/** One stored answer. */
export type AnswerPair = readonly [questionId: string, value: AnswerValue];

function isAnswerValue(value: unknown): value is AnswerValue {
  return (
    typeof value === "string" ||
    (typeof value === "number" && Number.isFinite(value)) ||
    (Array.isArray(value) && value.every((v) => typeof v === "string"))
  );
}

function isAnswerPair(value: unknown): value is AnswerPair {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === "string" &&
    isAnswerValue(value[1])
  );
}

/** The pairs of answers in the order given. */
export function answerPairs(answers: Answers): AnswerPair[] {
  return Object.entries(answers);
}

/** The answer record for the engine, keys in the order of the pairs. */
export function answersFromPairs(pairs: readonly AnswerPair[]): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const [questionId, value] of pairs) {
    answers[questionId] = value;
  }
  return answers;
}

/** Serializes answers for `answers_json`. */
export function encodeAnswers(answers: Answers): string {
  return JSON.stringify(answerPairs(answers));
}

/** Parses `answers_json`; throws when the stored text is not a list of answer pairs. */
export function decodeAnswersOrThrow(text: string): AnswerPair[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) {
    throw new Error("assessments.answers_json is not an array of answer pairs");
  }
  const pairs: AnswerPair[] = [];
  for (const item of parsed) {
    if (!isAnswerPair(item)) {
      throw new Error("assessments.answers_json holds a malformed answer pair");
    }
    pairs.push(item);
  }
  return pairs;
}
