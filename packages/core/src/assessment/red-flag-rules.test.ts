// The red-flag rules of the knowledge base against REFERENCE §4, one trigger at a time: each
// case is a person who clearly meets (or clearly does not meet) a trigger as REFERENCE words it.
import { describe, expect, it } from "vitest";
import type { Answers } from "./answers.ts";
import { evaluate } from "./evaluate.ts";
import { kb, screened } from "./test-fixtures.ts";

function flags(answers: Answers): { ids: string[]; level: string } {
  const r = evaluate(kb, answers, { explain: false });
  return { ids: r.redFlags.map((f) => f.id), level: r.triage.level };
}

describe("red-flag rules", () => {
  it("RF-08: cannot take weight after a sudden sporting injury is an emergency; after a lift, urgent (RF-08b)", () => {
    const base = { age: 25, sex: "male", where: ["groin", "thigh-front"], ...screened };
    const pop = flags({ ...base, onset: "pop", "weight-bearing": "cannot", severity: 7 });
    expect(pop.ids).toContain("RF-08");
    expect(pop.level).toBe("emergency");
    const lift = flags({
      ...base,
      where: ["low-back"],
      onset: "lifting",
      "weight-bearing": "cannot",
    });
    expect(lift.ids).toContain("RF-08b");
    expect(lift.level).not.toBe("self-care");
  });

  it("RF-05: shaking chills or confusion without a measured fever is a floor, and an emergency (RF-05b)", () => {
    const r = flags({
      age: 45,
      sex: "male",
      where: ["low-back", "buttock"],
      ...screened,
      "rf-general": ["very-unwell"],
    });
    expect(r.ids).toEqual(expect.arrayContaining(["RF-05", "RF-05b"]));
    expect(r.level).toBe("emergency");
  });

  it("RF-05b: fever after an operation or injection on the spine or a joint in the last 3 months is an emergency", () => {
    const base = { age: 58, sex: "female", where: ["low-back"], ...screened };
    const r = flags({ ...base, "rf-general": ["fever"], "rf-history": ["recent-procedure"] });
    expect(r.ids).toContain("RF-05b");
    expect(r.level).toBe("emergency");
    expect(flags({ ...base, "rf-general": ["fever"] }).level).not.toBe("emergency");
  });

  it("RF-17: on blood thinners, groin pain that began while lifting, or a numb front of the thigh, is an emergency", () => {
    const base = {
      age: 68,
      sex: "male",
      where: ["groin", "thigh-front"],
      ...screened,
      "rf-history": ["blood-thinners"],
    };
    expect(flags({ ...base, onset: "lifting" }).ids).toContain("RF-17");
    expect(flags({ ...base, "nerve-symptoms": ["front-thigh-shin"] }).ids).toContain("RF-17");
    expect(flags({ ...base, onset: "gradual", "nerve-symptoms": [] }).ids).not.toContain("RF-17");
  });

  it("RF-07: night pain whatever the position is a floor; 'not sure' to that non-safety question is not", () => {
    const base = { age: 58, sex: "male", where: ["low-back"], ...screened, duration: 30 };
    expect(flags({ ...base, night: "whatever-position" }).ids).toContain("RF-07");
    expect(flags({ ...base, night: "unsure" }).ids).not.toContain("RF-07");
  });

  it("RF-09b: a child's rules need an age; an unknown age with fever and back pain is RF-05, not the children's emergency", () => {
    const r = flags({
      age: "unsure",
      sex: "male",
      where: ["low-back"],
      ...screened,
      "rf-general": ["fever"],
    });
    expect(r.ids).toContain("RF-05");
    expect(r.ids).not.toContain("RF-09b");
    const teen = flags({
      age: 16,
      sex: "male",
      where: ["low-back"],
      ...screened,
      "rf-general": ["fever"],
    });
    expect(teen.ids).not.toContain("RF-09b");
    const limping = flags({
      age: 8,
      sex: "male",
      where: ["knee"],
      ...screened,
      "weight-bearing": "limp",
      "rf-general": ["fever"],
    });
    expect(limping.ids).toContain("RF-09b");
  });

  it("RF-10: fainting with sudden severe pain over 50 is an emergency; dizziness on standing alone is not", () => {
    const base = { age: 66, sex: "male", where: ["low-back"], ...screened, severity: 3 };
    expect(flags({ ...base, "rf-belly": ["faint"] }).ids).toContain("RF-10");
    expect(flags({ ...base, "rf-belly": ["dizzy-standing"] }).ids).not.toContain("RF-10");
  });

  it("RF-12: sudden severe one-sided pain low in the pelvis or groin with vomiting is an emergency without belly pain", () => {
    const r = flags({
      age: 28,
      sex: "female",
      pregnancy: "not-possible",
      where: ["groin", "pubic"],
      ...screened,
      "rf-belly": ["sudden-severe", "vomiting"],
      onset: "sudden",
    });
    expect(r.ids).toContain("RF-12");
    expect(r.level).toBe("emergency");
  });

  it("RF-04b: weakness that is getting worse is an emergency even while the pain eases", () => {
    const r = flags({
      age: 45,
      sex: "male",
      where: ["low-back", "below-knee"],
      ...screened,
      "rf-nerve": ["leg-weakness", "weakness-worse"],
      trend: "better",
    });
    expect(r.ids).toContain("RF-04b");
    expect(r.level).toBe("emergency");
  });

  it("RF-02: new trouble passing urine is an emergency with back or leg pain, not with pelvic pain alone (prostate)", () => {
    const base = { age: 52, sex: "male", ...screened, "rf-nerve": ["bladder-bowel"] };
    expect(flags({ ...base, where: ["low-back", "thigh-back"] }).ids).toContain("RF-02");
    expect(flags({ ...base, where: ["pubic", "genitals"] }).ids).not.toContain("RF-02");
  });

  it("an adductor strain that keeps coming back needs routine care (REFERENCE 3.2)", () => {
    const strain = {
      age: 31,
      sex: "male",
      where: ["thigh-inner", "groin"],
      ...screened,
      onset: "pop",
      activities: ["field-sport"],
      duration: 9,
      trend: "better",
      severity: 5,
      "worse-moves": ["squeeze"],
    };
    const first = evaluate(kb, { ...strain, "history-more": [] }, { explain: false });
    const again = evaluate(kb, { ...strain, "history-more": ["same-before"] }, { explain: false });
    expect(first.ranking[0]?.condition).toBe("adductor-strain");
    expect(first.triage.level).toBe("self-care");
    expect(again.triage.level).toBe("routine");
  });

  it("a hernia that has become painful or harder to push back is urgent; one that simply comes and goes is routine (REFERENCE 3.2)", () => {
    const hernia = {
      age: 60,
      sex: "male",
      where: ["groin"],
      ...screened,
      duration: 60,
      trend: "same",
      severity: 3,
    };
    const plain = evaluate(kb, { ...hernia, lump: "reducible" }, { explain: false });
    const worse = evaluate(kb, { ...hernia, lump: "reducible-worse" }, { explain: false });
    expect(plain.ranking[0]?.condition).toBe("inguinal-hernia");
    expect(plain.triage.level).toBe("routine");
    expect(worse.triage.level).toBe("urgent");
  });

  it("a kidney stone is an emergency with little or no urine, one working kidney, or a first attack after 50 (REFERENCE 3.7)", () => {
    const stone = {
      age: 38,
      sex: "male",
      where: ["flank", "groin"],
      ...screened,
      onset: "sudden",
      duration: 0,
      severity: 8,
      colic: "yes",
      urinary: ["blood"],
      "history-more": ["stones"],
    };
    const plain = evaluate(kb, stone, { explain: false });
    expect(plain.ranking[0]?.condition).toBe("kidney-stone");
    expect(plain.triage.level).toBe("urgent");
    const blocked = evaluate(
      kb,
      { ...stone, urinary: ["blood", "little-none"] },
      { explain: false },
    );
    expect(blocked.triage.level).toBe("emergency");
    const single = evaluate(kb, { ...stone, "rf-history": ["single-kidney"] }, { explain: false });
    expect(single.triage.level).toBe("emergency");
    const firstAt55 = evaluate(kb, { ...stone, age: 55, "history-more": [] }, { explain: false });
    expect(firstAt55.ranking[0]?.condition).toBe("kidney-stone");
    expect(firstAt55.triage.level).toBe("emergency");
    expect(firstAt55.triage.reasons.map((r) => r.text).join(" ")).toMatch(/aneurysm/);
    // A known stone-former over 50 is not escalated by age alone.
    expect(evaluate(kb, { ...stone, age: 55 }, { explain: false }).triage.level).toBe("urgent");
  });

  it("prostatitis with urine that will not come (retention) is an emergency (REFERENCE 3.7)", () => {
    const prostate = {
      age: 34,
      sex: "male",
      where: ["pubic", "genitals"],
      ...screened,
      onset: "gradual",
      duration: 5,
      severity: 5,
      "pelvic-pain-male": "yes",
      urinary: ["burning", "frequency"],
    };
    const r = evaluate(kb, prostate, { explain: false });
    expect(r.ranking[0]?.condition).toBe("prostatitis");
    expect(r.triage.level).toBe("urgent");
    const retained = evaluate(
      kb,
      { ...prostate, urinary: ["burning", "frequency", "little-none"] },
      { explain: false },
    );
    expect(retained.triage.level).toBe("emergency");
  });

  it("a known aneurysm puts an aneurysm leak on the list for an older smoker's back and belly ache", () => {
    const pain = {
      age: 68,
      sex: "male",
      where: ["low-back", "belly"],
      ...screened,
      onset: "gradual",
      duration: 3,
      severity: 5,
      "history-more": ["smoker"],
    };
    const top3 = (r: ReturnType<typeof evaluate>): string[] =>
      r.ranking.slice(0, 3).map((x) => x.condition);
    const unknown = evaluate(kb, pain, { explain: false });
    const known = evaluate(kb, { ...pain, "rf-history": ["known-aneurysm"] }, { explain: false });
    expect(top3(unknown)).not.toContain("abdominal-aortic-aneurysm");
    expect(unknown.triage.level).not.toBe("emergency");
    expect(top3(known)).toContain("abdominal-aortic-aneurysm");
    expect(known.triage.level).toBe("emergency");
  });
});
