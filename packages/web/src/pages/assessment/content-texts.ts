// Plain words for the ids in an assessment result: condition names and pages, question and
// option texts. The API's result names conditions and questions by id only, so the result
// screens read the same knowledge base the server runs (@ilio/content, built from the same
// checkout). This module is only imported by the lazily loaded result screens, never by the
// first route: the knowledge base is large. It must not contain clinical text of its own.
import { knowledgeBase } from "@ilio/content";
import type { AnswerValue } from "../../api/assessments.ts";
import { UNSURE_ITEM } from "./checklist-items.ts";

/** What a condition's page says, in the knowledge base's words. */
export interface ConditionPageText {
  readonly whatItIs: string;
  readonly whatToDoNow: readonly string[];
  readonly whoToSee: string;
}

/** The knowledge-base version these texts come from. */
export const textsVersion: string = knowledgeBase.contentVersion;

/** A condition's name, e.g. "Psoas (iliopsoas) syndrome"; the id if it is unknown. */
export function conditionName(id: string): string {
  return knowledgeBase.conditions.get(id)?.name ?? id;
}

/** A condition's page, when the knowledge base has one. */
export function conditionPage(id: string): ConditionPageText | undefined {
  return knowledgeBase.raw.pages.find((page) => page.condition === id);
}

/**
 * The result's safety-net lines without the general ones every result carries ("repeat the
 * assessment if the pain changes" has no place on an emergency screen).
 */
export function levelSafetyNet(lines: readonly string[]): readonly string[] {
  const general = knowledgeBase.raw.policy.safetyNet.always;
  return lines.filter((line) => !general.includes(line));
}

/** A question's text; undefined when the question is unknown. */
export function questionText(id: string): string | undefined {
  return knowledgeBase.questions.get(id)?.text;
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
  const question = knowledgeBase.questions.get(questionId);
  if (question === undefined) {
    return optionId;
  }
  switch (question.kind) {
    case "single":
      return question.options.find((o) => o.id === optionId)?.text ?? optionId;
    case "multi":
      return optionId === "none"
        ? question.noneText
        : (question.options.find((o) => o.id === optionId)?.text ?? optionId);
    case "number": {
      const band = question.bands.find((b) => b.id === optionId)?.text ?? optionId;
      return `${band} ${question.unit}`;
    }
  }
}

/** An answer in words: option texts, a number with its unit, or "Not sure". */
export function answerText(questionId: string, answer: AnswerValue): string {
  if (typeof answer === "number") {
    const question = knowledgeBase.questions.get(questionId);
    return question?.kind === "number" ? `${answer} ${question.unit}` : String(answer);
  }
  if (typeof answer === "string") {
    return optionText(questionId, answer);
  }
  if (answer.length === 0) {
    return optionText(questionId, "none");
  }
  return answer.map((id) => optionText(questionId, id)).join("; ");
}
