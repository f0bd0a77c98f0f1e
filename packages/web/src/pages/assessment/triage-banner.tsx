// The first thing on a non-emergency result: the level of care in a few words, the
// knowledge base's advice for that level, and the engine's reasons for that level.
import type { AssessmentResult } from "../../api/assessments.ts";
import { decidingReasons, triageHeading } from "./triage-words.ts";

/** The triage banner of an urgent, routine or self-care result. */
export function TriageBanner(props: { readonly triage: AssessmentResult["triage"] }) {
  const { level, advice } = props.triage;
  const reasons = decidingReasons(props.triage);
  return (
    <section
      class={`triage-banner triage-banner--${level}`}
      aria-labelledby="triage-title"
      data-triage={level}
    >
      <h2 class="triage-title" id="triage-title">
        {triageHeading(level)}
      </h2>
      <p class="triage-advice">{advice}</p>
      {reasons.length === 0 ? null : (
        <>
          <h3 class="triage-reasons-title">Why we suggest this</h3>
          <ul class="reason-list">
            {reasons.map((reason) => (
              <li key={`${reason.kind}:${reason.text}`}>{reason.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
