// The answer model shared by the engine, the web wizard, the server and the CLI. Answers are
// an ordered record from question id to value; insertion order is the order asked (JSON
// objects keep it for non-numeric keys). "unsure" is always allowed and gives no update.
// A checklist may also be unsure about single items ("unsure:fever"), so a person who cannot
// tell about one red flag is not treated as saying yes to all the others.
// Undo is "remove the last key": every result is a pure function of the record.

/** The "not sure" answer, allowed for every question. */
export const UNSURE = "unsure";
/** The exclusive "none of these" answer of a multi-choice question. */
export const NONE = "none";
/** Prefix of a checklist entry meaning "not sure about this item": `"unsure:fever"`. */
export const UNSURE_ITEM = "unsure:";

/** What a checklist answer says about one of its items. */
export type ItemAnswer = "yes" | "no" | "unsure";

/**
 * One answer: an option id (single choice), option ids (multi choice; `[]` or `["none"]`
 * means none of them; `"unsure:<id>"` marks one item as not sure), a number, or `"unsure"`.
 */
export type AnswerValue = string | number | readonly string[];

/** Answers in the order they were given. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** A saved answer set (docs/answer-format.md). */
export interface AnswerSet {
  readonly contentVersion?: string;
  readonly answers: Answers;
}

/** Answers with one more (or a replaced) answer, appended at the end. */
export function withAnswer(answers: Answers, question: string, value: AnswerValue): Answers {
  const next: Record<string, AnswerValue> = {};
  for (const [k, v] of Object.entries(answers)) {
    if (k !== question) {
      next[k] = v;
    }
  }
  next[question] = value;
  return next;
}

/** Answers without the last one given (the wizard's "back"). */
export function withoutLast(answers: Answers): Answers {
  const entries = Object.entries(answers);
  return Object.fromEntries(entries.slice(0, -1));
}

/** True when the value is a list of options (a multi-choice answer). */
export function isOptionList(value: AnswerValue | undefined): value is readonly string[] {
  return Array.isArray(value);
}

/** The checklist entry that marks `option` as "not sure". */
export function unsureItem(option: string): string {
  return `${UNSURE_ITEM}${option}`;
}

/** What checklist answer `value` says about `option`: ticked, not ticked, or not sure. */
export function itemAnswer(value: readonly string[], option: string): ItemAnswer {
  if (value.includes(option)) {
    return "yes";
  }
  return value.includes(unsureItem(option)) ? "unsure" : "no";
}
