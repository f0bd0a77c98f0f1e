import { describe, expect, it } from "vitest";
import type { Question } from "../../api/assessments.ts";
import { choicesFor } from "./answer-choices.ts";
import {
  boxChoices,
  isPerItem,
  itemsAnswer,
  selectionFor,
  withBoxes,
  withItem,
  type ChecklistSelection,
} from "./checklist-items.ts";

/** A checklist question like rf-general, with overrides. */
function buildChecklist(overrides: { readonly unsurePerItem?: boolean } = {}): Question {
  return {
    kind: "multi",
    id: "rf-general",
    text: "Do any of these apply now?",
    audience: "patient",
    redFlag: true,
    noneText: "None of these",
    unsurePerItem: overrides.unsurePerItem ?? true,
    options: [
      { id: "fever", text: "Fever" },
      { id: "weight-loss", text: "Losing weight without trying" },
      { id: "red-eye", text: "A red, painful eye" },
    ],
  };
}

const question = buildChecklist();
const plain: ChecklistSelection = { boxes: [], items: {} };

describe("choicesFor a checklist", () => {
  it("offers “I'm not sure about some of these” instead of “Not sure” on a red-flag checklist", () => {
    expect(choicesFor(question).map((c) => c.value)).toEqual([
      "fever",
      "weight-loss",
      "red-eye",
      "none",
      "unsure-items",
    ]);
    expect(choicesFor(question).at(-1)?.label).toBe("I'm not sure about some of these");
  });

  it("keeps “Not sure” for the whole list on a checklist that is not about red flags", () => {
    expect(choicesFor(buildChecklist({ unsurePerItem: false })).at(-1)).toEqual({
      value: "unsure",
      label: "Not sure",
    });
  });
});

describe("withBoxes", () => {
  it("starts the ticked items at Yes and the others at nothing when “not sure about some” is ticked", () => {
    const ticked = withBoxes(question, plain, ["fever"]);
    const next = withBoxes(question, ticked, ["fever", "unsure-items"]);
    expect(next).toEqual({ boxes: ["unsure-items"], items: { fever: "yes" } });
    expect(boxChoices(question, next).map((c) => c.value)).toEqual(["none", "unsure-items"]);
  });

  it("clears “None of these” when “not sure about some” is ticked, and the other way round", () => {
    const none = withBoxes(question, plain, ["none"]);
    const unsure = withBoxes(question, none, ["none", "unsure-items"]);
    expect(unsure).toEqual({ boxes: ["unsure-items"], items: {} });
    const marked = withItem(unsure, "fever", "unsure");
    expect(withBoxes(question, marked, ["none", "unsure-items"])).toEqual({
      boxes: ["none"],
      items: {},
    });
  });

  it("keeps the Yes items ticked when “not sure about some” is unticked", () => {
    const perItem = withItem(
      withItem(withBoxes(question, plain, ["unsure-items"]), "red-eye", "yes"),
      "fever",
      "unsure",
    );
    expect(withBoxes(question, perItem, [])).toEqual({ boxes: ["red-eye"], items: {} });
  });
});

describe("itemsAnswer", () => {
  const perItem = withBoxes(question, plain, ["unsure-items"]);

  it("sends the yes-ids then “unsure:” entries for the not-sure items", () => {
    const items = { fever: "yes", "weight-loss": "unsure", "red-eye": "no" } as const;
    expect(itemsAnswer(question, items)).toEqual({
      ok: true,
      value: ["fever", "unsure:weight-loss"],
    });
  });

  it("sends a plain list when no item ended up not sure, and [] when all are No", () => {
    expect(itemsAnswer(question, { fever: "no", "weight-loss": "yes", "red-eye": "no" })).toEqual({
      ok: true,
      value: ["weight-loss"],
    });
    expect(itemsAnswer(question, { fever: "no", "weight-loss": "no", "red-eye": "no" })).toEqual({
      ok: true,
      value: [],
    });
  });

  it("names the items still without an answer, in option order", () => {
    const one = withItem(perItem, "weight-loss", "unsure");
    expect(itemsAnswer(question, one.items)).toEqual({ ok: false, missing: ["fever", "red-eye"] });
  });
});

describe("selectionFor", () => {
  it("reopens the per-item view with each item's choice for an answer with “unsure:” entries", () => {
    const selection = selectionFor(question, ["fever", "unsure:weight-loss"]);
    expect(isPerItem(selection)).toBe(true);
    expect(selection.items).toEqual({ fever: "yes", "weight-loss": "unsure", "red-eye": "no" });
  });

  it("reopens a whole-list “unsure” as every item not sure", () => {
    expect(selectionFor(question, "unsure").items).toEqual({
      fever: "unsure",
      "weight-loss": "unsure",
      "red-eye": "unsure",
    });
  });

  it("restores plain ticks, None of these and a non-red-flag “Not sure” as boxes", () => {
    expect(selectionFor(question, ["fever"])).toEqual({ boxes: ["fever"], items: {} });
    expect(selectionFor(question, [])).toEqual({ boxes: ["none"], items: {} });
    expect(selectionFor(buildChecklist({ unsurePerItem: false }), "unsure")).toEqual({
      boxes: ["unsure"],
      items: {},
    });
    expect(selectionFor(question, undefined)).toEqual(plain);
  });

  it("round-trips every per-item answer through the screen and back", () => {
    const answers = ["yes", "no", "unsure"] as const;
    for (const fever of answers) {
      for (const loss of answers) {
        for (const eye of answers) {
          const items = { fever, "weight-loss": loss, "red-eye": eye };
          const sent = itemsAnswer(question, items);
          expect(sent.ok).toBe(true);
          if (sent.ok && sent.value.some((v) => v.startsWith("unsure:"))) {
            expect(selectionFor(question, sent.value)).toEqual({ boxes: ["unsure-items"], items });
          }
        }
      }
    }
  });
});
