// Turns `session_logs` rows into the API's session shape, and into core's SessionLog for
// progression. `exercises_json`, `phase` and `feedback` are checked on the way out, so a
// malformed row fails loudly instead of reaching a client or the progression rules.
import type { SessionLog } from "@ilio/core";
import { Type } from "@sinclair/typebox";
import { Value } from "@sinclair/typebox/value";
import type { SessionLogRow } from "../storage/database-schema.ts";
import { ExerciseDone, FEEDBACK, PHASES, type SessionView } from "./session-logs.schema.ts";

const ExerciseList = Type.Array(ExerciseDone);
type Phase = (typeof PHASES)[number];
type Feedback = (typeof FEEDBACK)[number];

function phaseOrThrow(row: SessionLogRow): Phase {
  const phase = PHASES.find((p) => p === row.phase);
  if (phase === undefined) {
    throw new Error(`session log ${row.id} has an unknown phase`);
  }
  return phase;
}

function feedbackOrThrow(row: SessionLogRow): Feedback | null {
  if (row.feedback === null) {
    return null;
  }
  const feedback = FEEDBACK.find((f) => f === row.feedback);
  if (feedback === undefined) {
    throw new Error(`session log ${row.id} has unknown feedback`);
  }
  return feedback;
}

/** The API view of one session log. */
export function presentSessionLog(row: SessionLogRow): SessionView {
  const exercises: unknown = JSON.parse(row.exercises_json);
  if (!Value.Check(ExerciseList, exercises)) {
    throw new Error(`session log ${row.id} has malformed exercises_json`);
  }
  return {
    id: row.id,
    programId: row.program_id,
    patientId: row.patient_id,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    phase: phaseOrThrow(row),
    level: row.level,
    painBefore: row.pain_before,
    painDuring: row.pain_during,
    painAfter: row.pain_after,
    feedback: feedbackOrThrow(row),
    exercises,
    receivedAt: row.received_at,
  };
}

/**
 * The log as progression reads it: dated by its completion day (UTC). Pain right after the
 * session is not the next morning's, so `painNextMorning` stays unset (REFERENCE §7.4 reads
 * the next-morning value from the day's check-in).
 */
export function sessionLogForProgression(row: SessionLogRow): SessionLog {
  const feedback = feedbackOrThrow(row);
  return {
    date: row.completed_at.slice(0, 10),
    phase: phaseOrThrow(row),
    level: row.level,
    painDuring: row.pain_during,
    painBefore: row.pain_before,
    ...(feedback === null ? {} : { feedback }),
  };
}
