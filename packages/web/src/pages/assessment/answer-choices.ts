// The choices a question screen offers and how a person's selection becomes an answer.
// "Not sure" is offered on every question (the engine accepts "unsure" everywhere); a
// multi-choice question also offers its exclusive "None of these". Ticking one of those two
// clears the other boxes, and ticking an ordinary option clears them. A red-flag checklist
// offers "I'm not sure about some of these" instead of "Not sure" (checklist-items.ts).
import { UNSURE, type AnswerValue, type Question } from "../../api/assessments.ts";
import type { Choice } from "../../components/form/choice.ts";

/** The value of the exclusive "none of these" box (the engine's NONE). */
export const NONE = "none";
/** The label of the "not sure" choice. */
export const UNSURE_LABEL = "Not sure";
/** The value of a red-flag checklist's "I'm not sure about some of these" box. */
export const UNSURE_ITEMS = "unsure-items";
/** The label of that box. */
export const UNSURE_ITEMS_LABEL = "I'm not sure about some of these";

/**
 * The choices of a single or multi question, "None of these" and "Not sure" last (on a
 * red-flag checklist "I'm not sure about some of these" instead of "Not sure").
 */
export function choicesFor(question: Question): readonly Choice[] {
  switch (question.kind) {
    case "single":
      return [
        ...question.options.map((o) => ({ value: o.id, label: o.text })),
        { value: UNSURE, label: UNSURE_LABEL },
      ];
    case "multi":
      return [
        ...question.options.map((o) => ({ value: o.id, label: o.text })),
        { value: NONE, label: question.noneText },
        question.unsurePerItem
          ? { value: UNSURE_ITEMS, label: UNSURE_ITEMS_LABEL }
          : { value: UNSURE, label: UNSURE_LABEL },
      ];
    case "number":
      return [];
  }
}

/** The boxes after a change: an exclusive box that was just ticked clears the others. */
export function exclusiveSelection(
  previous: readonly string[],
  next: readonly string[],
): readonly string[] {
  const added = next.filter((value) => !previous.includes(value));
  const exclusive = added.find((value) => value === NONE || value === UNSURE);
  if (exclusive !== undefined) {
    return [exclusive];
  }
  if (added.length > 0) {
    return next.filter((value) => value !== NONE && value !== UNSURE);
  }
  return next;
}

/** The ticked boxes of a multi question's answer (to preselect it again). */
export function boxesFor(answer: AnswerValue | undefined): readonly string[] {
  if (answer === undefined || typeof answer === "number") {
    return [];
  }
  if (typeof answer === "string") {
    return [answer];
  }
  return answer.length === 0 ? [NONE] : answer;
}

/** A multi question's answer from its ticked boxes: "unsure", [] for none, or the options. */
export function multiAnswer(boxes: readonly string[]): AnswerValue {
  if (boxes.includes(UNSURE)) {
    return UNSURE;
  }
  return boxes.filter((value) => value !== NONE);
}
