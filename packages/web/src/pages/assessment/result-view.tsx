// A whole assessment result, in the order a person in pain needs it: the triage banner
// first; then the not-a-diagnosis statement; the top possible causes (3 to 5, each with a
// plain likelihood and its explanation); serious causes not ruled out; and what to watch for. An emergency result is a
// different screen altogether (emergency-result.tsx). `actions` holds what the page around
// it offers (save, print, start again); it is never shown for an emergency.
import type { ComponentChildren } from "preact";
import type { AssessmentResult, RankedCondition } from "../../api/assessments.ts";
import { Page } from "../../layout/page.tsx";
import { ConditionCard } from "./condition-card.tsx";
import { EmergencyResult } from "./emergency-result.tsx";
import { NotADiagnosis } from "./not-a-diagnosis.tsx";
import { NotRuledOutSection } from "./not-ruled-out.tsx";
import { SafetyNet } from "./safety-net.tsx";
import { TriageBanner } from "./triage-banner.tsx";

/** Props of a ResultView. */
export interface ResultViewProps {
  readonly result: AssessmentResult;
  readonly heading: string;
  readonly lead?: string;
  /** Shown after the result, except for an emergency. */
  readonly actions?: ComponentChildren;
  /** Shown above the banner (a save confirmation or problem), except for an emergency. */
  readonly notice?: ComponentChildren;
}

const MIN_SHOWN = 3;
const MAX_SHOWN = 5;
/** Below this a condition is only listed to make up the minimum of three. */
const WORTH_LISTING = 0.05;

/** The conditions to show: the top three, and up to five while they are worth listing. */
export function topConditions(ranking: readonly RankedCondition[]): readonly RankedCondition[] {
  return ranking
    .slice(0, MAX_SHOWN)
    .filter((ranked, index) => index < MIN_SHOWN || ranked.probability >= WORTH_LISTING);
}

/** The result screen for any triage level. */
export function ResultView(props: ResultViewProps) {
  const { result } = props;
  if (result.triage.level === "emergency") {
    return <EmergencyResult result={result} />;
  }
  const shown = topConditions(result.ranking);
  return (
    <div class="assessment-result" data-triage={result.triage.level}>
      <Page heading={props.heading} lead={props.lead} width="narrow">
        {props.notice}
        <TriageBanner triage={result.triage} />
        <NotADiagnosis text={result.notADiagnosis} />
        <section class="result-section" aria-labelledby="causes-title">
          <h2 id="causes-title">Possible causes</h2>
          <p class="result-hint">Most likely first, from your answers. Open each one to see why.</p>
          <ol class="condition-list">
            {shown.map((ranked, index) => (
              <ConditionCard
                key={ranked.condition}
                ranked={ranked}
                index={index}
                level={result.triage.level}
                initiallyOpen={index === 0}
              />
            ))}
          </ol>
        </section>
        <NotRuledOutSection
          items={result.notRuledOut}
          shown={shown.map((ranked) => ranked.condition)}
        />
        <SafetyNet lines={result.safetyNet} heading="When to get help sooner" />
        {props.actions}
      </Page>
    </div>
  );
}
