// What the player shows for the current step: the exercise (name, illustration, which side
// and how to tell), and the step itself: the introduction with the numbered steps, a get-ready
// or rest countdown, a hold timer with "Set 2 of 3", or a set of repetitions. Presentational:
// the player passes the state and the milliseconds left; buttons call back.
import type { CheckedExercise } from "@ilio/core";
import { formatClock, secondsToShow } from "./countdown.ts";
import { ExerciseIllustration } from "./exercise-illustration.tsx";
import type { PlayerExercise } from "./player-exercise.ts";
import type { Step } from "./player-steps.ts";
import { doseWords, duration, setWords, sideLabel } from "./step-words.ts";

/** Props of a StepPanel. */
export interface StepPanelProps {
  readonly step: Step;
  readonly exercise: PlayerExercise;
  readonly library: CheckedExercise | undefined;
  readonly position: { readonly number: number; readonly of: number };
  readonly leftMs: number | null;
}

function SideBanner(props: { readonly step: Step; readonly library: CheckedExercise | undefined }) {
  const side = "side" in props.step ? sideLabel(props.step.side) : null;
  if (side === null) {
    return null;
  }
  // Which leg works stays on screen during sets too (REFERENCE §7.5: the question people
  // ask most); how to tell is added while getting into position.
  const guidance = props.library?.side;
  const settingUp = props.step.kind === "intro" || props.step.kind === "ready";
  return (
    <div class="player-side">
      <p class="player-side-name">{side}</p>
      {guidance === undefined ? null : (
        <p class="player-side-help">
          {settingUp ? `${guidance.worked} ${guidance.howToTell}` : guidance.worked}
        </p>
      )}
    </div>
  );
}

function Timer(props: { readonly label: string; readonly leftMs: number | null }) {
  const seconds = props.leftMs === null ? 0 : secondsToShow(props.leftMs);
  return (
    <div class="player-timer">
      <p class="player-timer-label">{props.label}</p>
      <p class="player-timer-value" role="timer" aria-live="off" aria-atomic="true">
        <span class="visually-hidden">{`${seconds} seconds left`}</span>
        <span aria-hidden="true">{formatClock(seconds)}</span>
      </p>
    </div>
  );
}

function Intro(props: {
  readonly exercise: PlayerExercise;
  readonly library: CheckedExercise | undefined;
}) {
  const steps = props.exercise.variantSteps ?? props.library?.steps ?? [];
  return (
    <div class="player-intro">
      <p class="player-dose">{doseWords(props.exercise)}</p>
      {props.library === undefined || props.exercise.variantSteps !== undefined ? null : (
        <p>
          <strong>Start:</strong> {props.library.start}
        </p>
      )}
      <ol class="player-steps">
        {steps.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
      {props.library?.feel === undefined ? null : <p class="player-feel">{props.library.feel}</p>}
    </div>
  );
}

function StepBody(props: StepPanelProps) {
  const { step, exercise } = props;
  switch (step.kind) {
    case "intro":
      return <Intro exercise={exercise} library={props.library} />;
    case "ready":
      return (
        <Timer
          label={step.switching ? "Change sides and get into position" : "Get into position"}
          leftMs={props.leftMs}
        />
      );
    case "work":
      return (
        <>
          <p class="player-set">
            Set {step.set} of {step.sets}
          </p>
          {step.seconds === null ? (
            <p class="player-reps">{setWords(exercise)}</p>
          ) : (
            <Timer label="Hold" leftMs={props.leftMs} />
          )}
        </>
      );
    case "rest":
      return (
        <>
          <Timer label={`Rest, then set ${step.nextSet} of ${step.sets}`} leftMs={props.leftMs} />
          <p class="player-hint">Rest for {duration(step.seconds)}. Breathe out slowly.</p>
        </>
      );
    default: {
      const unknown: never = step;
      return unknown;
    }
  }
}

/** The current step of the session. */
export function StepPanel(props: StepPanelProps) {
  return (
    <section class="player-step" aria-labelledby="player-exercise-name">
      <p class="player-position">
        Exercise {props.position.number} of {props.position.of}
      </p>
      <h2 class="player-exercise-name" id="player-exercise-name">
        {props.exercise.name}
      </h2>
      <div class="player-stage">
        {props.library === undefined ? null : <ExerciseIllustration exercise={props.library} />}
        <div class="player-now">
          <SideBanner step={props.step} library={props.library} />
          <StepBody {...props} />
        </div>
      </div>
    </section>
  );
}
