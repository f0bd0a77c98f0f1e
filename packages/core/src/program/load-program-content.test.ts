import { describe, expect, it } from "vitest";
import { rawProgramContent } from "../../../content/src/programs.ts";
import { loadProgramContent } from "./load-program-content.ts";
import { exerciseLibrary } from "./program-test-kit.ts";

/** A deep copy of the stored content's phase list, with the copy it belongs to. */
function copyWithPhases(): { raw: unknown; firstPhase: object } {
  const raw: unknown = structuredClone(rawProgramContent);
  const phases: unknown = typeof raw === "object" && raw !== null ? Reflect.get(raw, "phases") : [];
  const first: unknown = Array.isArray(phases) ? phases[0] : undefined;
  if (typeof first !== "object" || first === null) {
    throw new Error("fixture shape changed");
  }
  return { raw, firstPhase: first };
}

function pathsOf(raw: unknown): string[] {
  const result = loadProgramContent(raw, exerciseLibrary);
  return result.ok ? [] : result.problems.map((p) => p.path);
}

describe("loadProgramContent", () => {
  it("accepts the stored program content with the exercise library", () => {
    expect(loadProgramContent(rawProgramContent, exerciseLibrary).ok).toBe(true);
  });

  it("rejects input that is not program content at all", () => {
    expect(pathsOf(null).length).toBeGreaterThan(0);
  });

  it("collects problems from several files at once, each with its path", () => {
    const { raw, firstPhase } = copyWithPhases();
    const conditions: unknown =
      typeof raw === "object" && raw !== null ? Reflect.get(raw, "conditions") : [];
    Reflect.set(firstPhase, "exercises", ["no-such-exercise"]);
    Reflect.set(Reflect.get(firstPhase, "weeks") ?? {}, "min", 9);
    if (Array.isArray(conditions)) {
      conditions.pop();
    }
    const progression: unknown =
      typeof raw === "object" && raw !== null ? Reflect.get(raw, "progression") : {};
    Reflect.set(Reflect.get(progression ?? {}, "painSafeMax") ?? {}, "basis", {
      kind: "source",
      sourceId: "nobody-2020",
    });
    const paths = pathsOf(raw);
    expect(paths).toContain("/phases/0/exercises/0");
    expect(paths).toContain("/phases/0/weeks");
    expect(paths).toContain("/conditions");
    expect(paths).toContain("/progression/painSafeMax/basis/sourceId");
  });

  it("reports an unknown field rather than dropping it", () => {
    const { raw, firstPhase } = copyWithPhases();
    Reflect.set(firstPhase, "colour", "red");
    expect(pathsOf(raw)).toContain("/phases/0/colour");
  });
});
