// The library's search and filters as a pure module: reads them from the URL query (so a
// filtered list is linkable), writes them back in a fixed order, and applies them to the
// exercises. Unknown or misspelt values in the query are ignored rather than trusted, so a
// hand-edited link shows the whole list instead of an empty one. No DOM, no routing.
import type { CheckedExercise, Category, Equipment, Phase, Position } from "@ilio/core";
import {
  CATEGORY_LABELS,
  EQUIPMENT_LABELS,
  isLabelled,
  PHASE_LABELS,
  POSITION_LABELS,
  REGION_LABELS,
  type BodyRegion,
} from "./exercise-words.ts";

/** The value of the equipment filter that means "needs nothing at all". */
export const NO_EQUIPMENT = "none";

/** The filters in effect; an absent filter means "any". */
export interface ExerciseFilters {
  /** Free text matched against the name and purpose. */
  readonly q: string;
  readonly category?: Category;
  readonly position?: Position;
  readonly equipment?: Equipment | typeof NO_EQUIPMENT;
  readonly region?: BodyRegion;
  readonly phase?: Phase;
}

/** No filters: the whole library. */
export const NO_FILTERS: ExerciseFilters = { q: "" };

/** The query keys, in the order they are written to the URL. */
export const FILTER_KEYS = ["q", "category", "position", "equipment", "region", "phase"] as const;

/** One query key. */
export type FilterKey = (typeof FILTER_KEYS)[number];

function pick<V extends string>(
  labels: Readonly<Record<V, string>>,
  raw: string | undefined,
): V | undefined {
  return raw !== undefined && isLabelled(labels, raw) ? raw : undefined;
}

function equipmentFrom(raw: string | undefined): Equipment | typeof NO_EQUIPMENT | undefined {
  return raw === NO_EQUIPMENT ? NO_EQUIPMENT : pick(EQUIPMENT_LABELS, raw);
}

/** Reads the filters from a URL query; unknown values are dropped. */
export function filtersFromQuery(
  query: Readonly<Record<string, string | undefined>>,
): ExerciseFilters {
  const category = pick(CATEGORY_LABELS, query.category);
  const position = pick(POSITION_LABELS, query.position);
  const equipment = equipmentFrom(query.equipment);
  const region = pick(REGION_LABELS, query.region);
  const phase = pick(PHASE_LABELS, query.phase);
  return {
    q: (query.q ?? "").slice(0, 100),
    ...(category === undefined ? {} : { category }),
    ...(position === undefined ? {} : { position }),
    ...(equipment === undefined ? {} : { equipment }),
    ...(region === undefined ? {} : { region }),
    ...(phase === undefined ? {} : { phase }),
  };
}

/** The URL query for the filters ("" when none apply), keys in FILTER_KEYS order. */
export function queryFromFilters(filters: ExerciseFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    // The search text is kept as typed (spaces too), or the box would eat the space
    // between two words while someone types them; a blank search is left out.
    const value = key === "q" ? filters.q : filters[key];
    if (value !== undefined && value.trim() !== "") {
      params.set(key, value);
    }
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** The filters with one key set to a value, or cleared when the value is "". */
export function withFilter(
  filters: ExerciseFilters,
  key: FilterKey,
  value: string,
): ExerciseFilters {
  const query: Record<string, string | undefined> = { q: filters.q };
  for (const k of FILTER_KEYS) {
    if (k !== "q") {
      query[k] = filters[k];
    }
  }
  query[key] = value === "" ? undefined : value;
  return filtersFromQuery(query);
}

/** Lower-case words of a search, without accents, so "Pelvic  TILT" finds "Pelvic tilt". */
function words(text: string): string[] {
  return fold(text)
    .split(/\s+/)
    .filter((word) => word !== "");
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

function matchesText(exercise: CheckedExercise, q: string): boolean {
  const haystack = fold(`${exercise.name} ${exercise.purpose}`);
  return words(q).every((word) => haystack.includes(word));
}

function matchesEquipment(
  exercise: CheckedExercise,
  wanted: ExerciseFilters["equipment"],
): boolean {
  if (wanted === undefined) {
    return true;
  }
  return wanted === NO_EQUIPMENT
    ? exercise.equipment.length === 0
    : exercise.equipment.includes(wanted);
}

/** Whether one exercise passes every filter. */
export function matchesFilters(exercise: CheckedExercise, filters: ExerciseFilters): boolean {
  return (
    matchesText(exercise, filters.q) &&
    (filters.category === undefined || exercise.category === filters.category) &&
    (filters.position === undefined || exercise.position === filters.position) &&
    matchesEquipment(exercise, filters.equipment) &&
    (filters.region === undefined || exercise.bodyRegions.includes(filters.region)) &&
    (filters.phase === undefined || exercise.phases.includes(filters.phase))
  );
}

/** The exercises that pass every filter, in library order. */
export function filterExercises(
  exercises: readonly CheckedExercise[],
  filters: ExerciseFilters,
): readonly CheckedExercise[] {
  return exercises.filter((exercise) => matchesFilters(exercise, filters));
}

/** Whether any filter or search is in effect. */
export function hasFilters(filters: ExerciseFilters): boolean {
  return queryFromFilters(filters) !== "";
}
