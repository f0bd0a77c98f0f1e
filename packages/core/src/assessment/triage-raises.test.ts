// Conditions' own triage raises (REFERENCE §3 "Triage" and "Red flags" lines) for answers
// that the red-flag table does not cover: each case is a person whose story the condition
// leads, with and without the answer that should raise the level.
import { describe, expect, it } from "vitest";
import type { Answers } from "./answers.ts";
import { evaluate } from "./evaluate.ts";
import { simulateInterview } from "./simulate-interview.ts";
import { kb, pulledHipFlexor, screened } from "./test-fixtures.ts";

function run(answers: Answers): { top: string | undefined; level: string } {
  const r = evaluate(kb, answers, { explain: false });
  return { top: r.ranking[0]?.condition, level: r.triage.level };
}

describe("triage raises", () => {
  it("a hernia with a swelling belly or no wind or stool is an emergency (REFERENCE 3.2)", () => {
    const hernia: Answers = {
      age: 66,
      sex: "male",
      where: ["groin"],
      ...screened,
      onset: "gradual",
      duration: 90,
      trend: "same",
      severity: 4,
      lump: "reducible",
      "worse-moves": ["cough"],
    };
    expect(run(hernia)).toEqual({ top: "inguinal-hernia", level: "routine" });
    expect(run({ ...hernia, "rf-belly": ["obstruction"] }).level).toBe("emergency");
  });

  it("a pulled hip flexor with a dent in the muscle or a spreading bruise is urgent, and the interview asks about it", () => {
    const strain: Answers = pulledHipFlexor;
    expect(run({ ...strain, "tear-gap": "no" })).toEqual({
      top: "hip-flexor-strain",
      level: "self-care",
    });
    expect(run({ ...strain, "tear-gap": "yes" }).level).toBe("urgent");
    const interview = simulateInterview(kb, { ...strain, "tear-gap": "yes" });
    expect(interview.asked).toContain("tear-gap");
    expect(interview.triage.level).toBe("urgent");
  });

  it("a bruise over the painful back after a fall makes a spinal fracture more likely (Downie 2013)", () => {
    const fall: Answers = {
      age: 58,
      sex: "female",
      where: ["low-back"],
      ...screened,
      onset: "fall",
      duration: 2,
      trend: "same",
      severity: 6,
      side: "middle",
    };
    const vf = (a: Answers): number =>
      evaluate(kb, a, { explain: false }).ranking.find((x) => x.condition === "vertebral-fracture")
        ?.probability ?? 0;
    expect(vf({ ...fall, "spine-bruise": "yes" })).toBeGreaterThan(2 * vf(fall));
    expect(vf({ ...fall, "spine-bruise": "no" })).toBeLessThan(vf(fall));
  });

  it("a hot, red or swollen arthritic hip is urgent (REFERENCE 3.3)", () => {
    const oa: Answers = {
      age: 71,
      sex: "female",
      where: ["groin", "thigh-front"],
      ...screened,
      onset: "gradual",
      duration: 400,
      trend: "same",
      severity: 5,
      stiffness: "short",
      mechanical: ["stiff-rotate"],
      "worse-moves": ["walking", "lift-knee"],
    };
    expect(run(oa)).toEqual({ top: "hip-osteoarthritis", level: "routine" });
    expect(run({ ...oa, "rf-general": ["hot-swollen"] }).level).toBe("urgent");
  });

  it("a long-standing weak stream in a man with pelvic pain is not an emergency; new trouble passing urine is", () => {
    const pelvic: Answers = {
      age: 41,
      sex: "male",
      where: ["pubic", "genitals"],
      ...screened,
      onset: "gradual",
      duration: 120,
      trend: "same",
      severity: 4,
      "pelvic-pain-male": "yes",
      "worse-positions": ["sitting"],
    };
    const weak = run({ ...pelvic, urinary: ["weak-flow"] });
    expect(weak.top).toBe("prostatitis");
    expect(weak.level).toBe("routine");
    expect(run({ ...pelvic, "rf-nerve": ["bladder-bowel"] }).level).toBe("emergency");
  });
});
