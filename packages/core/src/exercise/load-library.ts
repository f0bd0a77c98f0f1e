// Parses raw exercise-library data at the boundary: schema errors for every field, then the
// cross-checks of `checkExercise` on every exercise that passed the schema, then duplicate
// ids. Collects every problem with its JSON-pointer path and fails once (as Medplum's FHIR
// validator does), so a content author sees the whole list. Pure: the caller reads files.
import { Value } from "@sinclair/typebox/value";
import type { IllustrationSpec } from "../illustration/scene.schema.ts";
import { checkExercise, type ExerciseLibraryProblem, type KnownIds } from "./check-exercise.ts";
import {
  Exercise,
  ExerciseLibraryData,
  ExerciseSource,
  type Exercise as ExerciseT,
} from "./schema.ts";

/** An exercise that passed every check: it has a no-equipment alternative and an illustration. */
export type CheckedExercise = Readonly<
  ExerciseT & { noEquipment: string; illustration: IllustrationSpec }
>;

/** The validated library: read-only, exercises in file order. */
export interface ExerciseLibrary {
  readonly version: string;
  readonly stopCard: readonly string[];
  readonly sources: readonly ExerciseSource[];
  readonly exercises: readonly CheckedExercise[];
}

/** The outcome of loading: the library, or every problem found. */
export type LoadExerciseLibraryResult =
  | { readonly ok: true; readonly library: ExerciseLibrary }
  | { readonly ok: false; readonly problems: readonly ExerciseLibraryProblem[] };

function schemaProblems(raw: unknown): ExerciseLibraryProblem[] {
  const seen = new Set<string>();
  const problems: ExerciseLibraryProblem[] = [];
  for (const error of Value.Errors(ExerciseLibraryData, raw)) {
    const key = `${error.path} ${error.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push({ path: error.path === "" ? "/" : error.path, message: error.message });
    }
  }
  return problems;
}

function listAt(raw: unknown, key: string): readonly unknown[] {
  if (typeof raw !== "object" || raw === null || !(key in raw)) {
    return [];
  }
  const value: unknown = Reflect.get(raw, key);
  return Array.isArray(value) ? value : [];
}

function isChecked(e: ExerciseT): e is CheckedExercise {
  return e.noEquipment !== undefined && e.illustration !== undefined;
}

/** Validates raw library data; returns the typed library or every problem with its path. */
export function loadExerciseLibrary(raw: unknown): LoadExerciseLibraryResult {
  const problems = schemaProblems(raw);
  const exercises = listAt(raw, "exercises");
  const valid = exercises.flatMap((e, i) => (Value.Check(Exercise, e) ? [{ e, i }] : []));
  const known: KnownIds = {
    sources: new Set(
      listAt(raw, "sources").flatMap((s) => (Value.Check(ExerciseSource, s) ? [s.id] : [])),
    ),
    exercises: new Set(valid.map(({ e }) => e.id)),
  };
  const firstIndex = new Map<string, number>();
  for (const { e, i } of valid) {
    problems.push(...checkExercise(e, `/exercises/${i}`, known));
    const earlier = firstIndex.get(e.id);
    if (earlier === undefined) {
      firstIndex.set(e.id, i);
    } else {
      problems.push({
        path: `/exercises/${i}/id`,
        message: `Duplicate id "${e.id}" (also /exercises/${earlier})`,
      });
    }
  }
  if (problems.length > 0 || !Value.Check(ExerciseLibraryData, raw)) {
    return { ok: false, problems };
  }
  const checked = raw.exercises.filter(isChecked);
  return {
    ok: true,
    library: {
      version: raw.version,
      stopCard: raw.stopCard,
      sources: raw.sources,
      exercises: checked,
    },
  };
}
