import { describe, expect, it } from "vitest";
import type { BodyPose } from "../illustration/pose.schema.ts";
import { loadExerciseLibrary } from "./load-library.ts";

const limb = { hip: 0, knee: 0, ankle: 0, shoulder: 0, elbow: 0 };
const pose = (hip: number): BodyPose => ({
  view: "side",
  facing: "right",
  root: { x: 0 },
  trunk: 0,
  head: 0,
  near: { ...limb, hip },
  far: limb,
});

/** A valid one-sided exercise; overrides replace top-level fields. */
function buildExercise(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "test-knee-lift",
    name: "Test knee lift",
    category: "strength",
    phases: ["strengthen"],
    motion: "moving",
    purpose: "A fixture exercise.",
    populations: ["everyone"],
    bodyRegions: ["front-of-hip"],
    position: "standing",
    equipment: [],
    noEquipment: "Needs nothing.",
    start: "Stand tall.",
    steps: ["Lift one knee.", "Lower it slowly."],
    side: { worked: "The leg that lifts.", howToTell: "The front of that hip works." },
    dose: {
      sides: "each",
      reps: { min: 8, max: 12 },
      basis: { kind: "source", sourceId: "src-a" },
    },
    variants: { easier: [], harder: [] },
    feel: "Work at the front of the hip.",
    cautions: [],
    contraindications: [],
    evidence: { level: "expert-opinion", note: "Fixture." },
    sources: ["src-a"],
    illustration: {
      keyPoses: [pose(0), pose(60)],
      highlight: ["near.leg"],
      props: [],
      arrows: [{ kind: "path", joint: "near.knee", label: "the knee lifts" }],
    },
    ...overrides,
  };
}

/** The fixture without one field. */
function without(record: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

function buildLibrary(
  exercises: readonly Record<string, unknown>[] = [buildExercise()],
): Record<string, unknown> {
  return {
    version: "test",
    stopCard: ["Sharp pain"],
    sources: [{ id: "src-a", citation: "A fixture source." }],
    exercises,
  };
}

function problemsOf(raw: unknown): readonly { path: string; message: string }[] {
  const result = loadExerciseLibrary(raw);
  return result.ok ? [] : result.problems;
}

describe("loadExerciseLibrary", () => {
  it("accepts a valid library and returns typed exercises", () => {
    const result = loadExerciseLibrary(buildLibrary());
    expect(result.ok).toBe(true);
    expect(result.ok && result.library.exercises[0]?.noEquipment).toBe("Needs nothing.");
  });

  it("reports a missing no-equipment alternative with its path", () => {
    const rest = without(buildExercise(), "noEquipment");
    expect(problemsOf(buildLibrary([rest]))).toContainEqual(
      expect.objectContaining({ path: "/exercises/0/noEquipment" }),
    );
  });

  it("reports one-sided dosing without side guidance", () => {
    const rest = without(buildExercise(), "side");
    expect(problemsOf(buildLibrary([rest])).map((p) => p.path)).toContain("/exercises/0/side");
  });

  it("reports dose numbers without a source or estimate", () => {
    const raw = buildLibrary([
      buildExercise({ dose: { sides: "each", reps: { min: 8, max: 12 } } }),
    ]);
    expect(problemsOf(raw).map((p) => p.path)).toContain("/exercises/0/dose/basis");
  });

  it("reports unknown variant ids and unknown sources", () => {
    const raw = buildLibrary([
      buildExercise({
        variants: { easier: [{ kind: "exercise", id: "no-such-exercise" }], harder: [] },
        sources: ["nope"],
      }),
    ]);
    const paths = problemsOf(raw).map((p) => p.path);
    expect(paths).toContain("/exercises/0/variants/easier/0/id");
    expect(paths).toContain("/exercises/0/sources/0");
  });

  it("reports a missing illustration and a moving exercise with one key pose", () => {
    const rest = without(buildExercise(), "illustration");
    const onePose = buildExercise({
      id: "one-pose",
      illustration: { keyPoses: [pose(0)], highlight: ["near.leg"], props: [], arrows: [] },
    });
    const paths = problemsOf(buildLibrary([rest, onePose])).map((p) => p.path);
    expect(paths).toContain("/exercises/0/illustration");
    expect(paths).toContain("/exercises/1/illustration/keyPoses");
  });

  it("reports a highlighted side that contradicts the dose sides", () => {
    const raw = buildLibrary([
      buildExercise({
        illustration: {
          keyPoses: [pose(0), pose(60)],
          highlight: ["near.leg", "far.leg"],
          props: [],
          arrows: [],
        },
      }),
    ]);
    expect(problemsOf(raw).map((p) => p.path)).toContain("/exercises/0/illustration/highlight");
  });

  it("collects schema errors and cross-check errors together, and flags duplicate ids", () => {
    const raw = buildLibrary([
      buildExercise(),
      buildExercise(),
      buildExercise({ id: "bad", category: "yoga" }),
    ]);
    const paths = problemsOf(raw).map((p) => p.path);
    expect(paths).toContain("/exercises/1/id");
    expect(paths).toContain("/exercises/2/category");
  });

  it("rejects unknown fields rather than dropping them", () => {
    expect(problemsOf(buildLibrary([buildExercise({ colour: "red" })])).length).toBeGreaterThan(0);
  });

  it("rejects input that is not a library at all", () => {
    expect(problemsOf(null).length).toBeGreaterThan(0);
  });
});
