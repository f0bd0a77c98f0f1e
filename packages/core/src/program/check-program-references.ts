// Cross-checks program content against the exercise library: every exercise id it names
// exists, every phase template lists only exercises of that phase or an earlier one (kept on
// as maintenance), and every cited source id is one of the library's sources. Returns
// problems with JSON-pointer paths; never throws.
import type { Problem } from "../content/problem.ts";
import type { ExerciseLibrary } from "../exercise/load-library.ts";
import type { ProgramContentData } from "./content.schema.ts";

/** Phases in program order: a template may continue an exercise from an earlier phase. */
const PHASES = ["calm", "restore", "strengthen", "return"] as const;

interface Named {
  readonly path: string;
  readonly id: string;
}

function exerciseRefs(content: ProgramContentData): Named[] {
  return [
    ...content.phases.flatMap((p, i) =>
      p.exercises.map((id, j) => ({ path: `/phases/${i}/exercises/${j}`, id })),
    ),
    ...content.populations.flatMap((p, i) =>
      p.returnExercises.map((id, j) => ({ path: `/populations/${i}/returnExercises/${j}`, id })),
    ),
    ...content.dailyLife.flatMap((d, i) =>
      d.exerciseId === undefined ? [] : [{ path: `/dailyLife/${i}/exerciseId`, id: d.exerciseId }],
    ),
    ...content.conditions.flatMap((c, i) =>
      c.kind === "program"
        ? Object.entries(c.emphasis).flatMap(([phase, ids]) =>
            ids.map((id, j) => ({ path: `/conditions/${i}/emphasis/${phase}/${j}`, id })),
          )
        : [],
    ),
  ];
}

/** Every `{ kind: "source", sourceId }` basis under a value, with its path. */
function sourceRefs(value: unknown, path: string): Named[] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => sourceRefs(v, `${path}/${i}`));
  }
  if (typeof value !== "object" || value === null) {
    return [];
  }
  const here: Named[] = [];
  const kind: unknown = Reflect.get(value, "kind");
  const sourceId: unknown = Reflect.get(value, "sourceId");
  if (kind === "source" && typeof sourceId === "string") {
    here.push({ path: `${path}/sourceId`, id: sourceId });
  }
  return [...here, ...Object.entries(value).flatMap(([k, v]) => sourceRefs(v, `${path}/${k}`))];
}

/** Problems with ids that the exercise library does not define. */
export function checkReferences(content: ProgramContentData, library: ExerciseLibrary): Problem[] {
  const exercises = new Map(library.exercises.map((e) => [e.id, e]));
  const sources = new Set(library.sources.map((s) => s.id));
  const problems: Problem[] = exerciseRefs(content)
    .filter((r) => !exercises.has(r.id))
    .map((r) => ({ path: r.path, message: `Unknown exercise "${r.id}"` }));
  content.phases.forEach((p, i) => {
    p.exercises.forEach((id, j) => {
      const e = exercises.get(id);
      if (e !== undefined && !e.phases.some((q) => PHASES.indexOf(q) <= PHASES.indexOf(p.phase))) {
        problems.push({
          path: `/phases/${i}/exercises/${j}`,
          message: `Exercise "${id}" belongs to no phase up to ${p.phase} in the library`,
        });
      }
    });
  });
  for (const r of sourceRefs(content, "")) {
    if (!sources.has(r.id)) {
      problems.push({ path: r.path, message: `Unknown source "${r.id}"` });
    }
  }
  return problems;
}
