// Decoders for the programs API's bodies: a program (the parts of core's Program the app
// shows and plays), today's session plan, and stored sessions. A body that does not fit gives
// undefined, never a half-checked value. Kept apart from programs.ts (the endpoints) so the
// offline cache can re-check what it reads back from the device with the same code: every
// decoded value is itself a valid input of its decoder.
import type { Dose, Phase, Range, Sides } from "@ilio/core";
import { asString, isNumber, isRecord, isString, listOf } from "./json-decode.ts";

/** One exercise of a phase with its dose, as the app needs it. */
export interface ProgramExercise {
  readonly exerciseId: string;
  readonly name: string;
  readonly dose: Dose;
  readonly note?: string;
}

/** One phase of a program. */
export interface ProgramPhaseView {
  readonly phase: Phase;
  readonly title: string;
  readonly goal: string;
  readonly startWeek: number;
  readonly weeks: Range;
  readonly sessionsPerWeek: Range;
  readonly exercises: readonly ProgramExercise[];
}

/** A stored program with the parts of its plan the app shows. */
export interface ProgramRecord {
  readonly id: string;
  readonly assessmentId: string;
  readonly createdAt: string;
  readonly plan: {
    readonly startDate: string;
    readonly reviewDate: string;
    readonly weeks: Range;
    readonly focus: { readonly label: string };
    readonly phases: readonly ProgramPhaseView[];
    readonly advice: readonly string[];
    readonly stopCard: readonly string[];
  };
}

/** A program in the signed-in person's list. */
export interface ProgramSummary {
  readonly id: string;
  readonly startDate: string;
  readonly focusLabel: string;
  readonly createdAt: string;
}

/** Today's session: its phase and level and the exercises with their doses. */
export interface TodayPlan {
  readonly date: string;
  readonly phase: Phase;
  readonly level: number;
  readonly exercises: readonly ProgramExercise[];
  readonly seeProvider: boolean;
}

/** A session as the server stored it (the fields the app reads). */
export interface StoredSession {
  readonly id: string;
  readonly completedAt: string;
}

const PHASES = ["calm", "restore", "strengthen", "return"] as const;

function decodePhaseName(value: unknown): Phase | undefined {
  return PHASES.find((p) => p === value);
}

function decodeRange(value: unknown): Range | undefined {
  return isRecord(value) && isNumber(value.min) && isNumber(value.max)
    ? { min: value.min, max: value.max }
    : undefined;
}

function decodeSides(value: unknown): Sides | undefined {
  return value === "each" || value === "both" || value === "none" ? value : undefined;
}

const RANGE_FIELDS = [
  "holdSeconds",
  "reps",
  "sets",
  "restSeconds",
  "minutes",
  "timesPerDay",
  "daysPerWeek",
] as const;

/** The dose fields the player uses; the basis is left out (the app does not show it). */
function decodeDose(value: unknown): Dose | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const sides = decodeSides(value.sides);
  if (sides === undefined) {
    return undefined;
  }
  const dose: Dose = { sides };
  for (const field of RANGE_FIELDS) {
    if (value[field] !== undefined) {
      const range = decodeRange(value[field]);
      if (range === undefined) {
        return undefined;
      }
      dose[field] = range;
    }
  }
  if (isString(value.effort)) {
    dose.effort = value.effort;
  }
  return dose;
}

function decodeExercise(value: unknown): ProgramExercise | undefined {
  if (!isRecord(value) || !isString(value.exerciseId) || !isString(value.name)) {
    return undefined;
  }
  const dose = decodeDose(value.dose);
  if (dose === undefined) {
    return undefined;
  }
  return {
    exerciseId: value.exerciseId,
    name: value.name,
    dose,
    ...(isString(value.note) ? { note: value.note } : {}),
  };
}

function decodePhase(value: unknown): ProgramPhaseView | undefined {
  if (!isRecord(value) || !isString(value.title) || !isString(value.goal)) {
    return undefined;
  }
  const phase = decodePhaseName(value.phase);
  const weeks = decodeRange(value.weeks);
  const sessionsPerWeek = decodeRange(value.sessionsPerWeek);
  const exercises = listOf(value.exercises, decodeExercise);
  if (
    phase === undefined ||
    weeks === undefined ||
    sessionsPerWeek === undefined ||
    exercises === undefined ||
    !isNumber(value.startWeek)
  ) {
    return undefined;
  }
  const { title, goal, startWeek } = value;
  return { phase, title, goal, startWeek, weeks, sessionsPerWeek, exercises };
}

function decodePlan(value: unknown): ProgramRecord["plan"] | undefined {
  if (!isRecord(value) || !isString(value.startDate) || !isString(value.reviewDate)) {
    return undefined;
  }
  const weeks = decodeRange(value.weeks);
  const phases = listOf(value.phases, decodePhase);
  const advice = listOf(value.advice ?? [], asString);
  const stopCard = listOf(value.stopCard ?? [], asString);
  const focus = isRecord(value.focus) && isString(value.focus.label) ? value.focus.label : "";
  if (
    weeks === undefined ||
    phases === undefined ||
    advice === undefined ||
    stopCard === undefined
  ) {
    return undefined;
  }
  const { startDate, reviewDate } = value;
  return { startDate, reviewDate, weeks, focus: { label: focus }, phases, advice, stopCard };
}

/** A program record, or undefined. */
export function decodeProgramRecord(value: unknown): ProgramRecord | undefined {
  if (!isRecord(value) || !isString(value.id) || !isString(value.assessmentId)) {
    return undefined;
  }
  const plan = decodePlan(value.plan);
  return plan === undefined
    ? undefined
    : {
        id: value.id,
        assessmentId: value.assessmentId,
        createdAt: isString(value.createdAt) ? value.createdAt : "",
        plan,
      };
}

/** Today's plan, or undefined. */
export function decodeTodayPlan(value: unknown): TodayPlan | undefined {
  if (!isRecord(value) || !isString(value.date) || !isNumber(value.level)) {
    return undefined;
  }
  const phase = decodePhaseName(value.phase);
  const exercises = listOf(value.exercises, decodeExercise);
  if (phase === undefined || exercises === undefined) {
    return undefined;
  }
  return {
    date: value.date,
    phase,
    level: value.level,
    exercises,
    seeProvider: value.seeProvider === true,
  };
}

/** A stored session, or undefined. */
export function decodeStoredSession(value: unknown): StoredSession | undefined {
  return isRecord(value) && isString(value.id)
    ? { id: value.id, completedAt: isString(value.completedAt) ? value.completedAt : "" }
    : undefined;
}

/** A program summary, or undefined. */
export function decodeProgramSummary(value: unknown): ProgramSummary | undefined {
  if (!isRecord(value) || !isString(value.id) || !isString(value.startDate)) {
    return undefined;
  }
  return {
    id: value.id,
    startDate: value.startDate,
    focusLabel: isRecord(value.focus) && isString(value.focus.label) ? value.focus.label : "",
    createdAt: isString(value.createdAt) ? value.createdAt : "",
  };
}
