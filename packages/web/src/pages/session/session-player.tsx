// The session player: runs the steps of today's session one at a time. It owns the player
// state, brings it up to the wall clock on every tick (a 250 ms interval, and at once when the
// tab becomes visible again, so a throttled background tab catches up correctly), beeps and
// optionally speaks when a step changes, keeps the screen on while it runs, and offers pause,
// skip, the easier version and stop. The stop rules are reachable on every step.
import type { ExerciseLibrary } from "@ilio/core";
import { findExercise } from "@ilio/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { Button } from "../../components/form/button.tsx";
import { beep, canSpeak, speak, stopSpeaking } from "./cues.ts";
import { easierVersion } from "./easier-variant.ts";
import { remainingMs } from "./countdown.ts";
import type { Dose } from "@ilio/core";
import {
  advance,
  currentStep,
  isOver,
  isPaused,
  pause,
  resume,
  skipExercise,
  swapExercise,
  tick,
  upcoming,
  type PlayerState,
} from "./player-state.ts";
import { StepPanel } from "./step-panel.tsx";
import { nextWords, spokenCue } from "./step-words.ts";
import { StopCard } from "./stop-card.tsx";
import { useWakeLock } from "./use-wake-lock.ts";

/** Props of the SessionPlayer. */
export interface SessionPlayerProps {
  readonly initial: PlayerState;
  readonly doses: readonly Dose[];
  readonly library: ExerciseLibrary;
  readonly stopRules: readonly string[];
  /** Called once, when the last step ends or the person stops early. */
  readonly onFinished: (state: PlayerState, at: number) => void;
}

const TICK_MS = 250;

/** Plays a session. */
export function SessionPlayer(props: SessionPlayerProps) {
  const [state, setState] = useState(props.initial);
  const [now, setNow] = useState(() => Date.now());
  const [voice, setVoice] = useState(false);
  const finished = useRef(false);
  const lastIndex = useRef(state.index);

  useEffect(() => {
    const update = () => {
      const at = Date.now();
      setNow(at);
      setState((s) => tick(s, at));
    };
    const id = setInterval(update, TICK_MS);
    document.addEventListener("visibilitychange", update);
    return () => {
      clearInterval(id);
      document.removeEventListener("visibilitychange", update);
      stopSpeaking();
    };
  }, []);

  useEffect(() => {
    if (state.index === lastIndex.current) {
      return;
    }
    lastIndex.current = state.index;
    // The phone lies on the floor: bring the exercise, side and timer back into view.
    document.getElementById("player-exercise-name")?.scrollIntoView({ block: "start" });
    const step = currentStep(state);
    if (step === undefined) {
      beep();
      return;
    }
    if (step.kind !== "intro") {
      beep();
    }
    if (voice) {
      speak(spokenCue(step, state.exercises));
    }
  }, [state.index, voice]);

  useEffect(() => {
    if (isOver(state) && !finished.current) {
      finished.current = true;
      props.onFinished(state, Date.now());
    }
  }, [state]);

  const paused = isPaused(state);
  useWakeLock(!paused && !isOver(state));

  const step = currentStep(state);
  const exercise = step === undefined ? undefined : state.exercises[step.exercise];
  if (step === undefined || exercise === undefined) {
    return null;
  }
  const library = findExercise(props.library, exercise.swappedFor ?? exercise.exerciseId);
  const dose = props.doses[step.exercise];
  const easier = dose === undefined ? undefined : easierVersion(props.library, exercise, dose);
  const act = (change: (s: PlayerState, at: number) => PlayerState) => {
    const at = Date.now();
    setNow(at);
    setState((s) => change(s, at));
  };
  const leftMs = state.countdown === null ? null : remainingMs(state.countdown, now);

  return (
    <div class="player" data-player-step={String(state.index)}>
      <StepPanel
        step={step}
        exercise={exercise}
        library={library}
        position={{ number: step.exercise + 1, of: state.exercises.length }}
        leftMs={leftMs}
      />
      <p class="visually-hidden" aria-live="polite">
        {spokenCue(step, state.exercises)}
      </p>
      <div class="player-controls">
        {step.kind === "intro" ? <Button onClick={() => act(advance)}>Start</Button> : null}
        {step.kind === "work" && step.seconds === null ? (
          <Button onClick={() => act(advance)}>Set done</Button>
        ) : null}
        {state.countdown === null ? null : (
          <Button onClick={() => act(paused ? resume : pause)}>
            {paused ? "Resume" : "Pause"}
          </Button>
        )}
        {step.kind === "ready" || step.kind === "rest" ? (
          <Button variant="secondary" onClick={() => act(advance)}>
            {step.kind === "rest" ? "Skip the rest" : "I'm ready, start now"}
          </Button>
        ) : null}
      </div>
      {step.kind === "intro" ? null : (
        <p class="player-next">{nextWords(upcoming(state), state.exercises)}</p>
      )}
      <div class="player-secondary">
        {easier === undefined ? null : (
          <Button variant="secondary" onClick={() => act((s, at) => swapExercise(s, easier, at))}>
            Swap for the easier version
          </Button>
        )}
        <Button variant="secondary" onClick={() => act(skipExercise)}>
          Skip this exercise
        </Button>
      </div>
      <StopCard rules={props.stopRules} />
      <div class="player-settings">
        {canSpeak() ? (
          <label class="player-toggle">
            <input
              type="checkbox"
              checked={voice}
              onChange={(event) => setVoice(event.currentTarget.checked)}
            />
            Read the steps aloud
          </label>
        ) : null}
        <Button
          variant="link"
          onClick={() => {
            finished.current = true;
            props.onFinished(state, Date.now());
          }}
        >
          Stop the session here
        </Button>
      </div>
    </div>
  );
}
