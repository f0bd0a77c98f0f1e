// One question on one screen: the question is the page heading, then its help and (for home
// self-checks) how to do the check, then the answers, "Not sure" always among them, and
// Back and Continue. Continue is never disabled: pressing it with nothing chosen shows a
// plain sentence by the field and in the announced error summary. The form carries the
// question id (data-question-id) so tests and tools can tell which question is showing.
import { useState } from "preact/hooks";
import { UNSURE, type AnswerValue, type Progress, type Question } from "../../api/assessments.ts";
import { Button, ButtonRow } from "../../components/form/button.tsx";
import { CheckboxGroup } from "../../components/form/checkbox-group.tsx";
import { ErrorSummary, type SummaryItem } from "../../components/form/error-summary.tsx";
import { NumberField } from "../../components/form/number-field.tsx";
import { RadioGroup } from "../../components/form/radio-group.tsx";
import { Page } from "../../layout/page.tsx";
import {
  boxesFor,
  choicesFor,
  exclusiveSelection,
  multiAnswer,
  UNSURE_LABEL,
} from "./answer-choices.ts";
import { numberProblem } from "./number-answer.ts";
import { ProgressIndicator } from "./progress-indicator.tsx";

/** Props of a QuestionForm. */
export interface QuestionFormProps {
  readonly question: Question;
  readonly progress: Progress;
  /** An earlier answer to preselect (after Back). */
  readonly initial: AnswerValue | undefined;
  readonly busy: boolean;
  readonly canGoBack: boolean;
  readonly onAnswer: (value: AnswerValue) => void;
  readonly onBack: () => void;
  /** A problem from the server, shown in the summary. */
  readonly problem: string | null;
}

const FIELD_ID = "assessment-answer";
const CHOOSE = "Choose an answer. If you do not know, choose “Not sure”.";

/** The form for one question. */
export function QuestionForm(props: QuestionFormProps) {
  const { question, initial } = props;
  const [single, setSingle] = useState<string | null>(typeof initial === "string" ? initial : null);
  const [boxes, setBoxes] = useState<readonly string[]>(boxesFor(initial));
  const [number, setNumber] = useState<number | null>(typeof initial === "number" ? initial : null);
  const [unsure, setUnsure] = useState(initial === UNSURE);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  function answer(): { readonly value?: AnswerValue; readonly error?: string } {
    switch (question.kind) {
      case "single":
        return single === null ? { error: CHOOSE } : { value: single };
      case "multi":
        return boxes.length === 0 ? { error: CHOOSE } : { value: multiAnswer(boxes) };
      case "number": {
        if (unsure) {
          return { value: UNSURE };
        }
        const problem = numberProblem(question, number);
        return problem === undefined && number !== null ? { value: number } : { error: problem };
      }
    }
  }

  function submit(): void {
    setAttempt((n) => n + 1);
    const outcome = answer();
    setError(outcome.error);
    if (outcome.value !== undefined) {
      props.onAnswer(outcome.value);
    }
  }

  const fieldId = question.kind === "number" ? `${FIELD_ID}-number` : FIELD_ID;
  const summary: SummaryItem[] = [
    ...(error === undefined ? [] : [{ fieldId, message: error }]),
    ...(props.problem === null ? [] : [{ message: props.problem }]),
  ];

  return (
    <div class="assessment-question">
      <Page heading={question.text} width="narrow">
        <ProgressIndicator
          current={props.progress.asked + 1}
          estimatedTotal={props.progress.estimatedTotal}
        />
        <ErrorSummary items={summary} attempt={attempt} />
        {question.howTo === undefined ? null : (
          <section class="how-to" aria-labelledby="how-to-title">
            <h2 class="how-to-title" id="how-to-title">
              How to check
            </h2>
            <ol class="how-to-steps">
              {question.howTo.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
        )}
        <form
          class="form assessment-form"
          noValidate
          data-question-id={question.id}
          aria-label="Your answer"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          {question.kind === "single" ? (
            <RadioGroup
              id={FIELD_ID}
              name={question.id}
              legend={question.text}
              choices={choicesFor(question)}
              value={single}
              onValue={(value) => {
                setSingle(value);
                setError(undefined);
              }}
              hint={question.help}
              error={error}
            />
          ) : null}
          {question.kind === "multi" ? (
            <CheckboxGroup
              id={FIELD_ID}
              name={question.id}
              legend={question.text}
              choices={choicesFor(question)}
              value={boxes}
              onValue={(value) => {
                setBoxes(exclusiveSelection(boxes, value));
                setError(undefined);
              }}
              hint={question.help ?? "Choose all that apply."}
              error={error}
            />
          ) : null}
          {question.kind === "number" ? (
            <>
              <NumberField
                id={fieldId}
                name={question.id}
                label={question.text}
                value={number}
                onValue={(value) => {
                  setNumber(value);
                  setUnsure(false);
                  setError(undefined);
                }}
                unit={question.unit}
                hint={
                  question.help ??
                  `A whole number from ${question.min} to ${question.max} ${question.unit}.`
                }
                error={error}
              />
              <div class="choice assessment-unsure">
                <input
                  class="choice-input choice-input--checkbox"
                  type="checkbox"
                  id={`${FIELD_ID}-unsure`}
                  name={`${question.id}-unsure`}
                  value={UNSURE}
                  checked={unsure}
                  onChange={(event) => {
                    setUnsure(event.currentTarget.checked);
                    setError(undefined);
                  }}
                />
                <label class="choice-label" for={`${FIELD_ID}-unsure`}>
                  {UNSURE_LABEL}
                </label>
              </div>
            </>
          ) : null}
          <ButtonRow>
            <Button type="submit" busy={props.busy} busyLabel="Loading the next question…">
              Continue
            </Button>
            {props.canGoBack ? (
              <Button variant="secondary" onClick={props.onBack} busy={props.busy}>
                Back
              </Button>
            ) : null}
          </ButtonRow>
        </form>
      </Page>
    </div>
  );
}
