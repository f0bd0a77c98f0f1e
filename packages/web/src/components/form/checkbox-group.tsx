// A fieldset of checkboxes with a legend, for "pick any that apply" questions. The value
// is the list of checked option values, in the order of the options.
import type { Choice } from "./choice.ts";
import { describedBy, hintId } from "./field-ids.ts";
import { FieldError, FieldHint } from "./field-message.tsx";

/** Props of a CheckboxGroup. */
export interface CheckboxGroupProps {
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  readonly legendIsHeading?: boolean;
  readonly choices: readonly Choice[];
  readonly value: readonly string[];
  readonly onValue: (value: readonly string[]) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/** Adds or removes one value, keeping the order of the options. */
export function toggleChoice(
  choices: readonly Choice[],
  current: readonly string[],
  value: string,
  checked: boolean,
): readonly string[] {
  const next = new Set(current);
  if (checked) {
    next.add(value);
  } else {
    next.delete(value);
  }
  return choices.map((choice) => choice.value).filter((v) => next.has(v));
}

/** A labelled group of checkboxes. */
export function CheckboxGroup(props: CheckboxGroupProps) {
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
              class="choice-input choice-input--checkbox"
              type="checkbox"
              id={optionId}
              name={props.name}
              value={choice.value}
              checked={props.value.includes(choice.value)}
              onChange={(event) =>
                props.onValue(
                  toggleChoice(
                    props.choices,
                    props.value,
                    choice.value,
                    event.currentTarget.checked,
                  ),
                )
              }
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
