import { rawKnowledgeBase } from "@ilio/content";
import { describe, expect, it } from "vitest";
import { UNSURE, withAnswer, type Answers } from "./answers.ts";
import { nextStep } from "./next-step.ts";
import { simulateInterview } from "./simulate-interview.ts";
import { loadKnowledgeBaseOrThrow } from "../content/load-knowledge-base.ts";
import { firstStoneAt56, pulledHipFlexor } from "./test-fixtures.ts";

const kb = loadKnowledgeBaseOrThrow(rawKnowledgeBase);

describe("nextStep", () => {
  it("starts with age, then sex", () => {
    const first = nextStep(kb, {});
    expect(first.kind === "question" && first.question.id).toBe("age");
    const second = nextStep(kb, { age: 30 });
    expect(second.kind === "question" && second.question.id).toBe("sex");
  });

  it("asks pregnancy only of someone who could be pregnant", () => {
    const asked = (answers: Answers): string[] => simulateInterview(kb, answers).asked.slice();
    expect(asked({ age: 30, sex: "female" })).toContain("pregnancy");
    expect(asked({ age: 30, sex: "male" })).not.toContain("pregnancy");
    expect(asked({ age: 70, sex: "female" })).not.toContain("pregnancy");
  });

  it("finishes an all-'not sure' interview within the cap plus screening, never asking a question twice", () => {
    const result = simulateInterview(kb, {});
    expect(new Set(result.asked).size).toBe(result.asked.length);
    expect(result.asked.length).toBeLessThanOrEqual(kb.raw.policy.interview.maxQuestions + 4);
  });

  it("does not offer clinician examination questions to patients", () => {
    let answers: Answers = {};
    for (let i = 0; i < 40; i++) {
      const step = nextStep(kb, answers);
      if (step.kind === "done") {
        break;
      }
      expect(step.question.audience).toBe("patient");
      answers = withAnswer(answers, step.question.id, UNSURE);
    }
  });

  it("reports progress with an estimated total at least the number asked", () => {
    const step = nextStep(kb, { age: 30, sex: "male" });
    expect(step.kind).toBe("question");
    if (step.kind === "question") {
      expect(step.progress.estimatedTotal).toBeGreaterThan(step.progress.asked);
    }
  });

  it("keeps asking about an undecided serious condition after the leader passes the stop rule", () => {
    const patient: Answers = {
      age: 72,
      sex: "female",
      where: ["low-back"],
      "rf-history": ["osteoporosis"],
      onset: "lifting",
    };
    const off = loadKnowledgeBaseOrThrow({
      ...kb.raw,
      policy: {
        ...kb.raw.policy,
        interview: { ...kb.raw.policy.interview, serious: { floor: 1, minShare: 1 } },
      },
    });
    const withRule = simulateInterview(kb, patient).asked;
    const withoutRule = simulateInterview(off, patient).asked;
    expect(withRule.length).toBeGreaterThanOrEqual(withoutRule.length);
    expect(withRule.slice(0, withoutRule.length)).toEqual(withoutRule);
    expect(withRule.length).toBeLessThanOrEqual(kb.raw.policy.interview.maxQuestions + 4);
  });

  it("asks what could still raise the care level before finishing: a first stone-like attack after 50", () => {
    const result = simulateInterview(kb, firstStoneAt56);
    expect(result.ranking[0]?.condition).toBe("kidney-stone");
    expect(result.asked).toContain("history-more");
    expect(result.triage.level).toBe("emergency");
  });

  it("asks about a dent or gap in the muscle only because it could make a pulled hip flexor urgent", () => {
    const patient: Answers = { ...pulledHipFlexor, "tear-gap": "yes" };
    const withRaise = simulateInterview(kb, patient);
    expect(withRaise.ranking[0]?.condition).toBe("hip-flexor-strain");
    expect(withRaise.asked).toContain("tear-gap");
    expect(withRaise.triage.level).toBe("urgent");
    // Without the strains' raises nothing asks it: the ranking was already settled.
    const noRaises = loadKnowledgeBaseOrThrow({
      ...kb.raw,
      conditions: kb.raw.conditions.map((c) =>
        c.id === "hip-flexor-strain" || c.id === "adductor-strain"
          ? { ...c, triage: { ...c.triage, raises: [] } }
          : c,
      ),
    });
    const without = simulateInterview(noRaises, patient);
    expect(without.asked).not.toContain("tear-gap");
    expect(without.triage.level).toBe("self-care");
  });
});
