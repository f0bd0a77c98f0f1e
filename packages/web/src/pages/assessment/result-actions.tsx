// What a non-emergency result offers after it: save it to an account (signed out), start a
// home program (a saved routine or self-care result only), print it, start a new assessment.
// Saving goes through sign-in or sign-up with `?next=` back to the result, where the answers
// kept on this device are saved to the new session.
import type { TriageLevel } from "../../api/assessments.ts";
import { Button, ButtonLink, ButtonRow } from "../../components/form/button.tsx";
import { StartProgram } from "../program/start-program.tsx";

/** The path of the on-device result, used as `?next=` after signing in. */
const RESULT_NEXT = encodeURIComponent("/assessment/result");

/** The offer to save an on-device result to an account. */
export function SaveOffer() {
  return (
    <section class="card save-offer" aria-labelledby="save-offer-title">
      <h2 id="save-offer-title">Keep this result</h2>
      <p>
        It is only on this device for now. Sign in, or create a free account, to save it and come
        back to it later.
      </p>
      <ButtonRow>
        <ButtonLink href={`/sign-in?next=${RESULT_NEXT}`}>Sign in to save this result</ButtonLink>
        <ButtonLink href={`/sign-up?next=${RESULT_NEXT}`} variant="secondary">
          Create an account
        </ButtonLink>
      </ButtonRow>
    </section>
  );
}

/** Print and start-again actions. */
export function ResultActions() {
  return (
    <ButtonRow>
      <Button variant="secondary" onClick={() => window.print()}>
        Print this result
      </Button>
      <ButtonLink href="/assessment" variant="secondary">
        Start a new assessment
      </ButtonLink>
    </ButtonRow>
  );
}

/** Whether a home program may be offered: never when the result says to get care first. */
export function programAllowed(level: TriageLevel): boolean {
  switch (level) {
    case "routine":
    case "self-care":
      return true;
    case "urgent":
    case "emergency":
      return false;
    default: {
      const unknown: never = level;
      return unknown;
    }
  }
}

/** "Start your home program" for a saved routine or self-care result; nothing otherwise. */
export function HomeProgramOffer(props: {
  readonly assessmentId: string;
  readonly level: TriageLevel;
}) {
  return programAllowed(props.level) ? <StartProgram assessmentId={props.assessmentId} /> : null;
}
