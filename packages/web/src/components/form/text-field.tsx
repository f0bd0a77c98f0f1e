// A labelled single-line text input (text, email, password, search, tel) with optional
// hint and error. The label is always visible; the hint and error are read with the field.
// It is controlled: the parent owns the value.
import type { InputHTMLAttributes, PartialInputHTMLAttributes } from "preact";
import { describedBy } from "./field-ids.ts";
import { FieldError, FieldHint } from "./field-message.tsx";

/** Props of a TextField. */
export interface TextFieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly type?: TextInputType;
  readonly autoComplete?: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  /** Marks the label "(optional)" so people know they can leave it empty. */
  readonly optional?: boolean;
  readonly maxLength?: number;
  readonly inputMode?: "text" | "email" | "numeric" | "decimal" | "tel";
}

/** The kinds of text input a TextField can be. */
export type TextInputType = "text" | "email" | "password" | "search" | "tel";

/** Attributes that do not depend on the input's type. */
function commonAttributes(
  props: TextFieldProps,
): Omit<PartialInputHTMLAttributes<HTMLInputElement>, "role" | "type"> {
  const credential = props.type === "email" || props.type === "password";
  return {
    class: "input",
    id: props.id,
    name: props.name,
    value: props.value,
    onInput: (event) => props.onValue(event.currentTarget.value),
    autoComplete: props.autoComplete,
    inputMode: props.inputMode,
    maxLength: props.maxLength,
    required: props.required,
    "aria-invalid": props.error === undefined ? undefined : "true",
    "aria-describedby": describedBy(props.id, { hint: props.hint, error: props.error }),
    spellcheck: credential ? false : undefined,
    autoCapitalize: credential ? "none" : undefined,
  };
}

/** The input's attributes; one branch per type because Preact types each type separately. */
function inputAttributes(props: TextFieldProps): InputHTMLAttributes {
  const common = commonAttributes(props);
  const type: TextInputType = props.type ?? "text";
  switch (type) {
    case "text":
      return { ...common, type: "text" };
    case "email":
      return { ...common, type: "email" };
    case "password":
      return { ...common, type: "password" };
    case "search":
      return { ...common, type: "search" };
    case "tel":
      return { ...common, type: "tel" };
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/** A labelled text input. */
export function TextField(props: TextFieldProps) {
  const invalid = props.error !== undefined;
  return (
    <div class={invalid ? "field field--invalid" : "field"}>
      <label class="field-label" for={props.id}>
        {props.label}
        {props.optional === true ? <span class="field-optional"> (optional)</span> : null}
      </label>
      <FieldHint fieldId={props.id} hint={props.hint} />
      <FieldError fieldId={props.id} error={props.error} />
      <input {...inputAttributes(props)} />
    </div>
  );
}
