// The per-item view of a red-flag checklist, shown under "I'm not sure about some of these":
// one small fieldset per item, its legend the item's text, with Yes, No and Not sure as
// native radios (arrow keys move within an item, Tab to the next). After a Continue with
// items left open, each open item says so by its radios. It holds no state of its own.
import type { QuestionOption } from "../../api/assessments.ts";
import { errorId } from "../../components/form/field-ids.ts";
import { FieldError, FieldHint } from "../../components/form/field-message.tsx";
import type { ItemAnswer, ItemAnswers as Answers } from "./checklist-items.ts";

/** Props of an ItemAnswers. */
export interface ItemAnswersProps {
  /** Id of the list; each item's fieldset is `${id}-${index}`. */
  readonly id: string;
  /** Prefix of the radios' names (the question id). */
  readonly name: string;
  readonly options: readonly QuestionOption[];
  readonly value: Answers;
  readonly onItem: (option: string, answer: ItemAnswer) => void;
  /** The message for the whole list, after a Continue with items left open. */
  readonly error?: string | undefined;
  /** Marks the items without an answer (after a Continue with items left open). */
  readonly showMissing: boolean;
}

const ITEM_CHOICES: readonly { readonly value: ItemAnswer; readonly label: string }[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unsure", label: "Not sure" },
];

const HINT = "Choose Yes, No or Not sure for each one.";
const ITEM_MISSING = "Choose Yes, No or Not sure.";

/** Id of the fieldset of the item at `index`, for the error summary's link. */
export function itemFieldId(id: string, index: number): string {
  return `${id}-${index}`;
}

/** Yes, No or Not sure for each item of a checklist. */
export function ItemAnswers(props: ItemAnswersProps) {
  return (
    <div class="item-answers" id={props.id}>
      <FieldHint fieldId={props.id} hint={HINT} />
      <FieldError fieldId={props.id} error={props.error} />
      {props.options.map((option, index) => {
        const itemId = itemFieldId(props.id, index);
        const missing = props.showMissing && props.value[option.id] === undefined;
        return (
          <fieldset
            class={missing ? "item-answer field--invalid" : "item-answer"}
            id={itemId}
            key={option.id}
            data-option-id={option.id}
            aria-describedby={missing ? errorId(itemId) : undefined}
          >
            <legend class="item-answer-legend">{option.text}</legend>
            <FieldError fieldId={itemId} error={missing ? ITEM_MISSING : undefined} />
            <div class="item-answer-choices">
              {ITEM_CHOICES.map((choice, c) => {
                const inputId = `${itemId}-${c}`;
                return (
                  <div class="choice" key={choice.value}>
                    <input
                      class="choice-input"
                      type="radio"
                      id={inputId}
                      name={`${props.name}-${option.id}`}
                      value={choice.value}
                      checked={props.value[option.id] === choice.value}
                      onChange={() => props.onItem(option.id, choice.value)}
                    />
                    <label class="choice-label" for={inputId}>
                      {choice.label}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
