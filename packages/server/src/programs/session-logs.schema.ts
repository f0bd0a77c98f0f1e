// Request and response schemas of the session-log routes. The body bounds every number to
// what a real home session can hold (pain 0–10 NPRS, at most 20 sets, 200 reps, a 10-minute
// hold, 40 exercises), so absurd values are 400s before any code runs; checks that need the
// clock or the program (future times, duration, exercise ids) live in session-log-rules.ts.
import { Type, type Static } from "@sinclair/typebox";
import { StrictObject, StringEnum } from "../http/schema-helpers.ts";

const Uuid = Type.String({ format: "uuid" });
const ExerciseId = Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength: 100 });
const DateTime = Type.String({
  format: "date-time",
  description: "ISO-8601 date and time with an offset, e.g. 2025-03-14T08:30:00.000Z",
});
const Pain = Type.Integer({ minimum: 0, maximum: 10, description: "0–10 numeric rating scale" });

export const PHASES = ["calm", "restore", "strengthen", "return"] as const;
export const FEEDBACK = ["too-easy", "right", "too-hard"] as const;

export const SessionParams = StrictObject({ id: Uuid, sessionId: Uuid });
export type SessionParams = Static<typeof SessionParams>;

export const ExerciseDone = StrictObject({
  exerciseId: ExerciseId,
  // A union of literals, not StringEnum: the presenter re-checks stored exercises with
  // TypeBox's Value.Check, which knows literals but not StringEnum's unsafe schema.
  side: Type.Optional(
    Type.Union([
      Type.Literal("left"),
      Type.Literal("right"),
      Type.Literal("both"),
      Type.Literal("none"),
    ]),
  ),
  setsDone: Type.Integer({ minimum: 0, maximum: 20 }),
  repsDone: Type.Optional(Type.Integer({ minimum: 0, maximum: 200 })),
  holdSecondsDone: Type.Optional(Type.Integer({ minimum: 0, maximum: 600 })),
  skipped: Type.Boolean(),
  swappedFor: Type.Optional(ExerciseId),
});
export type ExerciseDone = Static<typeof ExerciseDone>;

export const SessionBody = StrictObject({
  startedAt: DateTime,
  completedAt: DateTime,
  phase: StringEnum(PHASES),
  level: Type.Integer({ minimum: 0, maximum: 50 }),
  painBefore: Pain,
  painDuring: Pain,
  painAfter: Pain,
  feedback: Type.Optional(StringEnum(FEEDBACK)),
  exercises: Type.Array(ExerciseDone, { minItems: 1, maxItems: 40 }),
});
export type SessionBody = Static<typeof SessionBody>;

/** A stored session log. Times are normalized to UTC (`…Z`). */
export const SessionView = StrictObject({
  id: Type.String(),
  programId: Type.String(),
  patientId: Type.String(),
  startedAt: Type.String(),
  completedAt: Type.String(),
  phase: StringEnum(PHASES),
  level: Type.Integer(),
  painBefore: Type.Integer(),
  painDuring: Type.Integer(),
  painAfter: Type.Integer(),
  feedback: Type.Union([StringEnum(FEEDBACK), Type.Null()]),
  exercises: Type.Array(ExerciseDone),
  receivedAt: Type.String({ description: "When the server first stored it (ISO-8601 UTC)." }),
});
export type SessionView = Static<typeof SessionView>;

export const SessionResponse = StrictObject({ session: SessionView });
export const SessionList = StrictObject({ sessions: Type.Array(SessionView) });
