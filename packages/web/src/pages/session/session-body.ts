// Builds the body of PUT /programs/:id/sessions/:sessionId from what the player recorded and
// the answers on the finish screen: one line per exercise and side with the sets done (and the
// repetitions or seconds held they stand for), whether it was skipped, and any swap. Pure.
import type { SessionBody, SessionExerciseBody } from "../../api/programs.ts";
import type { SessionFeedback } from "@ilio/core";
import type { PlayerState } from "./player-state.ts";

/** The server's bound on seconds held per exercise line (a 10-minute hold). */
const MAX_HOLD_SECONDS_DONE = 600;

/** The answers given around the session. */
export interface SessionAnswers {
  readonly startedAt: number;
  readonly completedAt: number;
  readonly phase: string;
  readonly level: number;
  readonly painBefore: number;
  readonly painDuring: number;
  readonly painAfter: number;
  readonly feedback: SessionFeedback | null;
}

/** The exercise lines of a finished (or stopped) session. */
export function exerciseLines(state: PlayerState): SessionExerciseBody[] {
  return state.logs.flatMap((log) => {
    const exercise = state.exercises[log.exercise];
    if (exercise === undefined) {
      return [];
    }
    const line: SessionExerciseBody = {
      exerciseId: exercise.exerciseId,
      ...(log.side === null ? {} : { side: log.side }),
      setsDone: log.setsDone,
      ...(exercise.reps === null ? {} : { repsDone: exercise.reps * log.setsDone }),
      ...(exercise.setSeconds === null
        ? {}
        : { holdSecondsDone: Math.min(MAX_HOLD_SECONDS_DONE, exercise.setSeconds * log.setsDone) }),
      skipped: log.skipped || log.setsDone === 0,
      ...(exercise.swappedFor === undefined ? {} : { swappedFor: exercise.swappedFor }),
    };
    return [line];
  });
}

/** The session body to store. */
export function sessionBody(state: PlayerState, answers: SessionAnswers): SessionBody {
  return {
    startedAt: new Date(answers.startedAt).toISOString(),
    completedAt: new Date(Math.max(answers.startedAt, answers.completedAt)).toISOString(),
    phase: answers.phase,
    level: answers.level,
    painBefore: answers.painBefore,
    painDuring: answers.painDuring,
    painAfter: answers.painAfter,
    ...(answers.feedback === null ? {} : { feedback: answers.feedback }),
    exercises: exerciseLines(state),
  };
}
