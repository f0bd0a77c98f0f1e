import { describe, expect, it } from "vitest";
import { programInputFromAssessment } from "./from-assessment.ts";
import { irritabilityFromSigns } from "./irritability.ts";
import { programContent } from "./program-test-kit.ts";

const result = {
  contentVersion: "test",
  triage: { level: "self-care", advice: "Rest.", reasons: [] },
  ranking: [
    { condition: "iliopsoas-syndrome", probability: 0.7, why: [], wouldChange: [] },
    { condition: "hip-flexor-strain", probability: 0.3, why: [], wouldChange: [] },
  ],
};
const options = { content: programContent, startDate: "2025-03-03" };
const rules = programContent.classify;

function inputFor(answers: Record<string, unknown>) {
  const parsed = programInputFromAssessment(result, answers, options);
  if (!parsed.ok) {
    throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  }
  return parsed.input;
}

describe("irritabilityFromSigns", () => {
  const calm = { nightPain: false, restPain: false, easilyProvoked: false };
  it("is high with severe pain or with night and rest pain together", () => {
    expect(irritabilityFromSigns({ ...calm, worstPain: 8 }, rules)).toBe("high");
    expect(
      irritabilityFromSigns({ ...calm, worstPain: 4, nightPain: true, restPain: true }, rules),
    ).toBe("high");
  });
  it("is low with mild pain and no signs, moderate otherwise", () => {
    expect(irritabilityFromSigns({ ...calm, worstPain: 2 }, rules)).toBe("low");
    expect(irritabilityFromSigns({ ...calm, worstPain: 2, nightPain: true }, rules)).toBe(
      "moderate",
    );
    expect(irritabilityFromSigns({ ...calm, worstPain: 5 }, rules)).toBe("moderate");
  });
});

describe("programInputFromAssessment", () => {
  it("copies triage and ranking and derives irritability from the answers", () => {
    const input = inputFor({ severity: 8, night: "whatever-position" });
    expect(input).toMatchObject({
      triage: "self-care",
      irritability: "high",
      startDate: "2025-03-03",
    });
    expect(input.conditions[0]).toEqual({ condition: "iliopsoas-syndrome", probability: 0.7 });
  });

  it("never calls irritability low when the pain level is unknown", () => {
    expect(inputFor({}).irritability).toBe("moderate");
  });

  it("reads populations from age, activities, history and pregnancy", () => {
    const input = inputFor({
      age: 15,
      activities: ["running", "dance"],
      pregnancy: "possible",
      "rf-history": ["hip-replacement"],
    });
    expect(input.populations).toEqual([
      "runners",
      "dancers",
      "after-hip-replacement",
      "teens",
      "pregnancy",
    ]);
  });

  it("reads cautions from symptoms", () => {
    const input = inputFor({
      where: ["knee", "groin"],
      mechanical: ["clunk-front"],
      onset: "pop",
      duration: 5,
      "check-squeeze": "yes",
    });
    expect(input.cautions).toEqual([
      "painful-snapping",
      "groin-loading-pain",
      "acute-strain",
      "kneeling-pain",
    ]);
  });

  it("uses the answers inside the result file when none are passed", () => {
    const parsed = programInputFromAssessment(
      { ...result, answers: { severity: 2 } },
      undefined,
      options,
    );
    expect(parsed.ok && parsed.input.irritability).toBe("low");
  });

  it("lists every problem with a result that is not an assessment", () => {
    const parsed = programInputFromAssessment(
      { triage: { level: "soon" }, ranking: [{ condition: "flu", probability: 2 }] },
      {},
      options,
    );
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.problems.map((p) => p.path);
    expect(paths).toContain("/triage");
    expect(paths).toContain("/ranking/0/condition");
    expect(paths).toContain("/ranking/0/probability");
  });

  it("rejects answers of the wrong shape", () => {
    const parsed = programInputFromAssessment(result, { severity: { value: 3 } }, options);
    expect(parsed.ok).toBe(false);
  });
});
