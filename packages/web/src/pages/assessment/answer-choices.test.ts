import { describe, expect, it } from "vitest";
import { boxesFor, exclusiveSelection, multiAnswer } from "./answer-choices.ts";

describe("exclusiveSelection", () => {
  it("clears the other boxes when None of these or Not sure is ticked", () => {
    expect(exclusiveSelection(["groin", "hip"], ["groin", "hip", "none"])).toEqual(["none"]);
    expect(exclusiveSelection(["none"], ["none", "unsure"])).toEqual(["unsure"]);
  });

  it("clears None of these and Not sure when an ordinary option is ticked", () => {
    expect(exclusiveSelection(["none"], ["groin", "none"])).toEqual(["groin"]);
  });
});

describe("multiAnswer and boxesFor", () => {
  it("round-trips none, not sure and options", () => {
    for (const boxes of [["none"], ["unsure"], ["groin", "hip"]]) {
      expect(boxesFor(multiAnswer(boxes))).toEqual(boxes);
    }
  });
});
