import { knowledgeBase } from "@ilio/content";
import { describe, expect, it } from "vitest";
import {
  answerText,
  conditionName,
  conditionPage,
  levelSafetyNet,
  questionText,
  textsVersion,
} from "./content-texts.ts";

describe("answerText", () => {
  it("names a checklist item marked not sure with the item's own words", () => {
    expect(answerText("rf-general", ["fever", "unsure:weight-loss"])).toBe(
      "Fever (38 °C or more), chills or sweats; Not sure: Losing weight without trying",
    );
  });

  it("falls back to the ids for unknown questions and options, even Object.prototype names", () => {
    expect(answerText("constructor", "toString")).toBe("toString");
    expect(answerText("rf-general", ["toString"])).toBe("toString");
    expect(conditionName("constructor")).toBe("constructor");
    expect(conditionPage("constructor")).toBeUndefined();
    expect(questionText("constructor")).toBeUndefined();
  });
});

// The display texts are generated from the knowledge base (@ilio/content/texts); these
// compare them with the full knowledge base the server runs, id by id.
describe("texts match the knowledge base", () => {
  const raw = knowledgeBase.raw;

  it("comes from the same content version", () => {
    expect(textsVersion).toBe(knowledgeBase.contentVersion);
  });

  it("names every condition and shows its page", () => {
    for (const condition of raw.conditions) {
      expect(conditionName(condition.id)).toBe(condition.name);
      const page = raw.pages.find((p) => p.condition === condition.id);
      expect(conditionPage(condition.id)).toEqual(
        page === undefined
          ? undefined
          : { whatItIs: page.whatItIs, whatToDoNow: page.whatToDoNow, whoToSee: page.whoToSee },
      );
    }
  });

  it("words every question and each of its options, bands and none", () => {
    for (const question of raw.questions) {
      expect(questionText(question.id)).toBe(question.text);
      switch (question.kind) {
        case "single":
          for (const option of question.options) {
            expect(answerText(question.id, option.id)).toBe(option.text);
          }
          expect(answerText(question.id, 7)).toBe("7");
          break;
        case "multi":
          for (const option of question.options) {
            expect(answerText(question.id, [option.id])).toBe(option.text);
          }
          expect(answerText(question.id, [])).toBe(question.noneText);
          break;
        case "number":
          for (const band of question.bands) {
            expect(answerText(question.id, band.id)).toBe(`${band.text} ${question.unit}`);
          }
          expect(answerText(question.id, 7)).toBe(`7 ${question.unit}`);
          break;
      }
    }
  });

  it("leaves out exactly the safety-net lines every result carries", () => {
    const { always, emergency } = raw.policy.safetyNet;
    expect(levelSafetyNet([...always, ...emergency])).toEqual(emergency);
  });
});
