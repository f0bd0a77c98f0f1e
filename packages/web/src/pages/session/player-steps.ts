// The steps of a session in order: for each exercise an introduction (read the steps, get
// into position), then for each side a get-ready countdown and the sets with a rest between
// them; changing sides has a longer get-ready. Pure: a list built from the exercises.
import type { PlayerExercise, Side } from "./player-exercise.ts";

/** Seconds to get into position before the first set of a side. */
export const GET_READY_SECONDS = 5;
/** Seconds to change sides (turn round, kneel on the other knee). */
export const SWITCH_SIDE_SECONDS = 10;

/** One screen of the player. */
export type Step =
  | { readonly kind: "intro"; readonly exercise: number }
  | {
      readonly kind: "ready";
      readonly exercise: number;
      readonly side: Side | null;
      readonly switching: boolean;
      readonly seconds: number;
    }
  | {
      readonly kind: "work";
      readonly exercise: number;
      readonly side: Side | null;
      readonly set: number;
      readonly sets: number;
      /** Null for a set of repetitions that the person ends with "Set done". */
      readonly seconds: number | null;
    }
  | {
      readonly kind: "rest";
      readonly exercise: number;
      readonly side: Side | null;
      /** The set that comes after the rest. */
      readonly nextSet: number;
      readonly sets: number;
      readonly seconds: number;
    };

/** The steps of one exercise, at position `index` in the session. */
export function exerciseSteps(exercise: PlayerExercise, index: number): Step[] {
  const steps: Step[] = [{ kind: "intro", exercise: index }];
  exercise.sides.forEach((side, sideIndex) => {
    const switching = sideIndex > 0;
    steps.push({
      kind: "ready",
      exercise: index,
      side,
      switching,
      seconds: switching ? SWITCH_SIDE_SECONDS : GET_READY_SECONDS,
    });
    for (let set = 1; set <= exercise.sets; set += 1) {
      steps.push({
        kind: "work",
        exercise: index,
        side,
        set,
        sets: exercise.sets,
        seconds: exercise.setSeconds,
      });
      if (set < exercise.sets) {
        steps.push({
          kind: "rest",
          exercise: index,
          side,
          nextSet: set + 1,
          sets: exercise.sets,
          seconds: exercise.restSeconds,
        });
      }
    }
  });
  return steps;
}

/** Every step of the session. */
export function sessionSteps(exercises: readonly PlayerExercise[]): Step[] {
  return exercises.flatMap((exercise, index) => exerciseSteps(exercise, index));
}

/** Seconds the step counts down, or null when the person ends it. */
export function stepSeconds(step: Step): number | null {
  switch (step.kind) {
    case "intro":
      return null;
    case "ready":
    case "rest":
      return step.seconds;
    case "work":
      return step.seconds;
    default: {
      const unknown: never = step;
      return unknown;
    }
  }
}
