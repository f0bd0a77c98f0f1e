// Test support for the program module, imported only by *.test.ts files: the real program
// content and exercise library (so tests prove behaviour on the data patients get), and
// factories with overrides for inputs, programs and session logs. Never imported by
// production code: core must not depend on content.
import { exerciseLibrary } from "../../../content/src/exercises.ts";
import { programContent } from "../../../content/src/programs.ts";
import { generateProgram } from "./generate-program.ts";
import type { CheckIn, SessionLog } from "./history.schema.ts";
import type { ProgramInput } from "./input.schema.ts";
import type { Program } from "./program.schema.ts";

export { exerciseLibrary, programContent };

/** A self-care iliopsoas input with moderate irritability; overrides replace fields. */
export function buildInput(overrides: Partial<ProgramInput> = {}): ProgramInput {
  return {
    triage: "self-care",
    conditions: [
      { condition: "iliopsoas-syndrome", probability: 0.62 },
      { condition: "hip-flexor-strain", probability: 0.18 },
      { condition: "inguinal-hernia", probability: 0.05 },
    ],
    irritability: "moderate",
    populations: [],
    cautions: [],
    startDate: "2025-03-03",
    ...overrides,
  };
}

/** The generated program for an input, failing the test if there is none. */
export function buildProgram(overrides: Partial<ProgramInput> = {}): Program {
  const result = generateProgram(buildInput(overrides), programContent, exerciseLibrary);
  if (!result.ok) {
    throw new Error(`expected a program, got ${result.reason}: ${result.message}`);
  }
  return result.program;
}

/** A session log at level 0 of the restore phase, pain 1/10 and settled; overrides replace fields. */
export function buildSession(overrides: Partial<SessionLog> = {}): SessionLog {
  return {
    date: "2025-03-04",
    phase: "restore",
    level: 0,
    painDuring: 1,
    painBefore: 2,
    painNextMorning: 2,
    ...overrides,
  };
}

/** Daily check-ins from `start`, one per value. */
export function buildCheckIns(start: string, pains: readonly number[]): CheckIn[] {
  const day = Date.parse(`${start}T00:00:00Z`);
  return pains.map((pain, i) => ({
    date: new Date(day + i * 86_400_000).toISOString().slice(0, 10),
    pain,
  }));
}

/** Freezes a value and everything in it, so a test can prove a function never mutates it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) {
      deepFreeze(v);
    }
    Object.freeze(value);
  }
  return value;
}
