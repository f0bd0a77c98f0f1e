// Public entry point of the exercise module: the library schema and types, the loader that
// validates raw content with every problem's path, queries over the loaded library, and the
// bridge to the illustration renderer. Re-exported by packages/core/src/index.ts.
export {
  BodyRegion,
  Category,
  ContraindicationTag,
  Equipment,
  EvidenceLevel,
  Exercise,
  ExerciseLibraryData,
  ExerciseSource,
  Motion,
  Phase,
  Population,
  Position,
  SideGuidance,
  VariantRef,
} from "./schema.ts";
export { Dose, DoseBasis, DOSE_NUMBERS, Range, Sides } from "./dose.schema.ts";
export type { ExerciseLibraryProblem } from "./check-exercise.ts";
export {
  loadExerciseLibrary,
  type CheckedExercise,
  type ExerciseLibrary,
  type LoadExerciseLibraryResult,
} from "./load-library.ts";
export { exercisesForPhase, findExercise, withoutContraindicated } from "./select-exercises.ts";
export { describeIllustration, renderExerciseIllustration } from "./illustrate-exercise.ts";
