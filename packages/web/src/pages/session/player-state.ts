// The session player as a pure state machine: where the person is in the list of steps, the
// countdown of a timed step, pause, skip, swap for the easier variant, and how many sets were
// done on each side. Timed steps chain on the wall clock: when a countdown ends late (the tab
// was in the background), the next one starts when the last one *should* have ended, so a
// whole run of holds and rests catches up in one go. Time is always an argument (`now`).
import {
  isFinished,
  pauseCountdown,
  resumeCountdown,
  startCountdown,
  type Countdown,
} from "./countdown.ts";
import type { PlayerExercise, Side } from "./player-exercise.ts";
import { sessionSteps, stepSeconds, type Step } from "./player-steps.ts";

/** Sets done on one side of one exercise (side null: both sides together or none). */
export interface SideLog {
  readonly exercise: number;
  readonly side: Side | null;
  readonly setsDone: number;
  readonly skipped: boolean;
}

/** The player at one moment. */
export interface PlayerState {
  readonly exercises: readonly PlayerExercise[];
  readonly steps: readonly Step[];
  /** Index into `steps`; equal to its length when the session is over. */
  readonly index: number;
  /** The countdown of the current step when it is timed. */
  readonly countdown: Countdown | null;
  readonly logs: readonly SideLog[];
}

function logsFor(exercises: readonly PlayerExercise[]): SideLog[] {
  return exercises.flatMap((e, exercise) =>
    e.sides.map((side) => ({ exercise, side, setsDone: 0, skipped: false })),
  );
}

/** Moves to step `index`, starting its countdown (if any) at `startAt`. */
function enter(state: PlayerState, index: number, startAt: number): PlayerState {
  const step = state.steps[index];
  const seconds = step === undefined ? null : stepSeconds(step);
  return {
    ...state,
    index,
    countdown: seconds === null ? null : startCountdown(seconds * 1000, startAt),
  };
}

function countSet(state: PlayerState, step: Step): readonly SideLog[] {
  if (step.kind !== "work") {
    return state.logs;
  }
  return state.logs.map((log) =>
    log.exercise === step.exercise && log.side === step.side
      ? { ...log, setsDone: log.setsDone + 1 }
      : log,
  );
}

/** A new player at the first step. */
export function startPlayer(exercises: readonly PlayerExercise[]): PlayerState {
  return {
    exercises,
    steps: sessionSteps(exercises),
    index: 0,
    countdown: null,
    logs: logsFor(exercises),
  };
}

/** The current step, or undefined when the session is over. */
export function currentStep(state: PlayerState): Step | undefined {
  return state.steps[state.index];
}

/** Whether every step is behind the person. */
export function isOver(state: PlayerState): boolean {
  return state.index >= state.steps.length;
}

/** Ends the current step as done (a set counts) and moves on, the next countdown from `at`. */
function finishStep(state: PlayerState, at: number): PlayerState {
  const step = currentStep(state);
  if (step === undefined) {
    return state;
  }
  return enter({ ...state, logs: countSet(state, step) }, state.index + 1, at);
}

/**
 * Brings the player up to `now`: every timed step whose countdown has ended is finished,
 * and the next one starts when it ended (not at `now`), so nothing drifts.
 */
export function tick(state: PlayerState, now: number): PlayerState {
  let next = state;
  while (next.countdown !== null && isFinished(next.countdown, now)) {
    const endedAt = next.countdown.kind === "running" ? next.countdown.endsAt : now;
    next = finishStep(next, endedAt);
  }
  return next;
}

/** The person ends an untimed step ("Start", "Set done") or cuts a countdown short. */
export function advance(state: PlayerState, now: number): PlayerState {
  return isOver(state) ? state : finishStep(state, now);
}

/** Whether the current countdown is paused. */
export function isPaused(state: PlayerState): boolean {
  return state.countdown?.kind === "paused";
}

/** Pauses the current countdown. */
export function pause(state: PlayerState, now: number): PlayerState {
  return state.countdown === null
    ? state
    : { ...state, countdown: pauseCountdown(state.countdown, now) };
}

/** Resumes the current countdown. */
export function resume(state: PlayerState, now: number): PlayerState {
  return state.countdown === null
    ? state
    : { ...state, countdown: resumeCountdown(state.countdown, now) };
}

function firstStepOf(steps: readonly Step[], exercise: number): number {
  const found = steps.findIndex((s) => s.exercise === exercise);
  return found === -1 ? steps.length : found;
}

/** Skips the rest of the current exercise; sides with no set done are logged as skipped. */
export function skipExercise(state: PlayerState, now: number): PlayerState {
  const step = currentStep(state);
  if (step === undefined) {
    return state;
  }
  const logs = state.logs.map((log) =>
    log.exercise === step.exercise && log.setsDone < (state.exercises[step.exercise]?.sets ?? 0)
      ? { ...log, skipped: true }
      : log,
  );
  return enter({ ...state, logs }, firstStepOf(state.steps, step.exercise + 1), now);
}

/** Replaces the current exercise (its easier variant) and starts it again from its intro. */
export function swapExercise(
  state: PlayerState,
  replacement: PlayerExercise,
  now: number,
): PlayerState {
  const step = currentStep(state);
  if (step === undefined) {
    return state;
  }
  const exercises = state.exercises.map((e, i) => (i === step.exercise ? replacement : e));
  const steps = sessionSteps(exercises);
  const logs = [
    ...state.logs.filter((log) => log.exercise !== step.exercise),
    ...replacement.sides.map((side) => ({
      exercise: step.exercise,
      side,
      setsDone: 0,
      skipped: false,
    })),
  ].sort((a, b) => a.exercise - b.exercise);
  return enter({ ...state, exercises, steps, logs }, firstStepOf(steps, step.exercise), now);
}

/** The next step after the current one that is not a rest, for "Next: …". */
export function upcoming(state: PlayerState): Step | undefined {
  return state.steps.slice(state.index + 1).find((s) => s.kind !== "rest");
}
