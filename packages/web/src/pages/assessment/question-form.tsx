// One question on one screen: the question is the page heading, then its help and (for home
// self-checks) how to do the check, then the answers, "Not sure" always among them, and
// Back and Continue. Continue is never disabled: pressing it with nothing chosen shows a
// plain sentence by the field and in the announced error summary. A red-flag checklist has
// "I'm not sure about some of these" instead of "Not sure", which asks Yes, No or Not sure
// per item (checklist-items.ts). An examination finding (clinician mode) is captioned
// "Examination finding" above its heading. The form carries the question id
// (data-question-id) so tests and tools can tell which question is showing.
import { useState } from "preact/hooks";
import {
  UNSURE,
  type AnswerValue,
  type Progress,
  type Question,
  type QuestionOption,
} from "../../api/assessments.ts";
import { Button, ButtonRow } from "../../components/form/button.tsx";
import { CheckboxGroup } from "../../components/form/checkbox-group.tsx";
import { ErrorSummary, type SummaryItem } from "../../components/form/error-summary.tsx";
import { NumberField } from "../../components/form/number-field.tsx";
import { RadioGroup } from "../../components/form/radio-group.tsx";
import { Page } from "../../layout/page.tsx";
import { choicesFor, multiAnswer, UNSURE_ITEMS_LABEL, UNSURE_LABEL } from "./answer-choices.ts";
import {
  asksPerItem,
  boxChoices,
  isPerItem,
  itemsAnswer,
  selectionFor,
  withBoxes,
  withItem,
} from "./checklist-items.ts";
import { itemFieldId, ItemAnswers } from "./item-answers.tsx";
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
const ITEMS_ID = `${FIELD_ID}-items`;
/** The caption of a question for the clinician's examination rather than the person. */
const EXAM_CAPTION = "Examination finding";
const CHOOSE = "Choose an answer. If you do not know, choose “Not sure”.";
const CHOOSE_PER_ITEM = `Choose an answer. If you do not know about an item, choose “${UNSURE_ITEMS_LABEL}” and mark that item “Not sure”.`;

/** The message when items of the per-item view have no answer yet. */
function itemsMissing(count: number): string {
  const left = count === 1 ? "1 item has" : `${count} items have`;
  return `Choose Yes, No or Not sure for each item. ${left} no answer yet.`;
}

/** An answer to send, or the message to show and the field it is about. */
type Outcome =
  | { readonly value: AnswerValue }
  | { readonly error: string | undefined; readonly fieldId: string };

/** The form for one question. */
export function QuestionForm(props: QuestionFormProps) {
  const { question, initial } = props;
  const [single, setSingle] = useState<string | null>(typeof initial === "string" ? initial : null);
  const [checklist, setChecklist] = useState(() => selectionFor(question, initial));
  const [number, setNumber] = useState<number | null>(typeof initial === "number" ? initial : null);
  const [unsure, setUnsure] = useState(initial === UNSURE);
  const [error, setError] = useState<string | undefined>(undefined);
  const [errorField, setErrorField] = useState(FIELD_ID);
  const [showMissing, setShowMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const perItem = isPerItem(checklist);

  function multiOutcome(options: readonly QuestionOption[]): Outcome {
    if (perItem) {
      const items = itemsAnswer(question, checklist.items);
      if (items.ok) {
        return { value: items.value };
      }
      // The summary's link goes to the first item still without an answer.
      const first = options.findIndex((option) => items.missing.includes(option.id));
      return { error: itemsMissing(items.missing.length), fieldId: itemFieldId(ITEMS_ID, first) };
    }
    if (checklist.boxes.length === 0) {
      return { error: asksPerItem(question) ? CHOOSE_PER_ITEM : CHOOSE, fieldId: FIELD_ID };
    }
    return { value: multiAnswer(checklist.boxes) };
  }

  function outcome(): Outcome {
    switch (question.kind) {
      case "single":
        return single === null ? { error: CHOOSE, fieldId: FIELD_ID } : { value: single };
      case "multi":
        return multiOutcome(question.options);
      case "number": {
        if (unsure) {
          return { value: UNSURE };
        }
        const problem = numberProblem(question, number);
        return problem === undefined && number !== null
          ? { value: number }
          : { error: problem, fieldId: `${FIELD_ID}-number` };
      }
    }
  }

  function submit(): void {
    setAttempt((n) => n + 1);
    const result = outcome();
    if ("value" in result) {
      setError(undefined);
      props.onAnswer(result.value);
      return;
    }
    setError(result.error);
    setErrorField(result.fieldId);
    setShowMissing(perItem);
  }

  const fieldId = question.kind === "number" ? `${FIELD_ID}-number` : FIELD_ID;
  const groupError = perItem ? undefined : error;
  const summary: SummaryItem[] = [
    ...(error === undefined ? [] : [{ fieldId: errorField, message: error }]),
    ...(props.problem === null ? [] : [{ message: props.problem }]),
  ];

  return (
    <div class="assessment-question">
      <Page
        heading={question.text}
        caption={question.audience === "clinician" ? EXAM_CAPTION : undefined}
        width="narrow"
      >
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
              choices={boxChoices(question, checklist)}
              value={checklist.boxes}
              onValue={(value) => {
                setChecklist(withBoxes(question, checklist, value));
                setError(undefined);
                setShowMissing(false);
              }}
              hint={perItem ? question.help : (question.help ?? "Choose all that apply.")}
              error={groupError}
            />
          ) : null}
          {question.kind === "multi" && perItem ? (
            <ItemAnswers
              id={ITEMS_ID}
              name={question.id}
              options={question.options}
              value={checklist.items}
              onItem={(option, value) => {
                setChecklist(withItem(checklist, option, value));
                setError(undefined);
              }}
              error={error}
              showMissing={showMissing}
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
