import { rawKnowledgeBase } from "@ilio/content";
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase, loadKnowledgeBaseOrThrow } from "../content/load-knowledge-base.ts";
import { evaluate } from "./evaluate.ts";
import { addAnswer, hypothesisProbabilities, rankingState } from "./ranking-state.ts";

const kb = loadKnowledgeBaseOrThrow(rawKnowledgeBase);
const replacedHip = kb.hypotheses.findIndex((h) => h.key === "septic-arthritis-hip/replaced-hip");
const septic = (r: ReturnType<typeof evaluate>): number =>
  r.ranking.find((c) => c.condition === "septic-arthritis-hip")?.probability ?? 0;

// A 68-year-old whose hip replacement hurts again months after a good recovery.
const grumbling = {
  age: 68,
  sex: "female",
  where: ["groin"],
  "rf-nerve": [],
  "rf-general": [],
  "thr-problems": [],
  "weight-bearing": "limp",
  onset: "gradual",
  "rf-belly": [],
  activities: [],
  duration: 60,
  trend: "same",
  severity: 5,
};

describe("condition presentations", () => {
  it("puts the infected-implant presentation after the 30 conditions", () => {
    expect(replacedHip).toBeGreaterThanOrEqual(kb.conditionIds.length);
    expect(kb.hypotheses.slice(0, 30).map((h) => h.condition)).toEqual([...kb.conditionIds]);
  });

  it("gives a presentation no weight unless its condition is met (unanswered or not sure counts as not met)", () => {
    for (const history of [[], "unsure", ["unsure:hip-replacement"], ["diabetes"]]) {
      const probs = hypothesisProbabilities(
        kb,
        rankingState(kb, { ...grumbling, "rf-history": history }),
      );
      expect(probs[replacedHip]).toBe(0);
    }
    const probs = hypothesisProbabilities(
      kb,
      rankingState(kb, { ...grumbling, "rf-history": ["hip-replacement"] }),
    );
    expect(probs[replacedHip]).toBeGreaterThan(0);
  });

  it("keeps a slow infection of a hip replacement on the list where the acute pattern alone would drop it", () => {
    const withImplant = evaluate(kb, { ...grumbling, "rf-history": ["hip-replacement"] });
    const without = evaluate(kb, { ...grumbling, "rf-history": [] });
    expect(septic(withImplant)).toBeGreaterThan(0.01);
    expect(septic(without)).toBeLessThan(0.001);
    // The condition's probability is the sum over its presentations.
    const probs = hypothesisProbabilities(
      kb,
      rankingState(kb, { ...grumbling, "rf-history": ["hip-replacement"] }),
    );
    const index = kb.conditionIds.indexOf("septic-arthritis-hip");
    expect(septic(withImplant)).toBeCloseTo((probs[index] ?? 0) + (probs[replacedHip] ?? 0), 12);
  });

  it("updates the prior incrementally when the gating answer arrives, as a full recompute does", () => {
    const before = rankingState(kb, grumbling);
    const stepped = addAnswer(kb, before, grumbling, "rf-history", ["hip-replacement"]);
    const full = rankingState(kb, { ...grumbling, "rf-history": ["hip-replacement"] });
    expect(Array.from(stepped.prior)).toEqual(Array.from(full.prior));
    Array.from(full.evidence).forEach((e, i) => expect(stepped.evidence[i]).toBeCloseTo(e, 12));
  });

  it("uses the presentation's own threshold: a likely implant infection is urgent (surgical team today), not an emergency", () => {
    const r = evaluate(kb, {
      ...grumbling,
      "rf-history": ["hip-replacement"],
      "thr-problems": ["wound"],
      "rf-general": ["constant-pain"],
      night: "whatever-position",
    });
    const serious = r.triage.reasons.filter((x) => x.kind === "serious-condition");
    expect(serious.map((x) => [x.level, x.text])).toContainEqual([
      "urgent",
      expect.stringContaining("an infection of a hip replacement") as unknown,
    ]);
    expect(r.triage.level).toBe("urgent");
    expect(r.ranking[0]?.condition).toBe("septic-arthritis-hip");
  });

  it("applies a prior factor in full, not weakened like evidence: a replaced hip no longer wears out", () => {
    const oa = (history: readonly string[]): number =>
      evaluate(kb, { ...grumbling, "rf-history": history, "thr-problems": [] }).ranking.find(
        (c) => c.condition === "hip-osteoarthritis",
      )?.probability ?? 0;
    const index = kb.conditionIds.indexOf("hip-osteoarthritis");
    const prior = (history: readonly string[]): number =>
      rankingState(kb, { ...grumbling, "rf-history": history }).prior[index] ?? 0;
    expect(prior(["hip-replacement"]) - prior([])).toBeCloseTo(Math.log(0.03), 12);
    expect(oa(["hip-replacement"])).toBeLessThan(oa([]) / 5);
  });

  it("ranks a twisted ovary (no pregnancy, no bleeding) first for sudden severe pain in waves with vomiting", () => {
    const r = evaluate(kb, {
      age: 19,
      sex: "female",
      pregnancy: "not-possible",
      where: ["belly", "groin"],
      "rf-nerve": [],
      "rf-general": [],
      "rf-history": [],
      "weight-bearing": "normal",
      onset: "sudden",
      "rf-belly": ["sudden-severe", "nausea", "vomiting"],
      activities: [],
      duration: 0,
      severity: 9,
      side: "one",
      colic: "yes",
      urinary: [],
      "vaginal-bleeding": "none",
    });
    expect(r.ranking[0]?.condition).toBe("gynecologic-emergency");
    expect(r.triage.level).toBe("emergency");
  });

  it("ranks a trapped hernia first for a groin lump that is suddenly stuck, with vomiting and no wind, in an older woman", () => {
    const stuck = {
      age: 79,
      sex: "female",
      where: ["groin", "belly"],
      "rf-nerve": [],
      "rf-general": ["hot-swollen"],
      "rf-history": [],
      "weight-bearing": "normal",
      onset: "sudden",
      "rf-belly": ["nausea", "vomiting", "groin-lump-stuck", "obstruction"],
      activities: [],
      duration: 1,
      trend: "worse",
      severity: 8,
      side: "one",
      "which-side": "right",
      lump: "reducible-worse",
    };
    const r = evaluate(kb, stuck);
    expect(r.ranking[0]?.condition).toBe("inguinal-hernia");
    expect(r.triage.level).toBe("emergency");
    const incarcerated = kb.hypotheses.findIndex((h) => h.key === "inguinal-hernia/incarcerated");
    const probs = hypothesisProbabilities(kb, rankingState(kb, stuck));
    const usual = kb.hypotheses.findIndex((h) => h.key === "inguinal-hernia");
    expect(probs[incarcerated]).toBeGreaterThan(probs[usual] ?? 1);
    // Without a stuck lump the presentation has no weight at all.
    const loose = { ...stuck, "rf-belly": ["nausea", "vomiting", "obstruction"] };
    expect(hypothesisProbabilities(kb, rankingState(kb, loose))[incarcerated]).toBe(0);
  });

  it("keeps a stress fracture in thin bones in view without any running: a new job on her feet at 58 with osteoporosis", () => {
    const walker = {
      age: 58,
      sex: "female",
      pregnancy: "menopause",
      where: ["groin"],
      "rf-nerve": [],
      "rf-general": [],
      "rf-history": ["osteoporosis"],
      "weight-bearing": "limp",
      onset: "gradual",
      "rf-belly": [],
      activities: ["standing", "load-increase"],
      duration: 21,
      trend: "worse",
      severity: 6,
      "worse-moves": ["walking"],
    };
    const fracture = (r: ReturnType<typeof evaluate>): number =>
      r.ranking.find((c) => c.condition === "femoral-stress-fracture")?.probability ?? 0;
    const thin = evaluate(kb, walker);
    const strong = evaluate(kb, { ...walker, "rf-history": [] });
    expect(thin.ranking.slice(0, 3).map((c) => c.condition)).toContain("femoral-stress-fracture");
    expect(fracture(thin)).toBeGreaterThan(3 * fracture(strong));
  });

  it("reports ratios naming an undefined presentation, and a gate on an unknown question, with their paths", () => {
    const raw = JSON.parse(
      JSON.stringify(rawKnowledgeBase)
        .replace('"septic-arthritis-hip/replaced-hip":25', '"septic-arthritis-hip/no-such":25')
        .replace(
          '"weight":0.0015,"when":{"q":"rf-history"',
          '"weight":0.0015,"when":{"q":"rf-histry"',
        ),
    ) as unknown;
    const result = loadKnowledgeBase(raw);
    expect(result.ok).toBe(false);
    const messages = result.ok
      ? ""
      : result.problems.map((p) => `${p.path} ${p.message}`).join("\n");
    expect(messages).toMatch(/lr\/septic-arthritis-hip\/no-such unknown condition presentation/);
    expect(messages).toMatch(/presentations\/0\/when.*unknown question "rf-histry"/);
  });
});
