// The dose of an exercise as structured data (hold, reps, sets, rest, frequency, sides) and
// the basis every dose number rests on: a source id from the exercise sources list, or an
// explicit estimate with its reasoning. Ranges are {min, max}; a single value has min = max.
// Data only: the loader checks that numbers have a basis; progression lives elsewhere.
import { Type, type Static } from "@sinclair/typebox";

const strict = { additionalProperties: false } as const;

/** An inclusive range; a fixed number has `min === max`. */
export const Range = Type.Object(
  { min: Type.Number({ minimum: 0 }), max: Type.Number({ minimum: 0 }) },
  strict,
);
export type Range = Static<typeof Range>;

/** Which sides a dose applies to: each side in turn, both together, or not sided. */
export const Sides = Type.Union([Type.Literal("each"), Type.Literal("both"), Type.Literal("none")]);
export type Sides = Static<typeof Sides>;

/** Why the numbers are what they are: a cited source, or an estimate that says why. */
export const DoseBasis = Type.Union([
  Type.Object(
    {
      kind: Type.Literal("source"),
      sourceId: Type.String({ pattern: "^[a-z0-9-]+$" }),
      note: Type.Optional(Type.String()),
    },
    strict,
  ),
  Type.Object(
    { kind: Type.Literal("estimate"), reasoning: Type.String({ minLength: 20 }) },
    strict,
  ),
]);
export type DoseBasis = Static<typeof DoseBasis>;

/** Starting dose, adjusted afterwards by the pain-monitoring rules (REFERENCE §7.4). */
export const Dose = Type.Object(
  {
    sides: Sides,
    holdSeconds: Type.Optional(Range),
    reps: Type.Optional(Range),
    sets: Type.Optional(Range),
    restSeconds: Type.Optional(Range),
    minutes: Type.Optional(Range),
    timesPerDay: Type.Optional(Range),
    daysPerWeek: Type.Optional(Range),
    effort: Type.Optional(Type.String()),
    basis: Type.Optional(DoseBasis),
  },
  strict,
);
export type Dose = Static<typeof Dose>;

/** The numeric fields of a dose, in display order. */
export const DOSE_NUMBERS = [
  "holdSeconds",
  "reps",
  "sets",
  "restSeconds",
  "minutes",
  "timesPerDay",
  "daysPerWeek",
] as const satisfies readonly (keyof Dose)[];
