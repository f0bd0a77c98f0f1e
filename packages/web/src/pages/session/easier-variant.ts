// The easier version of an exercise for "Swap for an easier version": the first easier
// variant in the library, either another exercise (done at its own starting dose) or a
// variant with its own steps (done at the variant's dose, or the current one). Pure.
import type { ExerciseLibrary } from "@ilio/core";
import { findExercise } from "@ilio/core";
import { toPlayerExercise, type PlayerExercise } from "./player-exercise.ts";

/** The easier version of `current`, or undefined when the library names none. */
export function easierVersion(
  library: ExerciseLibrary,
  current: PlayerExercise,
  currentDose: Parameters<typeof toPlayerExercise>[0]["dose"],
): PlayerExercise | undefined {
  if (current.swappedFor !== undefined || current.variantSteps !== undefined) {
    return undefined; // already the easier version
  }
  const exercise = findExercise(library, current.exerciseId);
  const variant = exercise?.variants.easier[0];
  if (variant === undefined) {
    return undefined;
  }
  if (variant.kind === "exercise") {
    const easier = findExercise(library, variant.id);
    return easier === undefined
      ? undefined
      : toPlayerExercise({
          exerciseId: current.exerciseId,
          swappedFor: easier.id,
          name: easier.name,
          dose: easier.dose,
        });
  }
  return toPlayerExercise({
    exerciseId: current.exerciseId,
    name: variant.name,
    dose: variant.dose ?? currentDose,
    variantSteps: variant.steps,
  });
}
