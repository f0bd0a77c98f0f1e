// Plain words for the ids in an assessment result: condition names and pages, question and
// option texts. The API's result names conditions and questions by id only, so the result
// screens read the display texts of the same knowledge base the server runs
// (@ilio/content/texts, generated from the same checkout). That entry holds words only, not
// the knowledge base's tables: the server computes the result, so the browser never needs
// them. This module is only imported by the lazily loaded result screens, never by the first
// route. It must not contain clinical text of its own.
import { displayTexts, type ConditionPageTexts, type QuestionTexts } from "@ilio/content/texts";
import type { AnswerValue } from "../../api/assessments.ts";
import { UNSURE_ITEM } from "./checklist-items.ts";

/** What a condition's page says, in the knowledge base's words. */
export type ConditionPageText = ConditionPageTexts;

/** The knowledge-base version these texts come from. */
export const textsVersion: string = displayTexts.contentVersion;

// Maps, not the records themselves: an id such as "constructor" must find nothing.
const conditions = new Map(Object.entries(displayTexts.conditions));
const questions = new Map(Object.entries(displayTexts.questions));

/** An option's or band's words, looked up among the question's own options only. */
function ownOption(question: QuestionTexts, optionId: string): string | undefined {
  return Object.hasOwn(question.options, optionId) ? question.options[optionId] : undefined;
}

/** A condition's name, e.g. "Psoas (iliopsoas) syndrome"; the id if it is unknown. */
export function conditionName(id: string): string {
  return conditions.get(id)?.name ?? id;
}

/** A condition's page, when the knowledge base has one. */
export function conditionPage(id: string): ConditionPageText | undefined {
  return conditions.get(id)?.page;
}

/**
 * The result's safety-net lines without the general ones every result carries ("repeat the
 * assessment if the pain changes" has no place on an emergency screen).
 */
export function levelSafetyNet(lines: readonly string[]): readonly string[] {
  const general = displayTexts.safetyNetAlways;
  return lines.filter((line) => !general.includes(line));
}

/** A question's text; undefined when the question is unknown. */
export function questionText(id: string): string | undefined {
  return questions.get(id)?.text;
}

/** The words for one option (or number band) id of a question. */
function optionText(questionId: string, optionId: string): string {
  if (optionId === "unsure") {
    return "Not sure";
  }
  // A checklist item marked "not sure" (docs/answer-format.md).
  if (optionId.startsWith(UNSURE_ITEM)) {
    return `Not sure: ${optionText(questionId, optionId.slice(UNSURE_ITEM.length))}`;
  }
  const question = questions.get(questionId);
  if (question === undefined) {
    return optionId;
  }
  // A number question's band (`unit` is set for number questions only).
  if (question.unit !== undefined) {
    return `${ownOption(question, optionId) ?? optionId} ${question.unit}`;
  }
  // A multi-choice question's implicit "none" (`noneText` is set for multi-choice only).
  if (optionId === "none" && question.noneText !== undefined) {
    return question.noneText;
  }
  return ownOption(question, optionId) ?? optionId;
}

/** An answer in words: option texts, a number with its unit, or "Not sure". */
export function answerText(questionId: string, answer: AnswerValue): string {
  if (typeof answer === "number") {
    const unit = questions.get(questionId)?.unit;
    return unit === undefined ? String(answer) : `${answer} ${unit}`;
  }
  if (typeof answer === "string") {
    return optionText(questionId, answer);
  }
  if (answer.length === 0) {
    return optionText(questionId, "none");
  }
  return answer.map((id) => optionText(questionId, id)).join("; ");
}
