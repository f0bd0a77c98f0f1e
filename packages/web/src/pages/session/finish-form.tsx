// The questions after a session: worst pain during it, pain now, and how it felt (too easy,
// about right, too hard). They feed the pain-monitoring rules that set the next session
// (REFERENCE §7.4). Pain is required; how it felt is optional.
import type { SessionFeedback } from "@ilio/core";
import { useState } from "preact/hooks";
import { Button, ButtonRow } from "../../components/form/button.tsx";
import { ErrorSummary } from "../../components/form/error-summary.tsx";
import { RadioGroup } from "../../components/form/radio-group.tsx";
import { PainScale } from "./pain-scale.tsx";

/** The answers of the finish form. */
export interface FinishAnswers {
  readonly painDuring: number;
  readonly painAfter: number;
  readonly feedback: SessionFeedback | null;
}

const FEEDBACK = [
  { value: "too-easy", label: "Too easy" },
  { value: "right", label: "About right" },
  { value: "too-hard", label: "Too hard" },
] as const;

function toFeedback(value: string): SessionFeedback | null {
  return FEEDBACK.find((f) => f.value === value)?.value ?? null;
}

/** Asks about pain and effort, then hands the answers on. */
export function FinishForm(props: { readonly onDone: (answers: FinishAnswers) => void }) {
  const [during, setDuring] = useState<number | null>(null);
  const [after, setAfter] = useState<number | null>(null);
  const [feedback, setFeedback] = useState<SessionFeedback | null>(null);
  const [tried, setTried] = useState(0);
  const duringError =
    tried > 0 && during === null ? "Choose your worst pain during the session." : undefined;
  const afterError = tried > 0 && after === null ? "Choose how much pain you have now." : undefined;
  const errors = [
    ...(duringError === undefined ? [] : [{ message: duringError, fieldId: "pain-during" }]),
    ...(afterError === undefined ? [] : [{ message: afterError, fieldId: "pain-after" }]),
  ];
  return (
    <form
      class="finish-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried((n) => n + 1);
        if (during !== null && after !== null) {
          props.onDone({ painDuring: during, painAfter: after, feedback });
        }
      }}
    >
      {errors.length === 0 ? null : <ErrorSummary items={errors} attempt={tried} focusOnShow />}
      <PainScale
        id="pain-during"
        legend="Worst pain during the session"
        value={during}
        onValue={setDuring}
        error={duringError}
      />
      <PainScale
        id="pain-after"
        legend="Pain now"
        value={after}
        onValue={setAfter}
        error={afterError}
      />
      <RadioGroup
        id="feedback"
        name="feedback"
        legend="How did the session feel? (optional)"
        choices={FEEDBACK}
        value={feedback}
        onValue={(value) => setFeedback(toFeedback(value))}
      />
      <ButtonRow>
        <Button type="submit">Save this session</Button>
      </ButtonRow>
    </form>
  );
}
