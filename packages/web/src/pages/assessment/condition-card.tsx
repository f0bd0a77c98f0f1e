// One possible cause on a result: its name, a plain likelihood with a four-step bar (never a
// percentage), and a panel that opens to show why the engine ranks it here (the answers
// that raised it most), what would change that, and the condition's page from the
// knowledge base. Self-management advice is only shown when the result's level allows it.
import { useState } from "preact/hooks";
import type { RankedCondition, TriageLevel } from "../../api/assessments.ts";
import { Button } from "../../components/form/button.tsx";
import { answerText, conditionName, conditionPage, questionText } from "./content-texts.ts";
import { likelihood } from "./likelihood.ts";

/** Props of a ConditionCard. */
export interface ConditionCardProps {
  readonly ranked: RankedCondition;
  readonly index: number;
  readonly level: TriageLevel;
  readonly initiallyOpen: boolean;
}

const MAX_REASONS = 5;
const MAX_CHANGES = 3;

function WhyList(props: { readonly ranked: RankedCondition }) {
  const raising = [...props.ranked.why]
    .filter((evidence) => evidence.effect > 1)
    .sort((a, b) => b.effect - a.effect)
    .slice(0, MAX_REASONS);
  if (raising.length === 0) {
    return <p>No single answer stood out; it fits your answers as a whole.</p>;
  }
  return (
    <ul class="why-list">
      {raising.map((evidence) => {
        const question = questionText(evidence.question);
        return (
          <li key={evidence.question}>
            <span class="why-answer">{answerText(evidence.question, evidence.answer)}</span>
            {question === undefined ? null : <span class="why-question">{question}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function WouldChangeList(props: { readonly ranked: RankedCondition }) {
  const changes = props.ranked.wouldChange.slice(0, MAX_CHANGES);
  if (changes.length === 0) {
    return <p>None of the questions left would change this much.</p>;
  }
  const now = likelihood(props.ranked.probability);
  return (
    <ul class="why-list">
      {changes.map((change) => {
        const question = questionText(change.question);
        const then = likelihood(change.probability);
        // Say which way it moves; name the new step only when it differs from today's.
        const direction = change.probability < props.ranked.probability ? "less" : "more";
        const step = then.step === now.step ? "" : ` (${then.words.toLowerCase()})`;
        return (
          <li key={`${change.question}:${change.answer}`}>
            If you answered “{answerText(change.question, change.answer)}”
            {question === undefined ? "" : ` to “${question}”`}, this would be {direction} likely
            {step}.
          </li>
        );
      })}
    </ul>
  );
}

/** One ranked condition with its expandable explanation. */
export function ConditionCard(props: ConditionCardProps) {
  const { ranked, index, level } = props;
  const [open, setOpen] = useState(props.initiallyOpen);
  const name = conditionName(ranked.condition);
  const shown = likelihood(ranked.probability);
  const page = conditionPage(ranked.condition);
  const panelId = `condition-panel-${index}`;
  const selfCareAllowed = level === "routine" || level === "self-care";
  return (
    <li class="condition-card" data-condition={ranked.condition}>
      <h3 class="condition-name">{name}</h3>
      <p class="likelihood">
        <span class={`likelihood-bar likelihood-bar--${shown.step}`} aria-hidden="true">
          <span class="likelihood-fill" />
        </span>
        <span class="likelihood-words">{shown.words}</span>
      </p>
      <Button
        variant="secondary"
        ariaExpanded={open}
        ariaControls={panelId}
        onClick={() => setOpen(!open)}
      >
        {open ? "Hide why we think so" : "Why we think so"}
        <span class="visually-hidden">: {name}</span>
      </Button>
      <div class="condition-panel" id={panelId} hidden={!open}>
        <h4>Why we think so</h4>
        <WhyList ranked={ranked} />
        <h4>What would change our mind</h4>
        <WouldChangeList ranked={ranked} />
        {page === undefined ? null : (
          <>
            <h4>What it is</h4>
            <p>{page.whatItIs}</p>
            {selfCareAllowed ? (
              <>
                <h4>What you can do now</h4>
                <ul>
                  {page.whatToDoNow.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <h4>Who to see</h4>
            <p>{page.whoToSee}</p>
          </>
        )}
      </div>
    </li>
  );
}
