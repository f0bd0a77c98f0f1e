import { describe, expect, it } from "vitest";
import { generateProgram } from "./generate-program.ts";
import type { ProgramInput } from "./input.schema.ts";
import type { Program } from "./program.schema.ts";
import { buildInput, buildProgram, exerciseLibrary, programContent } from "./program-test-kit.ts";

function generate(overrides: Partial<ProgramInput> = {}) {
  return generateProgram(buildInput(overrides), programContent, exerciseLibrary);
}

function ids(program: Program): string[] {
  return program.phases.flatMap((p) => p.exercises.map((e) => e.exerciseId));
}

function libraryExercise(id: string) {
  const e = exerciseLibrary.exercises.find((x) => x.id === id);
  if (e === undefined) {
    throw new Error(`no exercise ${id}`);
  }
  return e;
}

describe("generateProgram: when there is no program", () => {
  it.each(["emergency", "urgent"] as const)(
    "gives no program after %s triage and says to seek care",
    (triage) => {
      const result = generate({ triage });
      expect(result).toMatchObject({ ok: false, reason: "triage-too-urgent" });
      expect(!result.ok && result.message).toMatch(/seek care/);
    },
  );

  it.each([
    "inguinal-hernia",
    "femoral-stress-fracture",
    "appendicitis",
    "cauda-equina-syndrome",
    "spinal-malignancy",
    "septic-arthritis-hip",
  ] as const)("gives no program when %s leads the ranking, and says why", (condition) => {
    const result = generate({ conditions: [{ condition, probability: 0.5 }] });
    expect(result).toMatchObject({ ok: false, reason: "condition-not-suited", condition });
  });

  it("gives no program when an unsuited condition is likely even if not leading", () => {
    const result = generate({
      conditions: [
        { condition: "iliopsoas-syndrome", probability: 0.5 },
        { condition: "inguinal-hernia", probability: 0.3 },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "condition-not-suited",
      condition: "inguinal-hernia",
    });
  });

  it("gives no program without any condition", () => {
    expect(generate({ conditions: [] })).toMatchObject({ ok: false, reason: "no-condition" });
  });

  it("rejects a start date that is not a calendar date and an unknown override exercise", () => {
    expect(generate({ startDate: "2025-02-30" })).toMatchObject({
      ok: false,
      reason: "invalid-input",
    });
    expect(generate({ overrides: { remove: ["no-such-exercise"] } })).toMatchObject({
      ok: false,
      reason: "invalid-input",
    });
  });
});

describe("generateProgram: phases and dosing", () => {
  it("starts with the calm phase at a lower volume when irritability is high", () => {
    const high = buildProgram({ irritability: "high" });
    const low = buildProgram({ irritability: "low" });
    expect(high.phases.map((p) => p.phase)).toEqual(["calm", "restore", "strengthen", "return"]);
    expect(low.phases[0]?.phase).toBe("restore");
    const iso = (p: Program) =>
      p.phases[0]?.exercises.find((e) => e.exerciseId === "isometric-hip-flexion");
    expect(iso(high)?.volumeFactor).toBeLessThan(iso(low)?.volumeFactor ?? 0);
    expect(iso(high)?.dose.holdSeconds?.max).toBeLessThan(iso(low)?.dose.holdSeconds?.max ?? 0);
  });

  it("doses moderate irritability between high and low", () => {
    const first = (irritability: ProgramInput["irritability"]) =>
      buildProgram({ irritability }).phases[0]?.exercises[0]?.volumeFactor ?? 0;
    expect(first("moderate")).toBeLessThan(first("low"));
  });

  it("plans 6–8 weeks with a review at 2 weeks and phases in order", () => {
    const program = buildProgram({ irritability: "high" });
    expect(program.reviewDate).toBe("2025-03-17");
    expect(program.weeks).toEqual({ min: 6, max: 8 });
    const starts = program.phases.map((p) => p.startWeek);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const last = program.phases.at(-1);
    expect((last?.startWeek ?? 0) - 1 + (last?.weeks.min ?? 0)).toBeLessThanOrEqual(8);
    for (const phase of program.phases) {
      expect(phase.entry.length).toBeGreaterThan(0);
      expect(phase.exit.length).toBeGreaterThan(0);
      expect(phase.sessionsPerWeek.min).toBeGreaterThan(0);
    }
  });

  it("includes a daily-life section on sitting and sleeping", () => {
    const topics = buildProgram().dailyLife.map((d) => d.topic);
    expect(topics).toContain("sitting");
    expect(topics).toContain("sleeping");
  });
});

describe("generateProgram: cautions", () => {
  it("uses the standing stretch instead of the kneeling one for kneeling knee pain", () => {
    const program = buildProgram({ cautions: ["kneeling-pain"] });
    expect(ids(program)).not.toContain("half-kneeling-hip-flexor-stretch");
    const restore = program.phases.find((p) => p.phase === "restore");
    expect(
      restore?.exercises.find((e) => e.exerciseId === "rear-foot-on-chair-stretch")?.origin,
    ).toBe("substitute");
  });

  it("after hip replacement leaves out every exercise beyond the surgeon's precautions", () => {
    const program = buildProgram({ populations: ["after-hip-replacement"], triage: "routine" });
    expect(program.ruledOut).toContain("hip-replacement-precautions");
    for (const id of ids(program)) {
      expect(libraryExercise(id).contraindications).not.toContain("hip-replacement-precautions");
    }
    expect(program.notes.join(" ")).toMatch(/surgical team/);
  });

  it("in pregnancy leaves out prone lying and, after the first trimester, lying on the back", () => {
    const later = buildProgram({ populations: ["pregnancy"], irritability: "high" });
    const tags = ids(later).flatMap((id) => libraryExercise(id).contraindications);
    expect(tags).not.toContain("pregnancy-prone");
    expect(tags).not.toContain("pregnancy-supine");
    const first = buildProgram({
      populations: ["pregnancy"],
      pregnancyTrimester: 1,
      irritability: "high",
    });
    expect(first.ruledOut).not.toContain("pregnancy-supine");
    expect(ids(first)).toContain("constructive-rest");
  });
});

describe("generateProgram: populations", () => {
  const returnIds = (program: Program) =>
    program.phases.find((p) => p.phase === "return")?.exercises.map((e) => e.exerciseId) ?? [];

  it("gives runners a walk–run return and dancers a dance re-entry", () => {
    expect(returnIds(buildProgram({ populations: ["runners"] }))).toContain("walk-run-return");
    expect(returnIds(buildProgram({ populations: ["dancers"] }))).toContain("dance-re-entry");
    expect(returnIds(buildProgram())).not.toContain("walk-run-return");
  });

  it("gives desk workers sitting breaks in the return phase and the daily-life section", () => {
    const program = buildProgram({ populations: ["desk-workers"] });
    expect(returnIds(program)).toContain("sitting-breaks");
    expect(program.dailyLife.map((d) => d.exerciseId)).toContain("sitting-breaks");
  });

  it("gives teens lower volumes and a lower progression ceiling", () => {
    const teen = buildProgram({ populations: ["teens"], irritability: "low" });
    const adult = buildProgram({ irritability: "low" });
    expect(teen.phases[0]?.exercises[0]?.volumeFactor).toBeLessThan(
      adult.phases[0]?.exercises[0]?.volumeFactor ?? 0,
    );
    expect(teen.progression.maxLevel).toBeLessThan(adult.progression.maxLevel);
  });
});

describe("generateProgram: clinician choices", () => {
  it("builds around the clinician's condition instead of the ranking", () => {
    const program = buildProgram({ chosenCondition: "greater-trochanteric-pain" });
    expect(program.focus).toMatchObject({
      condition: "greater-trochanteric-pain",
      chosenBy: "clinician",
    });
  });

  it("adds and removes exercises, and refuses an addition a caution rules out", () => {
    const program = buildProgram({
      cautions: ["kneeling-pain"],
      overrides: {
        remove: ["glute-bridge"],
        add: [
          { exerciseId: "prone-lying", phase: "restore" },
          { exerciseId: "half-kneeling-hip-flexor-stretch", phase: "restore" },
        ],
      },
    });
    expect(ids(program)).not.toContain("glute-bridge");
    const restore = program.phases.find((p) => p.phase === "restore");
    expect(restore?.exercises.find((e) => e.exerciseId === "prone-lying")?.origin).toBe(
      "clinician",
    );
    expect(ids(program)).not.toContain("half-kneeling-hip-flexor-stretch");
    expect(program.notes.join(" ")).toMatch(/was not added/);
  });

  it("keeps to one phase when the clinician fixes it", () => {
    const program = buildProgram({ overrides: { fixedPhase: "strengthen" } });
    expect(program.phases.map((p) => p.phase)).toEqual(["strengthen"]);
    expect(program.phaseLocked).toBe(true);
  });

  it("notes the routine visit when triage is routine", () => {
    expect(buildProgram({ triage: "routine" }).notes.join(" ")).toMatch(/1–2 weeks/);
  });
});
