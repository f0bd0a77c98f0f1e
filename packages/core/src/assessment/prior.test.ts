import { rawKnowledgeBase } from "@ilio/content";
import { describe, expect, it } from "vitest";
import { loadKnowledgeBaseOrThrow } from "../content/load-knowledge-base.ts";
import { logPrior } from "./prior.ts";

const kb = loadKnowledgeBaseOrThrow(rawKnowledgeBase);
const priorOf = (condition: string, age: number): number =>
  Math.exp(logPrior(kb, { age, sex: "female" })[kb.conditionIds.indexOf(condition as never)] ?? 0);

describe("logPrior", () => {
  it("changes smoothly with age instead of jumping at band edges", () => {
    const oa = [30, 34, 35, 36, 40, 45].map((age) => priorOf("hip-osteoarthritis", age));
    for (let i = 1; i < oa.length; i++) {
      expect(oa[i]).toBeGreaterThan(oa[i - 1] ?? Infinity);
    }
    // either side of the 35 boundary differ by a few per cent, not by a factor of six
    expect((oa[2] ?? 0) / (oa[1] ?? 1)).toBeLessThan(1.2);
  });

  it("keeps a band's own factor at its middle", () => {
    const mid = kb.raw.conditions.find((c) => c.id === "hip-osteoarthritis")?.prior;
    const expected = (mid?.weight ?? 0) * (mid?.age?.mid ?? 0) * (mid?.sex?.female ?? 1);
    expect(priorOf("hip-osteoarthritis", 42.5)).toBeCloseTo(expected, 10);
  });

  it("treats a zero factor as a hard edge: possible at 17, impossible at 18", () => {
    expect(priorOf("scfe", 17)).toBeGreaterThan(0);
    expect(priorOf("scfe", 18)).toBe(0);
  });
});
