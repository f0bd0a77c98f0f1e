import { describe, expect, it } from "vitest";
import { CATEGORY_LABELS, isLabelled, optionsOf } from "./exercise-words.ts";

describe("exercise words", () => {
  it("lists only the options present, in the label map's order", () => {
    const options = optionsOf(CATEGORY_LABELS, new Set(["strength", "stretch", "unknown"]));
    expect(options).toEqual([
      { value: "stretch", label: "Stretch" },
      { value: "strength", label: "Strength" },
    ]);
  });

  it("recognises labelled values and rejects others, including inherited names", () => {
    expect(isLabelled(CATEGORY_LABELS, "stretch")).toBe(true);
    expect(isLabelled(CATEGORY_LABELS, "toString")).toBe(false);
  });
});
