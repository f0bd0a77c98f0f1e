// The canonical form of a session-log body: times normalized to UTC, members in a fixed
// order, optional members left out when absent. Its sha256 is `body_hash`, so a replay is
// recognized whatever the client's key order or time-zone offset, and a different body
// under the same client id is a conflict (DESIGN.md, Data: a session reaches the server
// exactly once). Pure apart from hashing.
import { createHash } from "node:crypto";
import type { ExerciseDone, SessionBody } from "./session-logs.schema.ts";

/** An ISO date-time as UTC with milliseconds (`2025-03-14T08:30:00.000Z`), sortable as text. */
export function utcTimestamp(value: string): string {
  return new Date(value).toISOString();
}

/** One exercise with its members in a fixed order. */
export function canonicalExercise(e: ExerciseDone): ExerciseDone {
  return {
    exerciseId: e.exerciseId,
    ...(e.side === undefined ? {} : { side: e.side }),
    setsDone: e.setsDone,
    ...(e.repsDone === undefined ? {} : { repsDone: e.repsDone }),
    ...(e.holdSecondsDone === undefined ? {} : { holdSecondsDone: e.holdSecondsDone }),
    skipped: e.skipped,
    ...(e.swappedFor === undefined ? {} : { swappedFor: e.swappedFor }),
  };
}

/** The body with its members in a fixed order and its times in UTC. */
export function canonicalSessionBody(body: SessionBody): SessionBody {
  return {
    startedAt: utcTimestamp(body.startedAt),
    completedAt: utcTimestamp(body.completedAt),
    phase: body.phase,
    level: body.level,
    painBefore: body.painBefore,
    painDuring: body.painDuring,
    painAfter: body.painAfter,
    ...(body.feedback === undefined ? {} : { feedback: body.feedback }),
    exercises: body.exercises.map(canonicalExercise),
  };
}

/** sha256 (hex) of the canonical body. */
export function sessionBodyHash(body: SessionBody): string {
  return createHash("sha256")
    .update(JSON.stringify(canonicalSessionBody(body)))
    .digest("hex");
}
