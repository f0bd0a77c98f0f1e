// "Your assessments" for a signed-in person: each saved result with its date, level of care
// and most likely cause, linking to the saved result. Loaded lazily by the home screen (it
// needs the knowledge base's condition names). An emergency is listed by its level only.
import { useEffect, useState } from "preact/hooks";
import { fetchMyAssessments, type AssessmentSummary } from "../../api/assessments.ts";
import { useSessionOrThrow } from "../../session/session-provider.tsx";
import { conditionName } from "./content-texts.ts";
import { formatDate } from "./format-date.ts";
import { triageLabel } from "./triage-words.ts";

type State =
  | { readonly kind: "loading" }
  | { readonly kind: "failed"; readonly detail: string }
  | { readonly kind: "ready"; readonly list: readonly AssessmentSummary[] };

function describe(item: AssessmentSummary): string {
  const level = triageLabel(item.triage);
  if (item.triage === "emergency" || item.topCondition === null) {
    return level;
  }
  return `${level}: ${conditionName(item.topCondition)} most likely`;
}

/** The signed-in person's saved assessments. */
export function SavedAssessments() {
  const { api } = useSessionOrThrow();
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let current = true;
    void fetchMyAssessments(api).then((result) => {
      if (current) {
        setState(
          result.ok
            ? { kind: "ready", list: result.value }
            : { kind: "failed", detail: result.problem.detail },
        );
      }
    });
    return () => {
      current = false;
    };
  }, [api]);

  return (
    <section class="saved-assessments" aria-labelledby="saved-assessments-title">
      <h2 class="section-title" id="saved-assessments-title">
        Your assessments
      </h2>
      {state.kind === "loading" ? <p class="loading">Loading your assessments…</p> : null}
      {state.kind === "failed" ? <p>{state.detail}</p> : null}
      {state.kind === "ready" && state.list.length === 0 ? (
        <p>You have no saved assessments yet.</p>
      ) : null}
      {state.kind === "ready" && state.list.length > 0 ? (
        <ul class="saved-list">
          {state.list.map((item) => (
            <li key={item.id}>
              <a class="saved-link" href={`/assessments/${item.id}`}>
                <span class="saved-date">{formatDate(item.createdAt) || "Saved result"}</span>
                <span class="saved-summary">{describe(item)}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
