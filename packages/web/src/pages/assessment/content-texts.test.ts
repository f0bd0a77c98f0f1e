import { describe, expect, it } from "vitest";
import { answerText } from "./content-texts.ts";

describe("answerText", () => {
  it("names a checklist item marked not sure with the item's own words", () => {
    expect(answerText("rf-general", ["fever", "unsure:weight-loss"])).toBe(
      "Fever (38 °C or more), chills or sweats; Not sure: Losing weight without trying",
    );
  });
});
