// The hint and error lines shown under a field's label. The error starts with a visually
// hidden "Error:" so a screen reader says what kind of message it is (GOV.UK pattern);
// colour is never the only signal.
import { errorId, hintId } from "./field-ids.ts";

/** Hint text for a field; renders nothing when there is no hint. */
export function FieldHint(props: { fieldId: string; hint?: string | undefined }) {
  if (props.hint === undefined) {
    return null;
  }
  return (
    <p class="field-hint" id={hintId(props.fieldId)}>
      {props.hint}
    </p>
  );
}

/** Error text for a field; renders nothing when there is no error. */
export function FieldError(props: { fieldId: string; error?: string | undefined }) {
  if (props.error === undefined) {
    return null;
  }
  return (
    <p class="field-error" id={errorId(props.fieldId)}>
      <span class="visually-hidden">Error: </span>
      {props.error}
    </p>
  );
}
