// A labelled whole-number input (pain 0-10, repetitions, seconds). It uses a text input with
// inputmode="numeric" rather than type="number" (no scroll-wheel changes, no silent
// rounding, a numeric keypad on phones) and reports null while the field is empty or not
// a whole number, so the parent decides what is valid.
import { useState } from "preact/hooks";
import { describedBy } from "./field-ids.ts";
import { FieldError, FieldHint } from "./field-message.tsx";

/** Props of a NumberField. */
export interface NumberFieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: number | null;
  readonly onValue: (value: number | null) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** Shown after the input, e.g. "seconds". */
  readonly unit?: string;
}

/** Parses a whole number typed by a person ("  7 " → 7), or null. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^-?\d{1,9}$/.test(trimmed) ? Number.parseInt(trimmed, 10) : null;
}

/** A labelled whole-number input. */
export function NumberField(props: NumberFieldProps) {
  const [text, setText] = useState(props.value === null ? "" : String(props.value));
  const invalid = props.error !== undefined;
  return (
    <div class={invalid ? "field field--invalid" : "field"}>
      <label class="field-label" for={props.id}>
        {props.label}
      </label>
      <FieldHint fieldId={props.id} hint={props.hint} />
      <FieldError fieldId={props.id} error={props.error} />
      <span class="number-field">
        <input
          class="input input--number"
          id={props.id}
          name={props.name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            props.onValue(parseWholeNumber(event.currentTarget.value));
          }}
          aria-invalid={invalid ? "true" : undefined}
          aria-describedby={describedBy(props.id, { hint: props.hint, error: props.error })}
        />
        {props.unit === undefined ? null : <span class="number-unit">{props.unit}</span>}
      </span>
    </div>
  );
}
