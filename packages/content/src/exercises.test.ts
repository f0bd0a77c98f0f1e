import { describe, expect, it } from "vitest";
import { loadExerciseLibrary, renderExerciseIllustration, solveJoints } from "@ilio/core";
import { exerciseLibrary, rawExerciseLibrary } from "./exercises.ts";

const exercises = exerciseLibrary.exercises;
const byId = (id: string) => {
  const e = exercises.find((x) => x.id === id);
  if (e === undefined) {
    throw new Error(`missing ${id}`);
  }
  return e;
};

describe("the exercise library", () => {
  it("loads with zero problems", () => {
    const result = loadExerciseLibrary(rawExerciseLibrary);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("has at least 30 exercises with unique ids", () => {
    expect(exercises.length).toBeGreaterThanOrEqual(30);
    expect(new Set(exercises.map((e) => e.id)).size).toBe(exercises.length);
  });

  it.each(exercises.map((e) => [e.id, e] as const))("%s is complete", (_id, e) => {
    expect(e.noEquipment.length).toBeGreaterThan(5);
    expect(e.steps.length).toBeGreaterThanOrEqual(2);
    expect(e.sources.length).toBeGreaterThan(0);
    const hasNumbers = Object.values(e.dose).some((v) => typeof v === "object" && "min" in v);
    if (hasNumbers) {
      expect(e.dose.basis).toBeDefined();
    }
    expect(e.illustration.keyPoses.length).toBeGreaterThanOrEqual(e.motion === "moving" ? 2 : 1);
    if (e.dose.sides === "each") {
      expect(e.side).toBeDefined();
      const limbs = e.illustration.highlight.filter((p) => p !== "trunk");
      expect(new Set(limbs.map((p) => p.split(".")[0])).size).toBe(1);
    }
  });

  it("names the stretched side by body position, never by the prop alone", () => {
    for (const e of exercises.filter((x) => x.category === "stretch")) {
      expect(e.side?.worked).toMatch(/hip|leg|side/);
    }
  });

  it("highlights the back, extended-hip leg in the half-kneeling stretch", () => {
    const e = byId("half-kneeling-hip-flexor-stretch");
    expect(e.illustration.highlight).toEqual(["near.leg"]);
    for (const pose of e.illustration.keyPoses) {
      expect(pose.near.hip).toBeLessThan(0);
      expect(pose.far.hip).toBeGreaterThan(45);
      const s = solveJoints(pose);
      expect(s["near.knee"].x).toBeLessThan(s["far.knee"].x);
    }
  });

  it("highlights the leg on the chair in the rear-foot stretch and the hanging leg at the bed edge", () => {
    const chairStretch = byId("rear-foot-on-chair-stretch");
    const pose = chairStretch.illustration.keyPoses[0];
    expect(chairStretch.illustration.highlight).toEqual(["near.leg"]);
    expect(pose && solveJoints(pose)["near.ankle"].y).toBeGreaterThan(20);
    const bed = byId("bed-edge-hip-flexor-stretch");
    expect(bed.illustration.highlight).toEqual(["near.leg"]);
    expect(bed.illustration.keyPoses.every((p) => p.near.hip <= 0)).toBe(true);
  });

  it("renders every illustration with a title and a description naming the highlighted side", () => {
    for (const e of exercises) {
      const svg = renderExerciseIllustration(e);
      expect(svg).toContain(`<title id="ilio-${e.id}-title">`);
      expect(svg).toMatch(/<desc id="[^"]+">(Side|Front) view of a person/);
    }
    expect(renderExerciseIllustration(byId("half-kneeling-hip-flexor-stretch"))).toContain(
      "back one",
    );
  });
});
