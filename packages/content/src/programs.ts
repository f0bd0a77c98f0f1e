// The program content as validated data: gathers the JSON files under data/programs (plan,
// phase templates, irritability, populations, daily life, condition focus, progression
// numbers), runs them through core's loader with the exercise library for cross-references,
// and exports the typed, read-only result. Invalid data fails loudly at import, listing every
// problem with its path. Data only: no selection or progression here.
// Imports core's program module by path until packages/core/src/index.ts re-exports it.
import { loadProgramContent, type ProgramContent } from "@ilio/core";
import { exerciseLibrary } from "./exercises.ts";
import plan from "../data/programs/plan.json" with { type: "json" };
import phases from "../data/programs/phases.json" with { type: "json" };
import irritability from "../data/programs/irritability.json" with { type: "json" };
import populations from "../data/programs/populations.json" with { type: "json" };
import dailyLife from "../data/programs/daily-life.json" with { type: "json" };
import conditions from "../data/programs/conditions.json" with { type: "json" };
import progression from "../data/programs/progression.json" with { type: "json" };

/** The raw program content exactly as stored, before validation. */
export const rawProgramContent: unknown = {
  ...plan,
  ...phases,
  ...irritability,
  ...populations,
  ...dailyLife,
  ...conditions,
  ...progression,
};

/** Loads the stored program content or throws with every problem listed. */
export function loadProgramContentOrThrow(raw: unknown = rawProgramContent): ProgramContent {
  const result = loadProgramContent(raw, exerciseLibrary);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`);
    throw new Error(
      `Program content has ${result.problems.length} problem(s):\n${lines.join("\n")}`,
    );
  }
  return result.content;
}

/** The validated program content. */
export const programContent: ProgramContent = loadProgramContentOrThrow();
