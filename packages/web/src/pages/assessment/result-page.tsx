// The result of the assessment kept on this device (/assessment/result, lazily loaded). It
// asks the API to evaluate the answers, then: signed in, saves them to the account (PUT with
// the draft's client-made id, so a repeat stores nothing twice), forgets the draft and opens
// the saved result; signed out, shows the result with an offer to sign in and save it.
// A failed save still shows the result, with the reason and a way to try again.
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { evaluateAnswers, saveAssessment, type AssessmentResult } from "../../api/assessments.ts";
import { Button, ButtonLink, ButtonRow } from "../../components/form/button.tsx";
import { ErrorSummary } from "../../components/form/error-summary.tsx";
import { useFlash } from "../../layout/flash.tsx";
import { Page } from "../../layout/page.tsx";
import { LoadingPage } from "../loading-page.tsx";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { clearDraft, loadDraft, type Draft } from "./draft-store.ts";
import { ResultActions, SaveOffer } from "./result-actions.tsx";
import { ResultView } from "./result-view.tsx";

type State =
  | { readonly kind: "loading" }
  | { readonly kind: "none" }
  | { readonly kind: "failed"; readonly detail: string }
  | {
      readonly kind: "ready";
      readonly result: AssessmentResult;
      readonly saveProblem: string | null;
    };

function NoResult() {
  return (
    <Page heading="No result on this device" width="narrow">
      <p>There is no finished assessment on this device. It takes about 5 minutes.</p>
      <ButtonRow>
        <ButtonLink href="/assessment">Start an assessment</ButtonLink>
      </ButtonRow>
    </Page>
  );
}

/** The on-device result, saved to the account when someone is signed in. */
export function ResultPage() {
  const session = useSessionOrThrow();
  const { route } = useLocation();
  const flash = useFlash();
  const [draft] = useState<Draft | null>(() => loadDraft());
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const signedIn = session.state.kind === "signed-in";

  useEffect(() => {
    if (draft === null || draft.answers.length === 0) {
      setState({ kind: "none" });
      return;
    }
    let current = true;
    void (async () => {
      const evaluated = await evaluateAnswers(session.api, draft.answers);
      if (!current) {
        return;
      }
      if (!evaluated.ok) {
        setState({ kind: "failed", detail: evaluated.problem.detail });
        return;
      }
      const result = evaluated.value;
      if (!signedIn) {
        setState({ kind: "ready", result, saveProblem: null });
        return;
      }
      const saved = await saveAssessment(session.api, {
        id: draft.id,
        contentVersion: draft.contentVersion ?? result.contentVersion,
        pairs: draft.answers,
      });
      if (!current) {
        return;
      }
      if (saved.ok) {
        clearDraft();
        const path = `/assessments/${draft.id}`;
        flash.show("Your result is saved to your account.", path);
        route(path, true);
        return;
      }
      setState({ kind: "ready", result, saveProblem: saved.problem.detail });
    })();
    return () => {
      current = false;
    };
  }, [draft, signedIn, attempt]);

  switch (state.kind) {
    case "loading":
      return <LoadingPage />;
    case "none":
      return <NoResult />;
    case "failed":
      return (
        <Page heading="We could not work out your result" width="narrow">
          <ErrorSummary items={[{ message: state.detail }]} />
          <ButtonRow>
            <Button onClick={() => setAttempt((n) => n + 1)}>Try again</Button>
          </ButtonRow>
        </Page>
      );
    case "ready":
      return (
        <ResultView
          result={state.result}
          heading="Your result"
          notice={
            state.saveProblem === null ? null : (
              <>
                <ErrorSummary
                  title="Your result is not saved yet"
                  items={[{ message: state.saveProblem }]}
                />
                <ButtonRow>
                  <Button onClick={() => setAttempt((n) => n + 1)}>Try saving again</Button>
                </ButtonRow>
              </>
            )
          }
          actions={
            <>
              {signedIn ? null : <SaveOffer />}
              <ResultActions />
            </>
          }
        />
      );
  }
}
