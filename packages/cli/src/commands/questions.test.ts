import { describe, expect, it } from "vitest";
import { runCommand } from "./cli-test-io.ts";
import { questionsCommand } from "./questions.ts";

describe("ilio questions", () => {
  it("lists every question as JSON with id, text, type, options and the red-flag mark", async () => {
    const ran = await runCommand(questionsCommand, ["--json"]);
    expect(ran.code).toBe(0);
    const out = JSON.parse(ran.stdout) as {
      questions: { id: string; type: string; redFlag: boolean; options?: { id: string }[] }[];
    };
    const ids = out.questions.map((q) => q.id);
    expect(ids).toEqual(expect.arrayContaining(["age", "sex", "where", "rf-nerve", "exam-faber"]));
    const nerve = out.questions.find((q) => q.id === "rf-nerve");
    expect(nerve?.redFlag).toBe(true);
    expect(nerve?.options?.map((o) => o.id)).toContain("none");
  });

  it("filters by audience", async () => {
    const ran = await runCommand(questionsCommand, ["--json", "--audience", "patient"]);
    const out = JSON.parse(ran.stdout) as { questions: { audience: string }[] };
    expect(out.questions.every((q) => q.audience === "patient")).toBe(true);
  });
});
