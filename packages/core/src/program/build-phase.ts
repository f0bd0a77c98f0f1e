// Chooses one phase's exercises: population return items first (walk-run return, dance
// re-entry, sitting breaks), then the condition's emphasis, then the phase template, up to
// the template's maximum; then the clinician's additions. An exercise whose contraindication
// tags are ruled out is replaced by an easier library variant that is allowed (kneeling
// pain → the standing stretch) or left out. Doses are scaled by the phase's volume factor.
import type { CheckedExercise, ExerciseLibrary } from "../exercise/load-library.ts";
import type { ContraindicationTag, Population } from "../exercise/schema.ts";
import type { ConditionFocus, PhaseTemplate } from "./content.schema.ts";
import type { PrescribedExercise } from "./program.schema.ts";
import { scaleDose } from "./scale-dose.ts";

type Origin = PrescribedExercise["origin"];

/** Everything one phase's selection depends on. */
export interface PhaseSelection {
  readonly template: PhaseTemplate;
  readonly focus: ConditionFocus & { kind: "program" };
  readonly populationItems: readonly string[];
  readonly populations: readonly Population[];
  readonly ruledOut: readonly ContraindicationTag[];
  readonly removed: readonly string[];
  readonly added: readonly string[];
  readonly volumeFactor: number;
}

interface Pick {
  readonly exercise: CheckedExercise;
  readonly origin: Origin;
  readonly note?: string;
}

function allowed(e: CheckedExercise, s: PhaseSelection): boolean {
  return !e.contraindications.some((tag) => s.ruledOut.includes(tag)) && !s.removed.includes(e.id);
}

function fits(e: CheckedExercise, populations: readonly Population[]): boolean {
  return e.populations.includes("everyone") || e.populations.some((p) => populations.includes(p));
}

/** The exercise, or an allowed easier variant from the library, or nothing. */
function choose(id: string, origin: Origin, s: PhaseSelection, lib: ExerciseLibrary): Pick[] {
  const exercise = lib.exercises.find((e) => e.id === id);
  if (exercise === undefined || s.removed.includes(id)) {
    return [];
  }
  if (origin !== "population" && !fits(exercise, s.populations)) {
    return [];
  }
  if (allowed(exercise, s)) {
    return [{ exercise, origin }];
  }
  for (const v of exercise.variants.easier) {
    const alt = v.kind === "exercise" ? lib.exercises.find((e) => e.id === v.id) : undefined;
    if (alt !== undefined && allowed(alt, s) && fits(alt, s.populations)) {
      return [{ exercise: alt, origin: "substitute", note: `Instead of ${exercise.name}.` }];
    }
  }
  return [];
}

function prescribe(pick: Pick, factor: number): PrescribedExercise {
  const e = pick.exercise;
  const base = {
    exerciseId: e.id,
    name: e.name,
    category: e.category,
    origin: pick.origin,
    volumeFactor: factor,
    dose: scaleDose(e.dose, factor),
  };
  return pick.note === undefined ? base : { ...base, note: pick.note };
}

function unique(picks: readonly Pick[]): Pick[] {
  return picks.filter((p, i) => picks.findIndex((q) => q.exercise.id === p.exercise.id) === i);
}

/** The phase's exercises, and the clinician additions left out because a caution rules them out. */
export function selectPhaseExercises(
  s: PhaseSelection,
  lib: ExerciseLibrary,
): { readonly exercises: readonly PrescribedExercise[]; readonly refused: readonly string[] } {
  const phase = s.template.phase;
  const population = unique(s.populationItems.flatMap((id) => choose(id, "population", s, lib)));
  const core = unique([
    ...population,
    ...(s.focus.emphasis[phase] ?? []).flatMap((id) => choose(id, "condition", s, lib)),
    ...s.template.exercises.flatMap((id) => choose(id, "template", s, lib)),
  ]).slice(0, population.length + s.template.maxExercises);
  const refused: string[] = [];
  const added: Pick[] = [];
  for (const id of s.added) {
    const e = lib.exercises.find((x) => x.id === id);
    if (e !== undefined && !e.contraindications.some((tag) => s.ruledOut.includes(tag))) {
      added.push({ exercise: e, origin: "clinician" });
    } else {
      refused.push(id);
    }
  }
  const picks = unique([...core, ...added]);
  return { exercises: picks.map((p) => prescribe(p, s.volumeFactor)), refused };
}
