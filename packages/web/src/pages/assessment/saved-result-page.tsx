// A result saved to the account (/assessments/:id, signed in, lazily loaded): the stored
// result exactly as the server evaluated it, with the date it was saved.
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { fetchAssessment, type SavedAssessment } from "../../api/assessments.ts";
import { ButtonLink, ButtonRow } from "../../components/form/button.tsx";
import { ErrorSummary } from "../../components/form/error-summary.tsx";
import { Page } from "../../layout/page.tsx";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { LoadingPage } from "../loading-page.tsx";
import { formatDate } from "./format-date.ts";
import { HomeProgramOffer, ResultActions } from "./result-actions.tsx";
import { ResultView } from "./result-view.tsx";

type State =
  | { readonly kind: "loading" }
  | { readonly kind: "failed"; readonly detail: string }
  | { readonly kind: "ready"; readonly saved: SavedAssessment };

/** One saved result. */
export function SavedResultPage() {
  const { api } = useSessionOrThrow();
  const { params } = useRoute();
  const id = params.id ?? "";
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let current = true;
    void fetchAssessment(api, id).then((result) => {
      if (current) {
        setState(
          result.ok
            ? { kind: "ready", saved: result.value }
            : { kind: "failed", detail: result.problem.detail },
        );
      }
    });
    return () => {
      current = false;
    };
  }, [api, id]);

  switch (state.kind) {
    case "loading":
      return <LoadingPage />;
    case "failed":
      return (
        <Page heading="We could not open this result" width="narrow">
          <ErrorSummary items={[{ message: state.detail }]} />
          <ButtonRow>
            <ButtonLink href="/">Go to your home screen</ButtonLink>
          </ButtonRow>
        </Page>
      );
    case "ready": {
      const date = formatDate(state.saved.assessment.createdAt);
      return (
        <ResultView
          result={state.saved.result}
          heading="Your saved result"
          {...(date === "" ? {} : { lead: `Saved on ${date}.` })}
          actions={
            <>
              <HomeProgramOffer
                assessmentId={state.saved.assessment.id}
                level={state.saved.result.triage.level}
              />
              <ResultActions />
            </>
          }
        />
      );
    }
  }
}
