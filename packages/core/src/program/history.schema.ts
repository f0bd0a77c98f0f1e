// What progression reads, in TypeBox: the log of each exercise session (date, the phase and
// level it was done at, pain during and the next morning, how hard it felt) and the daily pain
// check-ins. The web app and the server store these; core only reads them and never changes
// them. Pain is the 0–10 numeric rating scale (NPRS).
import { Type, type Static } from "@sinclair/typebox";
import { Phase } from "../exercise/schema.ts";
import { IsoDate } from "./input.schema.ts";

const strict = { additionalProperties: false } as const;
const pain = Type.Number({ minimum: 0, maximum: 10 });

/** How the session felt to the person. */
export const SessionFeedback = Type.Union([
  Type.Literal("too-easy"),
  Type.Literal("right"),
  Type.Literal("too-hard"),
]);
export type SessionFeedback = Static<typeof SessionFeedback>;

/** One exercise session as done. */
export const SessionLog = Type.Object(
  {
    date: IsoDate,
    phase: Phase,
    /** The progression level the session was done at (0 = the phase's starting dose). */
    level: Type.Integer(),
    /** Worst pain during the session. */
    painDuring: pain,
    /** Pain on the morning before the session (the baseline it is compared with). */
    painBefore: Type.Optional(pain),
    /** Pain and stiffness the next morning; when absent, the next day's check-in is used. */
    painNextMorning: Type.Optional(pain),
    feedback: Type.Optional(SessionFeedback),
  },
  strict,
);
export type SessionLog = Static<typeof SessionLog>;

/** One daily pain check-in (usually on waking). */
export const CheckIn = Type.Object({ date: IsoDate, pain }, strict);
export type CheckIn = Static<typeof CheckIn>;

/** Everything logged so far for one program. */
export const ProgramHistory = Type.Object(
  { sessions: Type.Array(SessionLog), checkIns: Type.Array(CheckIn) },
  strict,
);
export type ProgramHistory = Static<typeof ProgramHistory>;
