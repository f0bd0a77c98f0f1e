// The first screen of /assessment: what the questions are for and how they work, or, when
// an assessment is already in progress on this device, the choice to continue it or start
// again. The emergency note comes before any question: nobody should wait for a
// questionnaire to be told to get help. A signed-in clinician is also offered clinician
// mode, which adds examination findings to the questions; nobody else ever sees it.
import type { Audience } from "../../api/assessments.ts";
import { Button, ButtonRow } from "../../components/form/button.tsx";
import { ErrorSummary } from "../../components/form/error-summary.tsx";
import { Page } from "../../layout/page.tsx";
import type { Draft } from "./draft-store.ts";

/** Props of the start screen. */
export interface StartScreenProps {
  /** The draft on this device, if any. */
  readonly draft: Draft | null;
  readonly busy: boolean;
  readonly problem: string | null;
  readonly onStart: () => void;
  readonly onContinue: () => void;
  /** The clinician-mode choice; null when it is not offered (anyone but a clinician). */
  readonly audience: AudienceChoice | null;
}

/** The clinician-mode checkbox's value and what to do when it changes. */
export interface AudienceChoice {
  readonly value: Audience;
  readonly onValue: (value: Audience) => void;
}

const MODE_ID = "assessment-clinician-mode";

/** "Include examination findings (clinician mode)", with a one-line hint. */
function ClinicianMode(props: { readonly choice: AudienceChoice }) {
  const { choice } = props;
  return (
    <div class="choice clinician-mode">
      <input
        class="choice-input choice-input--checkbox"
        type="checkbox"
        id={MODE_ID}
        name="audience"
        value="clinician"
        checked={choice.value === "clinician"}
        onChange={(event) => choice.onValue(event.currentTarget.checked ? "clinician" : "patient")}
        aria-describedby={`${MODE_ID}-hint`}
      />
      <div class="clinician-mode-text">
        <label class="choice-label" for={MODE_ID}>
          Include examination findings (clinician mode)
        </label>
        <span class="choice-hint" id={`${MODE_ID}-hint`}>
          The interview will also ask for findings from your examination (Thomas test, FABER…).
        </span>
      </div>
    </div>
  );
}

function EmergencyNote() {
  return (
    <aside class="note note--warning" aria-labelledby="assessment-emergency-title">
      <h2 class="note-title" id="assessment-emergency-title">
        If you need help now
      </h2>
      <p>
        If your pain is sudden and severe, or you feel very unwell, call your local emergency number
        or go to an emergency department now. Do not wait to finish the questions.
      </p>
    </aside>
  );
}

/** Intro, or continue-or-start-again. */
export function StartScreen(props: StartScreenProps) {
  const { draft } = props;
  const inProgress = draft !== null && draft.answers.length > 0;
  const problem = props.problem === null ? [] : [{ message: props.problem }];
  if (inProgress) {
    return (
      <Page
        heading="Continue your assessment?"
        lead={
          draft.finished
            ? "You finished an assessment on this device."
            : `You answered ${draft.answers.length} ${draft.answers.length === 1 ? "question" : "questions"} on this device and can carry on where you left off.`
        }
        width="narrow"
      >
        <ErrorSummary items={problem} />
        {props.audience === null ? null : <ClinicianMode choice={props.audience} />}
        <ButtonRow>
          <Button onClick={props.onContinue} busy={props.busy} busyLabel="Loading…">
            {draft.finished ? "See your result" : "Continue where you left off"}
          </Button>
          <Button variant="secondary" onClick={props.onStart}>
            Start again
          </Button>
        </ButtonRow>
        <EmergencyNote />
      </Page>
    );
  }
  return (
    <Page
      heading="Check your symptoms"
      lead="Answer questions about your pain, one at a time. It takes about 5 minutes."
      width="narrow"
    >
      <ul class="assessment-intro-list">
        <li>
          We ask about warning signs first. If anything needs urgent care, we tell you at once.
        </li>
        <li>You can always choose “Not sure”.</li>
        <li>You can go back and change an answer.</li>
        <li>
          Your answers are kept on this device until you finish. If you are signed in, your result
          is saved to your account.
        </li>
      </ul>
      <p>
        The result shows possible causes and what to do next. It is not a diagnosis: only a
        professional who examines you can diagnose you.
      </p>
      <ErrorSummary items={problem} />
      {props.audience === null ? null : <ClinicianMode choice={props.audience} />}
      <ButtonRow>
        <Button onClick={props.onStart} busy={props.busy} busyLabel="Loading…">
          Start
        </Button>
      </ButtonRow>
      <EmergencyNote />
    </Page>
  );
}
