import { describe, expect, it } from "vitest";
import { parseDraft } from "./draft-store.ts";

describe("parseDraft", () => {
  it("keeps a well-formed draft with its answers in order", () => {
    const draft = parseDraft({
      id: "0190b6d2-5c3e-7a1b-9f00-1c2d3e4f5a6b",
      contentVersion: "0.1.0",
      answers: [
        ["age", 19],
        ["where", ["groin"]],
        ["sex", "unsure"],
      ],
      undone: null,
      finished: false,
    });
    expect(draft?.answers.map(([id]) => id)).toEqual(["age", "where", "sex"]);
  });

  it("ignores anything that is not a draft", () => {
    expect(parseDraft({ id: 1, answers: [] })).toBeNull();
    expect(parseDraft({ id: "x", answers: [["age", { years: 3 }]] })).toBeNull();
    expect(parseDraft("nonsense")).toBeNull();
  });
});
