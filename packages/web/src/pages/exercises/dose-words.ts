// An exercise's structured dose in plain words: one labelled line per part (hold, repeats,
// sets, rest, time, how often, sides, effort) for the exercise page, and a one-line summary
// for the library's cards. Pure: numbers in, sentences out; the numbers themselves come from
// the content (REFERENCE §7.6) and are never changed here.
import type { Dose, Range } from "@ilio/core";

/** One labelled line of a dose, e.g. { label: "Hold", text: "30 seconds" }. */
export interface DoseLine {
  readonly label: string;
  readonly text: string;
}

/** "3", or "10–15" for a range. */
function amount(range: Range): string {
  return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
}

/** "1 minute", "10–15 seconds": the unit is singular only for exactly one. */
function counted(range: Range, singular: string, plural: string): string {
  return `${amount(range)} ${range.max === 1 ? singular : plural}`;
}

/** Seconds in words, switching to minutes for whole minutes of 60 s or more. */
function duration(range: Range): string {
  if (range.min >= 60 && range.min % 60 === 0 && range.max % 60 === 0) {
    return counted({ min: range.min / 60, max: range.max / 60 }, "minute", "minutes");
  }
  return counted(range, "second", "seconds");
}

function perDay(range: Range): string {
  if (range.min === 1 && range.max === 1) {
    return "once a day";
  }
  return `${amount(range)} times a day`;
}

function perWeek(range: Range): string {
  if (range.min === 7 && range.max === 7) {
    return "every day";
  }
  if (range.max === 7) {
    return `${range.min} or more days a week, daily is best`;
  }
  return `${counted(range, "day", "days")} a week`;
}

function howOften(dose: Dose): string | undefined {
  const parts = [
    dose.timesPerDay === undefined ? undefined : perDay(dose.timesPerDay),
    dose.daysPerWeek === undefined ? undefined : perWeek(dose.daysPerWeek),
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(", ");
}

function sidesText(dose: Dose): string | undefined {
  switch (dose.sides) {
    case "each":
      return "Each side in turn";
    case "both":
      return "Both sides together";
    case "none":
      return undefined;
    default: {
      const unreachable: never = dose.sides;
      return unreachable;
    }
  }
}

/** The dose as labelled lines, in reading order; empty when the content gives no numbers. */
export function doseLines(dose: Dose): readonly DoseLine[] {
  const lines: (DoseLine | undefined)[] = [
    dose.holdSeconds === undefined
      ? undefined
      : { label: "Hold", text: `${duration(dose.holdSeconds)} each time` },
    dose.reps === undefined
      ? undefined
      : { label: "Repeats", text: counted(dose.reps, "time", "times") },
    dose.sets === undefined
      ? undefined
      : { label: "Sets", text: counted(dose.sets, "set", "sets") },
    dose.restSeconds === undefined
      ? undefined
      : { label: "Rest", text: `${duration(dose.restSeconds)} between` },
    dose.minutes === undefined
      ? undefined
      : { label: "Time", text: counted(dose.minutes, "minute", "minutes") },
  ];
  const often = howOften(dose);
  const sides = sidesText(dose);
  return [
    ...lines.filter((line) => line !== undefined),
    ...(often === undefined ? [] : [{ label: "How often", text: often }]),
    ...(sides === undefined ? [] : [{ label: "Sides", text: sides }]),
    ...(dose.effort === undefined ? [] : [{ label: "Effort", text: dose.effort }]),
  ];
}

/** A one-line summary for a card, e.g. "Hold 30 s, 3 times, each side". */
export function doseSummary(dose: Dose): string {
  const parts: string[] = [];
  if (dose.holdSeconds !== undefined) {
    parts.push(`hold ${amount(dose.holdSeconds)} s`);
  }
  if (dose.reps !== undefined) {
    parts.push(counted(dose.reps, "time", "times"));
  }
  if (dose.sets !== undefined) {
    parts.push(counted(dose.sets, "set", "sets"));
  }
  if (dose.minutes !== undefined) {
    parts.push(counted(dose.minutes, "minute", "minutes"));
  }
  if (dose.sides === "each") {
    parts.push("each side");
  }
  const often = howOften(dose);
  if (often !== undefined) {
    parts.push(often.replace(", daily is best", ""));
  }
  const text = parts.join(", ");
  return text === "" ? "A habit for every day" : text.charAt(0).toUpperCase() + text.slice(1);
}
