// The exercise library as validated content: gathers the JSON files under
// data/exercises (library header with the stop card, sources, and one file per category),
// runs them through core's loader and exports the typed, read-only result. Content is data
// only: no rendering and no reasoning here. Invalid data fails loudly at import, listing
// every problem with its path, so broken content never reaches a patient.
import { loadExerciseLibrary, type ExerciseLibrary } from "@ilio/core";
import header from "../data/exercises/library.json" with { type: "json" };
import sources from "../data/exercises/sources.json" with { type: "json" };
import stretches from "../data/exercises/stretches.json" with { type: "json" };
import motorControl from "../data/exercises/motor-control.json" with { type: "json" };
import strength from "../data/exercises/strength.json" with { type: "json" };
import mobility from "../data/exercises/mobility.json" with { type: "json" };
import dailyLife from "../data/exercises/daily-life.json" with { type: "json" };

/** The raw library exactly as stored, before validation. */
export const rawExerciseLibrary: unknown = {
  ...header,
  sources: sources.sources,
  exercises: [
    ...stretches.exercises,
    ...motorControl.exercises,
    ...strength.exercises,
    ...mobility.exercises,
    ...dailyLife.exercises,
  ],
};

/** Loads the stored library or throws with every problem listed. */
export function loadExerciseLibraryOrThrow(raw: unknown = rawExerciseLibrary): ExerciseLibrary {
  const result = loadExerciseLibrary(raw);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`);
    throw new Error(
      `Exercise library has ${result.problems.length} problem(s):\n${lines.join("\n")}`,
    );
  }
  return result.library;
}

/** The validated exercise library. */
export const exerciseLibrary: ExerciseLibrary = loadExerciseLibraryOrThrow();
