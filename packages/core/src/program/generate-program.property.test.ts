import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONDITION_IDS } from "../content/condition-ids.ts";
import { ContraindicationTag, Population } from "../exercise/schema.ts";
import { generateProgram } from "./generate-program.ts";
import type { ProgramInput } from "./input.schema.ts";
import { deepFreeze, exerciseLibrary, programContent } from "./program-test-kit.ts";

const SEED = 20250303;
const TAGS = ContraindicationTag.anyOf.map((s) => s.const);
const POPULATIONS = Population.anyOf.map((s) => s.const).filter((p) => p !== "everyone");
const PHASES = ["calm", "restore", "strengthen", "return"] as const;
const EXERCISE_IDS = exerciseLibrary.exercises.map((e) => e.id);

const inputArb: fc.Arbitrary<ProgramInput> = fc.record(
  {
    triage: fc.constantFrom("emergency", "urgent", "routine", "self-care"),
    conditions: fc.array(
      fc.record({
        condition: fc.constantFrom(...CONDITION_IDS),
        probability: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 5 },
    ),
    irritability: fc.constantFrom("high", "moderate", "low"),
    populations: fc.uniqueArray(fc.constantFrom(...POPULATIONS), { maxLength: 3 }),
    pregnancyTrimester: fc.constantFrom(1, 2, 3),
    cautions: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 4 }),
    startDate: fc.constantFrom("2025-01-01", "2025-03-03", "2024-02-29"),
    overrides: fc.record(
      {
        add: fc.array(
          fc.record({
            exerciseId: fc.constantFrom(...EXERCISE_IDS),
            phase: fc.constantFrom(...PHASES),
          }),
          { maxLength: 3 },
        ),
        remove: fc.array(fc.constantFrom(...EXERCISE_IDS), { maxLength: 3 }),
        fixedPhase: fc.constantFrom(...PHASES),
      },
      { requiredKeys: [] },
    ),
  },
  {
    requiredKeys: ["triage", "conditions", "irritability", "populations", "cautions", "startDate"],
  },
);

const params = { seed: SEED, numRuns: 300 };

describe("generateProgram properties", () => {
  it("never prescribes an exercise carrying a tag in the input cautions", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = generateProgram(input, programContent, exerciseLibrary);
        if (!result.ok) {
          return;
        }
        for (const phase of result.program.phases) {
          for (const prescribed of phase.exercises) {
            const e = exerciseLibrary.exercises.find((x) => x.id === prescribed.exerciseId);
            const clash =
              e?.contraindications.filter((t) => result.program.ruledOut.includes(t)) ?? [];
            expect(clash).toEqual([]);
            expect(e?.contraindications.some((t) => input.cautions.includes(t))).toBe(false);
          }
        }
      }),
      params,
    );
  });

  it("never gives a program after emergency or urgent triage", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = generateProgram(input, programContent, exerciseLibrary);
        if (input.triage === "emergency" || input.triage === "urgent") {
          expect(result).toMatchObject({ ok: false, reason: "triage-too-urgent" });
        }
      }),
      params,
    );
  });

  it("is deterministic and never mutates its input", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const frozen = deepFreeze(structuredClone(input));
        const first = generateProgram(frozen, programContent, exerciseLibrary);
        const second = generateProgram(structuredClone(input), programContent, exerciseLibrary);
        expect(second).toEqual(first);
        expect(frozen).toEqual(input);
      }),
      params,
    );
  });

  it("gives every phase at least one exercise, each with a positive dose", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = generateProgram(input, programContent, exerciseLibrary);
        if (!result.ok) {
          return;
        }
        for (const phase of result.program.phases) {
          expect(phase.exercises.length).toBeGreaterThan(0);
          for (const e of phase.exercises) {
            expect(e.volumeFactor).toBeGreaterThan(0);
            expect(e.dose.reps?.min ?? 1).toBeGreaterThan(0);
            expect(e.dose.sets?.min ?? 1).toBeGreaterThan(0);
          }
        }
      }),
      params,
    );
  });
});
