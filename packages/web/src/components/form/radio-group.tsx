// A fieldset of radio buttons with a legend, for "pick one" questions (the assessment
// wizard asks one per screen). Each option is a large tap target: the whole row is the
// label. Arrow keys move between options as browsers do for native radios.
import type { Choice } from "./choice.ts";
import { describedBy, hintId } from "./field-ids.ts";
import { FieldError, FieldHint } from "./field-message.tsx";

/** Props of a RadioGroup. */
export interface RadioGroupProps {
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  /** Renders the legend as the page's heading, for one-question-per-screen pages. */
  readonly legendIsHeading?: boolean;
  readonly choices: readonly Choice[];
  readonly value: string | null;
  readonly onValue: (value: string) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/** A labelled group of radio buttons. */
export function RadioGroup(props: RadioGroupProps) {
  const invalid = props.error !== undefined;
  return (
    <fieldset
      class={invalid ? "field choice-group field--invalid" : "field choice-group"}
      id={props.id}
      aria-describedby={describedBy(props.id, { hint: props.hint, error: props.error })}
    >
      <legend class={props.legendIsHeading === true ? "field-legend page-heading" : "field-legend"}>
        {props.legend}
      </legend>
      <FieldHint fieldId={props.id} hint={props.hint} />
      <FieldError fieldId={props.id} error={props.error} />
      {props.choices.map((choice, index) => {
        const optionId = `${props.id}-${index}`;
        return (
          <div class="choice" key={choice.value}>
            <input
              class="choice-input"
              type="radio"
              id={optionId}
              name={props.name}
              value={choice.value}
              checked={props.value === choice.value}
              onChange={() => props.onValue(choice.value)}
              aria-describedby={choice.hint === undefined ? undefined : hintId(optionId)}
            />
            <label class="choice-label" for={optionId}>
              {choice.label}
              {choice.hint === undefined ? null : (
                <span class="choice-hint" id={hintId(optionId)}>
                  {choice.hint}
                </span>
              )}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
