import { describe, expect, it } from "vitest";
import { newDraft, parseDraft } from "./draft-store.ts";

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

  it("keeps clinician mode through a save and a reload", () => {
    const draft = { ...newDraft("clinician"), answers: [["exam-thomas", "positive"]] as const };
    const reloaded = parseDraft(JSON.parse(JSON.stringify(draft)));
    expect(reloaded).toEqual(draft);
    expect(reloaded?.audience).toBe("clinician");
  });

  it("reads a draft kept before clinician mode existed as a patient's interview", () => {
    const draft = parseDraft({
      id: "0190b6d2-5c3e-7a1b-9f00-1c2d3e4f5a6b",
      contentVersion: null,
      answers: [["age", 19]],
      undone: null,
      finished: false,
    });
    expect(draft?.audience).toBe("patient");
    expect(parseDraft({ id: "x", answers: [], audience: "doctor" })?.audience).toBe("patient");
  });

  it("starts a patient's interview unless clinician mode is asked for", () => {
    expect(newDraft().audience).toBe("patient");
    expect(newDraft("clinician").audience).toBe("clinician");
  });
});
