// Parses raw program content at the boundary: schema errors for every field, then the checks
// a schema cannot express (phases in order, each condition and irritability level exactly
// once, ranges the right way round, sound progression numbers, and, given the exercise
// library, known exercise and source ids). Collects every problem with its JSON-pointer path
// and fails once. Pure: the caller reads the files.
import { Value } from "@sinclair/typebox/value";
import { CONDITION_IDS } from "../content/condition-ids.ts";
import type { Problem } from "../content/problem.ts";
import type { ExerciseLibrary } from "../exercise/load-library.ts";
import { ProgramContentData } from "./content.schema.ts";
import { checkReferences } from "./check-program-references.ts";
import { ProgressionRules, progressionNumbers } from "./progression-rules.schema.ts";

/** Validated program content: read-only, as stored. */
export type ProgramContent = Readonly<ProgramContentData>;

/** The outcome of loading: the content, or every problem found. */
export type LoadProgramContentResult =
  | { readonly ok: true; readonly content: ProgramContent }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const PHASE_ORDER = ["calm", "restore", "strengthen", "return"] as const;

function schemaProblems(raw: unknown): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of Value.Errors(ProgramContentData, raw)) {
    const key = `${error.path} ${error.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push({ path: error.path === "" ? "/" : error.path, message: error.message });
    }
  }
  return problems;
}

function exactlyOnce(
  found: readonly string[],
  expected: readonly string[],
  path: string,
  what: string,
): Problem[] {
  const problems: Problem[] = [];
  found.forEach((id, i) => {
    if (found.indexOf(id) !== i) {
      problems.push({ path: `${path}/${i}`, message: `Duplicate ${what} "${id}"` });
    }
  });
  const missing = expected.filter((id) => !found.includes(id));
  if (missing.length > 0) {
    problems.push({ path, message: `Missing ${what}: ${missing.join(", ")}` });
  }
  return problems;
}

function ranges(content: ProgramContentData): Problem[] {
  const all = [
    { path: "/plan/weeks", r: content.plan.weeks },
    ...content.phases.flatMap((p, i) => [
      { path: `/phases/${i}/weeks`, r: p.weeks },
      { path: `/phases/${i}/sessionsPerWeek`, r: p.sessionsPerWeek },
    ]),
  ];
  return all
    .filter(({ r }) => r.max < r.min)
    .map(({ path, r }) => ({ path, message: `max (${r.max}) is below min (${r.min})` }));
}

function progressionProblems(content: ProgramContentData): Problem[] {
  const numbers = progressionNumbers(content.progression);
  return [...Value.Errors(ProgressionRules, numbers)].map((e) => ({
    path: `/progression${e.path}/value`,
    message: e.message,
  }));
}

function planFits(content: ProgramContentData): Problem[] {
  const longest = content.phases.reduce((sum, p) => sum + p.weeks.min, 0);
  return longest > content.plan.weeks.max
    ? [
        {
          path: "/phases",
          message: `The phases' minimum weeks (${longest}) exceed the plan's ${content.plan.weeks.max} weeks`,
        },
      ]
    : [];
}

/** Validates raw program content; returns it typed or every problem with its path. */
export function loadProgramContent(
  raw: unknown,
  library?: ExerciseLibrary,
): LoadProgramContentResult {
  const problems = schemaProblems(raw);
  if (!Value.Check(ProgramContentData, raw)) {
    return { ok: false, problems };
  }
  problems.push(
    ...raw.phases.flatMap((p, i) =>
      p.phase === PHASE_ORDER[i]
        ? []
        : [{ path: `/phases/${i}/phase`, message: `Expected phase "${PHASE_ORDER[i] ?? "?"}"` }],
    ),
    ...exactlyOnce(
      raw.levels.map((l) => l.irritability),
      ["high", "moderate", "low"],
      "/levels",
      "irritability level",
    ),
    ...exactlyOnce(
      raw.conditions.map((c) => c.condition),
      CONDITION_IDS,
      "/conditions",
      "condition",
    ),
    ...exactlyOnce(
      raw.populations.map((p) => p.population),
      [],
      "/populations",
      "population",
    ),
    ...ranges(raw),
    ...progressionProblems(raw),
    ...planFits(raw),
    ...(library === undefined ? [] : checkReferences(raw, library)),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, content: raw };
}
