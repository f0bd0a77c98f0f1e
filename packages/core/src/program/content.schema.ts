// The program content's data contract, in TypeBox: phase templates, how irritability sets the
// start, population adjustments, the daily-life section, which conditions suit a program and
// what each one emphasises. Every number carries a basis (a source id from the exercise
// sources, or an estimate with its reasoning). Data only: no selection or progression here.
import { Type, type Static } from "@sinclair/typebox";
import { CONDITION_IDS } from "../content/condition-ids.ts";
import { DoseBasis } from "../exercise/dose.schema.ts";
import { ContraindicationTag, Phase, Population } from "../exercise/schema.ts";
import { ProgressionRulesData } from "./progression-rules.schema.ts";

const strict = { additionalProperties: false } as const;
const text = Type.String({ minLength: 3 });
const exerciseId = Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" });

/** A number with the basis it rests on. */
export const SourcedNumber = Type.Object({ value: Type.Number(), basis: DoseBasis }, strict);
export type SourcedNumber = Static<typeof SourcedNumber>;

/** An inclusive range with the basis it rests on. */
export const SourcedRange = Type.Object(
  { min: Type.Number({ minimum: 0 }), max: Type.Number({ minimum: 0 }), basis: DoseBasis },
  strict,
);
export type SourcedRange = Static<typeof SourcedRange>;

export const Irritability = Type.Union([
  Type.Literal("high"),
  Type.Literal("moderate"),
  Type.Literal("low"),
]);
export type Irritability = Static<typeof Irritability>;

export const ConditionId = Type.Union(CONDITION_IDS.map((id) => Type.Literal(id)));

/** One phase of every program: its exercises in order of preference, dose frequency, criteria. */
export const PhaseTemplate = Type.Object(
  {
    phase: Phase,
    title: text,
    goal: text,
    weeks: SourcedRange,
    sessionsPerWeek: SourcedRange,
    exercises: Type.Array(exerciseId, { minItems: 1 }),
    maxExercises: Type.Integer({ minimum: 1 }),
    entry: Type.Array(text, { minItems: 1 }),
    exit: Type.Array(text, { minItems: 1 }),
  },
  strict,
);
export type PhaseTemplate = Static<typeof PhaseTemplate>;

/** Where a program starts and how gently, for one irritability level. */
export const IrritabilityLevel = Type.Object(
  {
    irritability: Irritability,
    phases: Type.Array(Phase, { minItems: 1 }),
    startVolumeFactor: SourcedNumber,
  },
  strict,
);

/** Cut-offs that turn pain level and behaviour into an irritability level. */
export const IrritabilityRules = Type.Object(
  { highPainMin: SourcedNumber, lowPainMax: SourcedNumber, highSignsMin: SourcedNumber },
  strict,
);
export type IrritabilityRules = Static<typeof IrritabilityRules>;

/** What one population changes: implied cautions, return-phase items, advice, gentler dosing. */
export const PopulationAdjustment = Type.Object(
  {
    population: Population,
    cautions: Type.Array(ContraindicationTag),
    returnExercises: Type.Array(exerciseId),
    advice: Type.Array(text),
    volumeFactor: Type.Optional(SourcedNumber),
    maxLevel: Type.Optional(SourcedNumber),
  },
  strict,
);
export type PopulationAdjustment = Static<typeof PopulationAdjustment>;

export const DailyLifeTopic = Type.Union(
  ["activity", "sitting", "driving", "sleeping", "load"].map((t) => Type.Literal(t)),
);

export const DailyLifeAdvice = Type.Object(
  {
    topic: DailyLifeTopic,
    exerciseId: Type.Optional(exerciseId),
    advice: text,
    populations: Type.Array(Population, { minItems: 1 }),
  },
  strict,
);
export type DailyLifeAdvice = Static<typeof DailyLifeAdvice>;

export const NotSuitedCategory = Type.Union(
  [
    "hernia",
    "fracture",
    "infection",
    "growth-plate",
    "nerve",
    "inflammatory",
    "neurological-emergency",
    "malignancy",
    "visceral",
  ].map((c) => Type.Literal(c)),
);

/** Whether a condition suits a program, and if so what it emphasises per phase. */
export const ConditionFocus = Type.Union([
  Type.Object(
    {
      condition: ConditionId,
      kind: Type.Literal("program"),
      focus: text,
      note: text,
      emphasis: Type.Partial(
        Type.Object(
          {
            calm: Type.Array(exerciseId),
            restore: Type.Array(exerciseId),
            strengthen: Type.Array(exerciseId),
            return: Type.Array(exerciseId),
          },
          strict,
        ),
      ),
      cautions: Type.Array(ContraindicationTag),
    },
    strict,
  ),
  Type.Object(
    {
      condition: ConditionId,
      kind: Type.Literal("not-suited"),
      category: NotSuitedCategory,
      message: text,
    },
    strict,
  ),
]);
export type ConditionFocus = Static<typeof ConditionFocus>;

/** Cut-offs the assessment adapter uses to read populations and cautions from answers. */
export const AnswerCutoffs = Type.Object(
  { teenAgeMax: SourcedNumber, olderAdultAgeMin: SourcedNumber, acuteStrainDaysMax: SourcedNumber },
  strict,
);
export type AnswerCutoffs = Static<typeof AnswerCutoffs>;

/** All program content as stored, one key per data file. */
export const ProgramContentData = Type.Object(
  {
    version: text,
    plan: Type.Object(
      {
        weeks: SourcedRange,
        reviewAfterDays: SourcedNumber,
        noImprovementReviewWeeks: SourcedNumber,
      },
      strict,
    ),
    answers: AnswerCutoffs,
    phases: Type.Array(PhaseTemplate, { minItems: 4, maxItems: 4 }),
    classify: IrritabilityRules,
    levels: Type.Array(IrritabilityLevel, { minItems: 3, maxItems: 3 }),
    populations: Type.Array(PopulationAdjustment),
    dailyLife: Type.Array(DailyLifeAdvice, { minItems: 1 }),
    notSuitedProbabilityMin: SourcedNumber,
    conditions: Type.Array(ConditionFocus),
    progression: ProgressionRulesData,
  },
  strict,
);
export type ProgramContentData = Static<typeof ProgramContentData>;
