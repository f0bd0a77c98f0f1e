// "Not sure" about single items of a red-flag checklist. "Not sure" on a red-flag question
// counts as yes for triage (REFERENCE §1, rule 2), so a whole-list "Not sure" fires every
// emergency flag of the list; instead the screen offers "I'm not sure about some of these",
// which asks Yes, No or Not sure for each item. The answer is then the yes-ids plus
// "unsure:<option id>" entries (docs/answer-format.md). This module maps between what the
// screen shows and the answer, both ways; it must not know about markup.
import { UNSURE, type AnswerValue, type Question } from "../../api/assessments.ts";
import type { Choice } from "../../components/form/choice.ts";
import { boxesFor, choicesFor, exclusiveSelection, NONE, UNSURE_ITEMS } from "./answer-choices.ts";

/**
 * Prefix of a checklist entry meaning "not sure about this item": the engine's UNSURE_ITEM,
 * written out so the wizard's route does not load the engine for one string.
 */
export const UNSURE_ITEM = "unsure:";

/** What a person says about one item. */
export type ItemAnswer = "yes" | "no" | "unsure";
/** The item answers chosen so far, by option id; an item without an entry has none yet. */
export type ItemAnswers = Readonly<Record<string, ItemAnswer>>;

/** The state of a checklist screen: its ticked boxes, and the item answers when per item. */
export interface ChecklistSelection {
  /** Ticked option ids, NONE, UNSURE (a plain checklist) or just UNSURE_ITEMS. */
  readonly boxes: readonly string[];
  /** Yes, No or Not sure per item; used only while UNSURE_ITEMS is ticked. */
  readonly items: ItemAnswers;
}

/** The answer from item answers, or the option ids that still have none. */
export type ItemsOutcome =
  | { readonly ok: true; readonly value: readonly string[] }
  | { readonly ok: false; readonly missing: readonly string[] };

/** True for a checklist that offers "not sure" per item instead of for the whole list. */
export function asksPerItem(question: Question): boolean {
  return question.kind === "multi" && question.unsurePerItem;
}

/** True while the screen asks Yes, No or Not sure for each item. */
export function isPerItem(selection: ChecklistSelection): boolean {
  return selection.boxes.includes(UNSURE_ITEMS);
}

/** The boxes on screen: every choice, or only the two exclusive boxes while per item. */
export function boxChoices(question: Question, selection: ChecklistSelection): readonly Choice[] {
  const choices = choicesFor(question);
  return isPerItem(selection)
    ? choices.filter((choice) => choice.value === NONE || choice.value === UNSURE_ITEMS)
    : choices;
}

function optionIds(question: Question): readonly string[] {
  return question.kind === "multi" ? question.options.map((o) => o.id) : [];
}

/** What a checklist answer says about one item: ticked, marked not sure, or neither. */
function itemAnswerIn(answer: readonly string[], option: string): ItemAnswer {
  if (answer.includes(option)) {
    return "yes";
  }
  return answer.includes(`${UNSURE_ITEM}${option}`) ? "unsure" : "no";
}

/**
 * The selection that shows an earlier answer again (after Back). On a red-flag checklist an
 * answer with "unsure:" entries, or a whole-list "unsure", reopens the per-item view.
 */
export function selectionFor(
  question: Question,
  answer: AnswerValue | undefined,
): ChecklistSelection {
  if (asksPerItem(question)) {
    const ids = optionIds(question);
    if (answer === UNSURE) {
      return { boxes: [UNSURE_ITEMS], items: Object.fromEntries(ids.map((id) => [id, "unsure"])) };
    }
    const list = typeof answer === "object" ? answer : [];
    if (list.some((value) => value.startsWith(UNSURE_ITEM))) {
      const items = ids.map((id) => [id, itemAnswerIn(list, id)] as const);
      return { boxes: [UNSURE_ITEMS], items: Object.fromEntries(items) };
    }
  }
  return { boxes: boxesFor(answer), items: {} };
}

/**
 * The selection after the boxes change. Ticking "not sure about some" clears "None of these"
 * and starts the items that were ticked at Yes, the others at nothing; unticking it keeps
 * the Yes items ticked. "None of these" and a plain "Not sure" clear the other boxes.
 */
export function withBoxes(
  question: Question,
  previous: ChecklistSelection,
  boxes: readonly string[],
): ChecklistSelection {
  const ids = optionIds(question);
  const was = isPerItem(previous);
  const now = boxes.includes(UNSURE_ITEMS);
  if (now && !was) {
    const ticked = previous.boxes.filter((value) => ids.includes(value));
    return { boxes: [UNSURE_ITEMS], items: Object.fromEntries(ticked.map((id) => [id, "yes"])) };
  }
  if (was && !now) {
    return { boxes: ids.filter((id) => previous.items[id] === "yes"), items: {} };
  }
  const next = exclusiveSelection(previous.boxes, boxes);
  return { boxes: next, items: next.includes(UNSURE_ITEMS) ? previous.items : {} };
}

/** The selection with one item's answer set. */
export function withItem(
  selection: ChecklistSelection,
  option: string,
  answer: ItemAnswer,
): ChecklistSelection {
  return { ...selection, items: { ...selection.items, [option]: answer } };
}

/**
 * The checklist answer from item answers: the yes-ids then "unsure:<id>" for the not-sure
 * ones, in option order (`[]` when every item is No); or the items still without an answer.
 */
export function itemsAnswer(question: Question, items: ItemAnswers): ItemsOutcome {
  const ids = optionIds(question);
  const missing = ids.filter((id) => items[id] === undefined);
  if (missing.length > 0) {
    return { ok: false, missing };
  }
  return {
    ok: true,
    value: [
      ...ids.filter((id) => items[id] === "yes"),
      ...ids.filter((id) => items[id] === "unsure").map((id) => `${UNSURE_ITEM}${id}`),
    ],
  };
}
