// Derives generated/display-texts.json (the @ilio/content/texts entry) from the validated
// knowledge base: names, pages, question and option texts, and nothing the engine computes
// with. Build-time only; pure, so the build test can recompute it and compare.
import type { RawKnowledgeBase, Question } from "@ilio/core";
import type { DisplayTexts, QuestionTexts } from "../src/texts.ts";

function questionTexts(question: Question): QuestionTexts {
  switch (question.kind) {
    case "single":
      return {
        text: question.text,
        options: Object.fromEntries(question.options.map((o) => [o.id, o.text])),
      };
    case "multi":
      return {
        text: question.text,
        noneText: question.noneText,
        options: Object.fromEntries(question.options.map((o) => [o.id, o.text])),
      };
    case "number":
      return {
        text: question.text,
        unit: question.unit,
        options: Object.fromEntries(question.bands.map((b) => [b.id, b.text])),
      };
  }
}

/** The display texts of a validated raw knowledge base, in data order. */
export function displayTextsOf(raw: RawKnowledgeBase): DisplayTexts {
  const pages = new Map(raw.pages.map((p) => [p.condition, p]));
  return {
    contentVersion: raw.contentVersion,
    conditions: Object.fromEntries(
      raw.conditions.map((condition) => {
        const page = pages.get(condition.id);
        return [
          condition.id,
          page === undefined
            ? { name: condition.name }
            : {
                name: condition.name,
                page: {
                  whatItIs: page.whatItIs,
                  whatToDoNow: page.whatToDoNow,
                  whoToSee: page.whoToSee,
                },
              },
        ];
      }),
    ),
    questions: Object.fromEntries(raw.questions.map((q) => [q.id, questionTexts(q)])),
    safetyNetAlways: raw.policy.safetyNet.always,
  };
}
