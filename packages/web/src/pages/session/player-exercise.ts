// Turns an exercise's prescribed dose into what the player runs: how many sets per side,
// whether each set is a timed hold (the player counts it down) or a number of repetitions
// (the person taps "Set done"), and the rest between sets. It takes the lower end of every
// range: the starting dose, which the pain-monitoring rules raise (REFERENCE §7.4). Pure.
import type { Dose } from "@ilio/core";

/** Which sides a set is done on, in order. */
export type Side = "left" | "right";

/** One exercise as the player runs it. */
export interface PlayerExercise {
  /** The exercise in the program (what the session log reports). */
  readonly exerciseId: string;
  /** The easier exercise done instead, when the person swapped. */
  readonly swappedFor?: string;
  readonly name: string;
  /** The steps of an easier version that has no exercise of its own (else the library's). */
  readonly variantSteps?: readonly string[];
  /** Each side in turn, or one pass for both sides together or no side. */
  readonly sides: readonly (Side | null)[];
  readonly sets: number;
  /** Seconds of a timed set (a hold or a timed activity), or null for a set of repetitions. */
  readonly setSeconds: number | null;
  /** Repetitions in a set, when the set is counted rather than timed. */
  readonly reps: number | null;
  /** Seconds to hold each repetition ("hold each for 5 seconds"), when the dose says so. */
  readonly holdEachRep: number | null;
  readonly restSeconds: number;
}

/**
 * Rest between sets when the dose names none. A practical default for a breather, not a
 * clinical number: doses that matter carry their own `restSeconds`.
 */
const DEFAULT_REST_SECONDS = 20;
/** Holds at least this long are timed by the player; shorter ones are counted with reps. */
const TIMED_HOLD_MIN_SECONDS = 10;

function low(range: { readonly min: number } | undefined): number | undefined {
  return range === undefined ? undefined : Math.max(0, Math.round(range.min));
}

/** What the player runs for an exercise with this dose. */
export function toPlayerExercise(input: {
  readonly exerciseId: string;
  readonly name: string;
  readonly dose: Dose;
  readonly swappedFor?: string;
  readonly variantSteps?: readonly string[];
}): PlayerExercise {
  const { dose } = input;
  const minutes = low(dose.minutes);
  const hold = low(dose.holdSeconds);
  const reps = low(dose.reps);
  const sets = low(dose.sets);
  const sides: readonly (Side | null)[] = dose.sides === "each" ? ["left", "right"] : [null];
  const base = {
    exerciseId: input.exerciseId,
    ...(input.swappedFor === undefined ? {} : { swappedFor: input.swappedFor }),
    ...(input.variantSteps === undefined ? {} : { variantSteps: input.variantSteps }),
    name: input.name,
    sides,
    restSeconds: low(dose.restSeconds) ?? DEFAULT_REST_SECONDS,
  };
  if (minutes !== undefined && minutes > 0) {
    return {
      ...base,
      sets: Math.max(1, sets ?? 1),
      setSeconds: minutes * 60,
      reps: null,
      holdEachRep: null,
    };
  }
  if (hold !== undefined && hold >= TIMED_HOLD_MIN_SECONDS && sets === undefined) {
    // "3 × 30 s": three timed holds, each one a set.
    return {
      ...base,
      sets: Math.max(1, reps ?? 1),
      setSeconds: hold,
      reps: null,
      holdEachRep: null,
    };
  }
  return {
    ...base,
    sets: Math.max(1, sets ?? 1),
    setSeconds: null,
    reps: reps ?? null,
    holdEachRep: hold ?? null,
  };
}
