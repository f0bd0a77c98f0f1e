// The checks on a session log that the schema cannot make because they need the clock or
// the program: completedAt no more than 5 minutes ahead of the server's clock (device
// clocks drift a little; a later time is a wrong clock or a forged log), not before
// startedAt, at most 4 hours after it (no home session in the program is near that long),
// every exerciseId one of the program's and every swappedFor one of the library's. Returns
// every problem with its field; an empty list means the log is acceptable. Pure.
import type { Program } from "@ilio/core";
import type { FieldError } from "../errors/api-error.ts";
import type { SessionBody } from "./session-logs.schema.ts";

/** How far ahead of the server's clock a completion time may be (device clock drift). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** The longest session accepted. */
export const MAX_SESSION_MS = 4 * 60 * 60 * 1000;

/** What the rules compare a log with. */
export interface SessionContext {
  readonly now: Date;
  readonly plan: Program;
  readonly libraryIds: ReadonlySet<string>;
}

/** Every problem with the log, each naming its field. */
export function sessionLogProblems(body: SessionBody, context: SessionContext): FieldError[] {
  const problems: FieldError[] = [];
  const started = Date.parse(body.startedAt);
  const completed = Date.parse(body.completedAt);
  if (completed > context.now.getTime() + CLOCK_SKEW_MS) {
    problems.push({ field: "body/completedAt", message: "must not be in the future" });
  } else if (completed < started) {
    problems.push({ field: "body/completedAt", message: "must not be before startedAt" });
  } else if (completed - started > MAX_SESSION_MS) {
    problems.push({ field: "body/completedAt", message: "must be within 4 hours of startedAt" });
  }
  const programIds = new Set(
    context.plan.phases.flatMap((p) => p.exercises.map((e) => e.exerciseId)),
  );
  body.exercises.forEach((exercise, index) => {
    if (!programIds.has(exercise.exerciseId)) {
      problems.push({
        field: `body/exercises/${index}/exerciseId`,
        message: `"${exercise.exerciseId}" is not in this program`,
      });
    }
    if (exercise.swappedFor !== undefined && !context.libraryIds.has(exercise.swappedFor)) {
      problems.push({
        field: `body/exercises/${index}/swappedFor`,
        message: `"${exercise.swappedFor}" is not in the exercise library`,
      });
    }
  });
  return problems;
}
