// A 0–10 pain question (the numeric rating scale, NPRS) as eleven big radio tiles in a grid,
// with the meaning of both ends written out. Native radios: arrow keys move, a screen reader
// reads "3, 4 of 11". Used before and after a session (REFERENCE §7.4).
import { FieldError } from "../../components/form/field-message.tsx";

/** Props of a PainScale. */
export interface PainScaleProps {
  readonly id: string;
  readonly legend: string;
  readonly value: number | null;
  readonly onValue: (value: number) => void;
  readonly error?: string | undefined;
}

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** An 11-point pain scale. */
export function PainScale(props: PainScaleProps) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <fieldset
      class={props.error === undefined ? "field pain-scale" : "field pain-scale field--invalid"}
      id={props.id}
      aria-describedby={props.error === undefined ? hintId : `${errorId} ${hintId}`}
    >
      <legend class="field-legend">{props.legend}</legend>
      <p class="field-hint" id={hintId}>
        0 is no pain, 10 is the worst pain you can imagine.
      </p>
      <FieldError fieldId={props.id} error={props.error} />
      <div class="pain-scale-options">
        {SCORES.map((score) => (
          <label class="pain-scale-option" key={score}>
            <input
              type="radio"
              name={props.id}
              value={String(score)}
              checked={props.value === score}
              onChange={() => props.onValue(score)}
            />
            <span>{score}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
