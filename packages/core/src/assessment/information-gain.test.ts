import { rawKnowledgeBase } from "@ilio/content";
import { describe, expect, it } from "vitest";
import { entropyBits, expectedGainBits } from "./information-gain.ts";
import { probabilities, rankingState } from "./ranking-state.ts";
import { loadKnowledgeBaseOrThrow } from "../content/load-knowledge-base.ts";

const kb = loadKnowledgeBaseOrThrow(rawKnowledgeBase);

describe("expected information gain", () => {
  const probs = probabilities(kb, rankingState(kb, { age: 40, sex: "male" }));

  it("is non-negative and never more than the current entropy", () => {
    const h = entropyBits(probs);
    for (const cq of kb.findings.values()) {
      const g = expectedGainBits(cq, probs);
      expect(g).toBeGreaterThanOrEqual(0);
      expect(g).toBeLessThanOrEqual(h + 1e-9);
    }
  });

  it("is zero when one condition is certain", () => {
    const certain = new Float64Array(30);
    certain[0] = 1;
    const where = kb.findings.get("where");
    expect(where && expectedGainBits(where, certain)).toBeCloseTo(0, 12);
  });
});
