import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessCommand } from "./assess.ts";
import { runCommand } from "./cli-test-io.ts";

const dir = mkdtempSync(join(tmpdir(), "ilio-assess-"));
const write = (name: string, body: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(body));
  return file;
};
const screened = {
  "rf-nerve": [],
  "rf-general": [],
  "rf-history": [],
  "weight-bearing": "normal",
  onset: "lifting",
  "rf-belly": [],
  activities: [],
};
const backStrain = write("back.json", {
  answers: { age: 35, sex: "male", where: ["low-back"], ...screened, duration: 3, trend: "better" },
});

describe("ilio assess", () => {
  it("prints the JSON result of an answer file with all 30 conditions, highest first", async () => {
    const ran = await runCommand(assessCommand, ["--answers", backStrain, "--json"]);
    expect(ran.code).toBe(0);
    const out = JSON.parse(ran.stdout) as {
      triage: string;
      ranking: { condition: string; probability: number }[];
      asked: string[];
      contentVersion: string;
    };
    expect(out.triage).toBe("self-care");
    expect(out.ranking).toHaveLength(30);
    expect(out.ranking[0]?.condition).toBe("mechanical-low-back-pain");
    expect(out.asked[0]).toBe("age");
  });

  it("marks a file with a red-flag question left out as incomplete, naming it on stderr", async () => {
    const rest: Record<string, unknown> = {
      age: 35,
      sex: "male",
      where: ["low-back"],
      ...screened,
    };
    delete rest["rf-general"];
    const file = write("no-general.json", { answers: { ...rest, duration: 3, trend: "better" } });
    const ran = await runCommand(assessCommand, ["--answers", file, "--json"]);
    expect(ran.code).toBe(0);
    const out = JSON.parse(ran.stdout) as { complete: boolean; pendingRedFlags: string[] };
    expect(out).toMatchObject({ complete: false, pendingRedFlags: ["rf-general"] });
    expect(ran.stderr).toMatch(/red-flag question "rf-general" is not answered/);
  });

  it("simulates the interview with the file as the patient and reports the questions in the order asked", async () => {
    const ran = await runCommand(assessCommand, ["--answers", backStrain, "--simulate", "--json"]);
    const out = JSON.parse(ran.stdout) as { asked: string[] };
    expect(out.asked.slice(0, 3)).toEqual(["age", "sex", "where"]);
  });

  it("prints one JSON line per file, each with its file, for several files", async () => {
    const other = write("other.json", {
      answers: {
        age: 70,
        sex: "female",
        where: ["groin"],
        ...screened,
        onset: "fall",
        "weight-bearing": "cannot",
      },
    });
    const ran = await runCommand(assessCommand, ["--answers", backStrain, other, "--json"]);
    const lines = ran.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; triage: string });
    expect(lines.map((l) => l.file)).toEqual([backStrain, other]);
    expect(lines[1]?.triage).toBe("emergency");
  });

  it("rejects a bad answer file with a sentence naming the field, and exits non-zero", async () => {
    const bad = write("bad.json", { answers: { age: 300, where: ["elbow"] } });
    const ran = await runCommand(assessCommand, ["--answers", bad, "--json"]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(/age: "age" must be between 0 and 120/);
    expect(ran.stderr).toMatch(/where: "where" has no option "elbow"/);
  });

  it("runs the interactive interview: numbers answer, '?' is not sure, 'b' goes back", async () => {
    const input = ["40", "2", "b", "2", "1", ...Array.from({ length: 40 }, () => "?")].join("\n");
    const ran = await runCommand(assessCommand, [], input);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/What sex were you assigned at birth\?/);
    expect(ran.stdout).toMatch(/not a diagnosis/);
  });

  it("lets a checklist item be 'not sure' in the terminal (?N), firing only that item's red flag", async () => {
    // age, sex, where (low back), rf-nerve none, rf-general: weight loss (item 3) not sure,
    // rf-history none, walks normally, gradual onset, rf-belly none, activities none, 10 days,
    // getting better, then "not sure" to the remaining (non-red-flag) questions.
    const answers = ["50", "2", "1", "0", "?3", "0", "1", "5", "0", "0", "10", "1"];
    const input = [...answers, ...Array.from({ length: 30 }, () => "?")].join("\n");
    const ran = await runCommand(assessCommand, [], input);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/\?N if you are not sure about item N/);
    expect(ran.stdout).toMatch(/Weight loss without trying[^\n]*You answered "not sure"/);
    expect(ran.stdout).not.toMatch(/emergency department now/i);
  });

  it("asks examination findings in a simulated clinician interview (--audience clinician)", async () => {
    const groin = write("groin-exam.json", {
      answers: {
        age: 24,
        sex: "female",
        where: ["groin"],
        pregnancy: "not-possible",
        ...screened,
        activities: ["dance"],
        "rf-sport": [],
        duration: 30,
        trend: "same",
        "exam-thomas": "positive",
        "exam-resisted-hip-flexion": "positive",
        "exam-iliopsoas-palpation": "positive",
        "exam-modified-thomas-pain": "positive",
      },
    });
    const patient = await runCommand(assessCommand, ["--answers", groin, "--simulate", "--json"]);
    const clinician = await runCommand(assessCommand, [
      "--answers",
      groin,
      "--simulate",
      "--audience",
      "clinician",
      "--json",
    ]);
    const asked = (ran: { stdout: string }) =>
      (JSON.parse(ran.stdout) as { asked: string[] }).asked;
    expect(asked(patient).some((id) => id.startsWith("exam-"))).toBe(false);
    expect(asked(clinician).some((id) => id.startsWith("exam-"))).toBe(true);
  });

  it("keeps one line per file in a batch: a file that cannot be used gets its errors on its line", async () => {
    const bad = write("bad.json", { answers: { age: 300 } });
    const ran = await runCommand(assessCommand, ["--answers", backStrain, bad, "--json"]);
    expect(ran.code).toBe(1);
    const lines = ran.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { file: string; errors?: string[]; triage?: string });
    expect(lines.map((l) => l.file)).toEqual([backStrain, bad]);
    expect(lines[0]?.triage).toBe("self-care");
    expect(lines[1]?.errors?.[0]).toMatch(/^age: "age" must be between 0 and 120/);
  });

  it("explains usage for an unknown option", async () => {
    const ran = await runCommand(assessCommand, ["--frobnicate"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/unknown option --frobnicate/);
  });
});
