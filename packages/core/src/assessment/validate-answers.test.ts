import { rawKnowledgeBase } from "@ilio/content";
import { describe, expect, it } from "vitest";
import { validateAnswers } from "./validate-answers.ts";
import { loadKnowledgeBaseOrThrow } from "../content/load-knowledge-base.ts";

const kb = loadKnowledgeBaseOrThrow(rawKnowledgeBase);

const problemsOf = (raw: unknown): string[] => {
  const r = validateAnswers(kb, raw);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe("validateAnswers", () => {
  it("accepts a valid set and warns about unanswered red-flag questions", () => {
    const r = validateAnswers(kb, {
      answers: { age: 30, sex: "male", where: ["groin"], duration: 3 },
    });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.path)).toContain("/answers/rf-nerve");
  });

  it("names the field for unknown questions, wrong types, unknown options and out-of-range numbers", () => {
    const problems = problemsOf({
      answers: { agee: 3, sex: 1, where: ["elbow"], age: 130, onset: "slowly" },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/answers\/agee: unknown question/),
        expect.stringMatching(/^\/answers\/sex: "sex" takes one option id/),
        expect.stringMatching(/^\/answers\/where: "where" has no option "elbow"/),
        expect.stringMatching(/^\/answers\/age: "age" must be between 0 and 120/),
        expect.stringMatching(/^\/answers\/onset: "onset" has no option "slowly"/),
      ]),
    );
  });

  it("rejects 'none' mixed with options, and fractional whole numbers", () => {
    expect(problemsOf({ answers: { where: ["none", "groin"], age: 30.5 } })).toEqual(
      expect.arrayContaining([
        expect.stringContaining("cannot be combined"),
        expect.stringContaining("whole number"),
      ]),
    );
  });

  it("rejects contradictions: pregnancy for a male, and after the menopause at 20", () => {
    expect(problemsOf({ answers: { age: 40, sex: "male", pregnancy: "possible" } })[0]).toMatch(
      /^\/answers\/pregnancy: .*do not apply/,
    );
    expect(problemsOf({ answers: { sex: "male", "vaginal-bleeding": "heavy" } })[0]).toMatch(
      /^\/answers\/vaginal-bleeding: /,
    );
    expect(
      problemsOf({ answers: { "rf-history": ["cancer"], "thr-problems": ["wound"] } })[0],
    ).toMatch(/^\/answers\/thr-problems: .*hip-replacement/);
    expect(problemsOf({ answers: { age: 20, sex: "female", pregnancy: "menopause" } })[0]).toMatch(
      /^\/answers\/pregnancy: .*menopause/,
    );
  });

  it("ignores, with a warning, an empty answer to a question that does not apply", () => {
    const r = validateAnswers(kb, {
      answers: {
        age: 25,
        sex: "male",
        where: ["groin"],
        activities: ["field-sport"],
        "rf-sport": [],
      },
    });
    expect(r.ok).toBe(true);
    expect(r.ok && "rf-sport" in r.answers).toBe(false);
    expect(r.warnings.map((w) => w.path)).toContain("/answers/rf-sport");
  });

  it("uses, with a warning, a non-contradictory answer the interview would not have asked", () => {
    const r = validateAnswers(kb, {
      answers: {
        age: 61,
        sex: "female",
        pregnancy: "not-possible",
        where: ["groin"],
        activities: ["field-sport"],
        "rf-sport": ["hop-pain"],
      },
    });
    expect(r.ok).toBe(true);
    expect(r.ok && r.answers["rf-sport"]).toEqual(["hop-pain"]);
    expect(r.ok && r.answers.pregnancy).toBe("not-possible");
    expect(r.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(["/answers/rf-sport", "/answers/pregnancy"]),
    );
  });

  it("rejects a content version mismatch with a sentence saying what to do", () => {
    expect(problemsOf({ contentVersion: "0.0.1+abcdef", answers: {} })[0]).toMatch(
      /^\/contentVersion: .*re-run the interview/,
    );
  });

  it("rejects unknown top-level fields and non-objects", () => {
    expect(problemsOf({ answers: {}, extra: 1 })[0]).toMatch(/^\/extra: unknown field/);
    expect(problemsOf([1, 2])[0]).toMatch(/^\/: an answer set must be a JSON object/);
  });

  it("accepts 'unsure' for every kind of question", () => {
    expect(
      validateAnswers(kb, { answers: { age: "unsure", sex: "unsure", where: "unsure" } }).ok,
    ).toBe(true);
  });
});
