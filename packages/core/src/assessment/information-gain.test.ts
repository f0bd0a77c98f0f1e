import { rawKnowledgeBase } from "@ilio/content";
import { describe, expect, it } from "vitest";
import { conditionGainBits, entropyBits, expectedGainBits } from "./information-gain.ts";
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

  it("does not change when a checklist item that every condition answers alike is added", () => {
    const history = kb.findings.get("history-more");
    if (history?.kind !== "multi") {
      throw new Error("history-more should be a checklist");
    }
    const n = history.options[0]?.yes.length ?? 0;
    const alike = {
      id: "alike",
      yes: new Float64Array(n).fill(0.3),
      logYes: new Float64Array(n).fill(Math.log(0.3)),
      logNo: new Float64Array(n).fill(Math.log(0.7)),
      logRefYes: Math.log(0.3),
      logRefNo: Math.log(0.7),
    };
    const padded = { ...history, options: [...history.options, alike] };
    const hyp = new Float64Array(n);
    probs.forEach((p, i) => (hyp[i] = p));
    expect(expectedGainBits(padded, hyp)).toBeCloseTo(expectedGainBits(history, hyp), 9);
    const targets = [10, 20];
    const withAlike = conditionGainBits(padded, hyp, targets);
    const without = conditionGainBits(history, hyp, targets);
    targets.forEach((_, k) => expect(withAlike[k]).toBeCloseTo(without[k] ?? -1, 9));
  });

  it("is zero when one condition is certain", () => {
    const certain = new Float64Array(30);
    certain[0] = 1;
    const where = kb.findings.get("where");
    expect(where && expectedGainBits(where, certain)).toBeCloseTo(0, 12);
  });

  it("gives, per condition, between 0 and that condition's binary entropy", () => {
    const targets = [0, 5, 12, 29];
    for (const cq of kb.findings.values()) {
      const gains = conditionGainBits(cq, probs, targets);
      targets.forEach((t, k) => {
        const p = probs[t] ?? 0;
        const hb = -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
        expect(gains[k]).toBeGreaterThanOrEqual(0);
        expect(gains[k]).toBeLessThanOrEqual(hb + 1e-9);
      });
    }
  });

  it("equals the ranking gain when only two conditions have weight (up to pruned branches)", () => {
    const two = new Float64Array(30);
    two[3] = 0.3;
    two[20] = 0.7;
    for (const cq of kb.findings.values()) {
      expect(conditionGainBits(cq, two, [3])[0]).toBeCloseTo(expectedGainBits(cq, two), 3);
    }
  });
});
