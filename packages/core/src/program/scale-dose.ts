// Scales an exercise dose by a volume factor: repetitions, holds and minutes in proportion,
// sets rounded (never below one). Used for the starting dose (irritability, population) and
// for each progression level (REFERENCE §7.4: steps of about 10–20 %). Frequencies (times
// per day, days per week), rest and sides are left as the library sets them. Pure.
import type { Dose, Range } from "../exercise/dose.schema.ts";

function scaleRange(range: Range | undefined, factor: number, floor: number): Range | undefined {
  if (range === undefined) {
    return undefined;
  }
  const min = Math.max(floor, Math.round(range.min * factor));
  const max = Math.max(min, Math.round(range.max * factor));
  return { min, max };
}

/** A new dose with volume scaled by `factor`; the input is not changed. */
export function scaleDose(dose: Dose, factor: number): Dose {
  if (factor === 1) {
    return dose;
  }
  const scaled: Dose = { ...dose };
  const reps = scaleRange(dose.reps, factor, 1);
  const holdSeconds = scaleRange(dose.holdSeconds, factor, 5);
  const minutes = scaleRange(dose.minutes, factor, 1);
  const sets = scaleRange(dose.sets, factor, 1);
  if (reps !== undefined) {
    scaled.reps = reps;
  }
  if (holdSeconds !== undefined) {
    scaled.holdSeconds = holdSeconds;
  }
  if (minutes !== undefined) {
    scaled.minutes = minutes;
  }
  if (sets !== undefined) {
    scaled.sets = sets;
  }
  return scaled;
}

/** The volume factor of a progression level: one `step` per level, never below 0.25. */
export function levelFactor(level: number, step: number): number {
  return Math.max(0.25, 1 + level * step);
}
