// Turns the engine's NextStep into the API's NextStepView: the question loses its
// likelihood data (see next-step.schema.ts) and the step gains the content version.
import type { NextStep, Question } from "@ilio/core";
import { presentResult } from "./assessment-result.presenter.ts";
import type { NextStepView, QuestionView } from "./next-step.schema.ts";

function presentQuestion(question: Question): QuestionView {
  const common = {
    id: question.id,
    text: question.text,
    ...(question.help === undefined ? {} : { help: question.help }),
    ...(question.howTo === undefined ? {} : { howTo: [...question.howTo] }),
    audience: question.audience,
    redFlag: question.redFlag,
  };
  const options = (list: readonly { id: string; text: string }[]) =>
    list.map((o) => ({ id: o.id, text: o.text }));
  switch (question.kind) {
    case "single":
      return { kind: "single", ...common, options: options(question.options) };
    case "multi":
      return {
        kind: "multi",
        ...common,
        options: options(question.options),
        noneText: question.noneText,
        unsurePerItem: question.unsurePerItem === true,
      };
    case "number":
      return {
        kind: "number",
        ...common,
        min: question.min,
        max: question.max,
        unit: question.unit,
        integer: question.integer,
      };
  }
}

/** The API view of an interview step under `contentVersion`. */
export function presentNextStep(step: NextStep, contentVersion: string): NextStepView {
  switch (step.kind) {
    case "question":
      return {
        kind: "question",
        question: presentQuestion(step.question),
        progress: step.progress,
        contentVersion,
      };
    case "done":
      return { kind: "done", result: presentResult(step.result), contentVersion };
  }
}
