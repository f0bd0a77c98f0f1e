// Small, pure queries over a loaded exercise library for the program generator and the
// session player: look up by id, filter by phase, and drop exercises whose
// contraindication tags an assessment's cautions rule out. No scoring or ordering policy
// lives here; that belongs to the program generator.
import type { CheckedExercise, ExerciseLibrary } from "./load-library.ts";
import type { ContraindicationTag, Phase } from "./schema.ts";

/** The exercise with this id, or undefined. */
export function findExercise(library: ExerciseLibrary, id: string): CheckedExercise | undefined {
  return library.exercises.find((e) => e.id === id);
}

/** Exercises that belong to a phase, in library order. */
export function exercisesForPhase(
  library: ExerciseLibrary,
  phase: Phase,
): readonly CheckedExercise[] {
  return library.exercises.filter((e) => e.phases.includes(phase));
}

/** Exercises carrying none of the given contraindication tags. */
export function withoutContraindicated(
  exercises: readonly CheckedExercise[],
  ruledOut: readonly ContraindicationTag[],
): readonly CheckedExercise[] {
  return exercises.filter((e) => !e.contraindications.some((tag) => ruledOut.includes(tag)));
}
