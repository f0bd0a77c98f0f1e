import type { CheckedExercise } from "@ilio/core";
import { exerciseLibrary } from "@ilio/content/exercises";
import { describe, expect, it } from "vitest";
import {
  filterExercises,
  filtersFromQuery,
  hasFilters,
  NO_FILTERS,
  queryFromFilters,
  withFilter,
} from "./exercise-filters.ts";

const template = exerciseLibrary.exercises[0];

/** An exercise built from the first library entry with overrides. */
function buildExercise(overrides: Partial<CheckedExercise>): CheckedExercise {
  if (template === undefined) {
    throw new Error("The exercise library is empty");
  }
  return { ...template, ...overrides };
}

const kneeling = buildExercise({
  id: "kneeling-stretch",
  name: "Half-kneeling stretch",
  purpose: "Stretches the front of the hip.",
  category: "stretch",
  position: "kneeling",
  equipment: ["cushion"],
  bodyRegions: ["front-of-hip"],
  phases: ["restore"],
});
const bridge = buildExercise({
  id: "bridge",
  name: "Glute bridge",
  purpose: "Strengthens the buttocks.",
  category: "strength",
  position: "supine",
  equipment: [],
  bodyRegions: ["buttock"],
  phases: ["strengthen", "restore"],
});
const ALL = [kneeling, bridge];

describe("exercise filters", () => {
  it("shows everything when nothing is chosen", () => {
    expect(filterExercises(ALL, NO_FILTERS)).toEqual(ALL);
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it("matches every search word in the name or purpose, ignoring case and accents", () => {
    expect(filterExercises(ALL, { q: "HIP  front" }).map((e) => e.id)).toEqual([
      "kneeling-stretch",
    ]);
    expect(filterExercises(ALL, { q: "glúte" }).map((e) => e.id)).toEqual(["bridge"]);
    expect(filterExercises(ALL, { q: "hip bridge" })).toEqual([]);
  });

  it("applies each filter on its own field", () => {
    const ids = (query: Record<string, string>) =>
      filterExercises(ALL, filtersFromQuery(query)).map((e) => e.id);
    expect(ids({ category: "strength" })).toEqual(["bridge"]);
    expect(ids({ position: "kneeling" })).toEqual(["kneeling-stretch"]);
    expect(ids({ equipment: "cushion" })).toEqual(["kneeling-stretch"]);
    expect(ids({ region: "buttock" })).toEqual(["bridge"]);
    expect(ids({ phase: "restore" })).toEqual(["kneeling-stretch", "bridge"]);
    expect(ids({ phase: "strengthen", position: "kneeling" })).toEqual([]);
  });

  it("keeps only exercises that need no equipment when asked for 'none'", () => {
    const found = filterExercises(
      exerciseLibrary.exercises,
      filtersFromQuery({ equipment: "none" }),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.equipment.length === 0)).toBe(true);
  });

  it("ignores unknown values in a hand-edited link instead of showing nothing", () => {
    const filters = filtersFromQuery({ category: "yoga", position: "toString", phase: "calm" });
    expect(filters).toEqual({ q: "", phase: "calm" });
  });

  it("writes the query in a fixed order and reads back the same filters", () => {
    const filters = filtersFromQuery({ phase: "restore", q: "hip ", equipment: "none" });
    const query = queryFromFilters(filters);
    expect(query).toBe("?q=hip+&equipment=none&phase=restore");
    expect(filtersFromQuery(Object.fromEntries(new URLSearchParams(query)))).toEqual(filters);
    expect(queryFromFilters(NO_FILTERS)).toBe("");
    expect(queryFromFilters({ q: "   " })).toBe("");
  });

  it("sets and clears one filter without touching the others", () => {
    const one = withFilter({ q: "hip", phase: "calm" }, "position", "supine");
    expect(one).toEqual({ q: "hip", phase: "calm", position: "supine" });
    expect(withFilter(one, "phase", "")).toEqual({ q: "hip", position: "supine" });
    expect(withFilter(one, "q", "")).toEqual({ q: "", phase: "calm", position: "supine" });
  });
});
