// The generated program, in TypeBox so the server can validate and document it from the same
// schema: phases with their exercises and adjusted doses, sessions per week, weeks, entry and
// exit criteria, the daily-life section, review dates, and the progression numbers it is
// progressed by (so a program is self-contained). Also the generator's result union.
import { Type, type Static } from "@sinclair/typebox";
import { Dose, Range } from "../exercise/dose.schema.ts";
import { Category, ContraindicationTag, Phase, Population } from "../exercise/schema.ts";
import { ConditionId, DailyLifeTopic, Irritability } from "./content.schema.ts";
import { IsoDate, TriageLevel } from "./input.schema.ts";
import { ProgressionRules } from "./progression-rules.schema.ts";

const strict = { additionalProperties: false } as const;

/** Why an exercise is in a phase. */
export const ExerciseOrigin = Type.Union(
  ["template", "condition", "population", "substitute", "clinician"].map((o) => Type.Literal(o)),
);

/** One exercise of a phase with its starting dose (already adjusted). */
export const PrescribedExercise = Type.Object(
  {
    exerciseId: Type.String(),
    name: Type.String(),
    category: Category,
    origin: ExerciseOrigin,
    /** The library dose times this factor gives `dose` (irritability × population). */
    volumeFactor: Type.Number({ exclusiveMinimum: 0 }),
    dose: Dose,
    note: Type.Optional(Type.String()),
  },
  strict,
);
export type PrescribedExercise = Static<typeof PrescribedExercise>;

export const ProgramPhase = Type.Object(
  {
    phase: Phase,
    title: Type.String(),
    goal: Type.String(),
    /** Week of the program the phase is expected to start (1 = first week). */
    startWeek: Type.Integer({ minimum: 1 }),
    weeks: Range,
    sessionsPerWeek: Range,
    exercises: Type.Array(PrescribedExercise),
    entry: Type.Array(Type.String()),
    exit: Type.Array(Type.String()),
  },
  strict,
);
export type ProgramPhase = Static<typeof ProgramPhase>;

export const DailyLifeItem = Type.Object(
  { topic: DailyLifeTopic, advice: Type.String(), exerciseId: Type.Optional(Type.String()) },
  strict,
);

export const Program = Type.Object(
  {
    contentVersion: Type.String(),
    startDate: IsoDate,
    reviewDate: IsoDate,
    noImprovementReviewDate: IsoDate,
    weeks: Range,
    triage: TriageLevel,
    focus: Type.Object(
      {
        condition: ConditionId,
        chosenBy: Type.Union([Type.Literal("assessment"), Type.Literal("clinician")]),
        label: Type.String(),
        note: Type.String(),
      },
      strict,
    ),
    irritability: Irritability,
    populations: Type.Array(Population),
    ruledOut: Type.Array(ContraindicationTag),
    phaseLocked: Type.Boolean(),
    phases: Type.Array(ProgramPhase, { minItems: 1 }),
    dailyLife: Type.Array(DailyLifeItem),
    advice: Type.Array(Type.String()),
    notes: Type.Array(Type.String()),
    stopCard: Type.Array(Type.String()),
    progression: ProgressionRules,
  },
  strict,
);
export type Program = Static<typeof Program>;

/** Why no program was made; each reason comes with a sentence for the person. */
export type NoProgramReason =
  | "triage-too-urgent"
  | "condition-not-suited"
  | "no-condition"
  | "no-suitable-exercises"
  | "invalid-input";

/** The generator's outcome: a program, or the reason there is none. */
export type GenerateProgramResult =
  | { readonly ok: true; readonly program: Program }
  | {
      readonly ok: false;
      readonly reason: NoProgramReason;
      readonly message: string;
      readonly condition?: string;
    };
