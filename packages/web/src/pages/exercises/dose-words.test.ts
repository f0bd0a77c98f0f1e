import type { Dose } from "@ilio/core";
import { describe, expect, it } from "vitest";
import { doseLines, doseSummary } from "./dose-words.ts";

/** A dose with overrides over "each side, nothing else". */
function buildDose(overrides: Partial<Dose>): Dose {
  return { sides: "each", ...overrides };
}

describe("dose in words", () => {
  it("says a stretch's hold, repeats, rest, frequency and sides in order", () => {
    const dose = buildDose({
      holdSeconds: { min: 30, max: 30 },
      reps: { min: 3, max: 3 },
      restSeconds: { min: 10, max: 20 },
      daysPerWeek: { min: 3, max: 7 },
    });
    expect(doseLines(dose)).toEqual([
      { label: "Hold", text: "30 seconds each time" },
      { label: "Repeats", text: "3 times" },
      { label: "Rest", text: "10–20 seconds between" },
      { label: "How often", text: "3 or more days a week, daily is best" },
      { label: "Sides", text: "Each side in turn" },
    ]);
    expect(doseSummary(dose)).toBe("Hold 30 s, 3 times, each side, 3 or more days a week");
  });

  it("uses minutes for whole-minute rests and names daily and once-a-day plainly", () => {
    const dose = buildDose({
      sides: "both",
      sets: { min: 1, max: 1 },
      restSeconds: { min: 60, max: 60 },
      timesPerDay: { min: 1, max: 1 },
      daysPerWeek: { min: 7, max: 7 },
    });
    expect(doseLines(dose)).toEqual([
      { label: "Sets", text: "1 set" },
      { label: "Rest", text: "1 minute between" },
      { label: "How often", text: "once a day, every day" },
      { label: "Sides", text: "Both sides together" },
    ]);
  });

  it("keeps the content's effort words and gives habits a summary of their own", () => {
    const habit = buildDose({ sides: "none", effort: "stop about every hour" });
    expect(doseLines(habit)).toEqual([{ label: "Effort", text: "stop about every hour" }]);
    expect(doseSummary(buildDose({ sides: "none" }))).toBe("A habit for every day");
  });
});
