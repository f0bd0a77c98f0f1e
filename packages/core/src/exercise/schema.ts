// The exercise library's data contract, in TypeBox: one schema is both the validator and
// the TypeScript type. An exercise carries everything a home-program card needs: phases,
// who it is for, position, equipment and a no-equipment alternative, numbered steps, the
// worked side named by body position, a structured dose with its basis, variants, stop
// cautions, contraindication tags, evidence and an illustration. Unknown fields are rejected.
import { Type, type Static } from "@sinclair/typebox";
import { IllustrationSpec } from "../illustration/scene.schema.ts";
import { Dose } from "./dose.schema.ts";

const strict = { additionalProperties: false } as const;
const text = Type.String({ minLength: 3 });
const id = Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" });
const oneOf = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v)));

export const Category = oneOf([
  "stretch",
  "motor-control",
  "strength",
  "mobility",
  "daily-life",
] as const);
export const Phase = oneOf(["calm", "restore", "strengthen", "return"] as const);
export const Population = oneOf([
  "everyone",
  "dancers",
  "runners",
  "desk-workers",
  "drivers",
  "after-hip-replacement",
  "teens",
  "older-adults",
  "pregnancy",
] as const);
export const BodyRegion = oneOf([
  "front-of-hip",
  "groin",
  "inner-thigh",
  "outer-hip",
  "buttock",
  "front-of-thigh",
  "back-of-thigh",
  "low-back",
  "abdomen",
  "whole-body",
] as const);
export const Position = oneOf([
  "supine",
  "prone",
  "side-lying",
  "kneeling",
  "standing",
  "sitting",
  "varied",
] as const);
export const Equipment = oneOf([
  "chair",
  "stool",
  "step",
  "wall",
  "bed",
  "table",
  "band",
  "pillow",
  "cushion",
  "towel",
  "strap",
  "ankle-weight",
  "barre",
  "notebook",
  "car-seat",
] as const);
/** Tags a program generator matches against an assessment's cautions to leave an exercise out. */
export const ContraindicationTag = oneOf([
  "hip-replacement-precautions",
  "pregnancy-supine",
  "pregnancy-prone",
  "kneeling-pain",
  "irritable-phase",
  "fall-risk",
  "back-flare",
  "neck-pain",
  "painful-snapping",
  "acute-strain",
  "groin-loading-pain",
] as const);
export const EvidenceLevel = oneOf([
  "meta-analysis",
  "guideline",
  "case-series",
  "case-report",
  "expert-opinion",
  "practical-default",
  "untested-claim",
] as const);
export const Motion = oneOf(["hold", "moving", "habit"] as const);

/** An easier or harder option: another exercise by id, or a variant with its own steps. */
export const VariantRef = Type.Union([
  Type.Object({ kind: Type.Literal("exercise"), id }, strict),
  Type.Object(
    {
      kind: Type.Literal("inline"),
      name: text,
      steps: Type.Array(text, { minItems: 1 }),
      dose: Type.Optional(Dose),
    },
    strict,
  ),
]);
export type VariantRef = Static<typeof VariantRef>;

/** Which side works, named by the body's position rather than by a prop (REFERENCE §7.5). */
export const SideGuidance = Type.Object({ worked: text, howToTell: text }, strict);

export const Exercise = Type.Object(
  {
    id,
    name: text,
    category: Category,
    phases: Type.Array(Phase, { minItems: 1 }),
    motion: Motion,
    purpose: text,
    populations: Type.Array(Population, { minItems: 1 }),
    bodyRegions: Type.Array(BodyRegion, { minItems: 1 }),
    position: Position,
    equipment: Type.Array(Equipment),
    noEquipment: Type.Optional(text),
    start: text,
    steps: Type.Array(text, { minItems: 1 }),
    side: Type.Optional(SideGuidance),
    dose: Dose,
    variants: Type.Object(
      { easier: Type.Array(VariantRef), harder: Type.Array(VariantRef) },
      strict,
    ),
    feel: text,
    cautions: Type.Array(text),
    contraindications: Type.Array(ContraindicationTag),
    evidence: Type.Object({ level: EvidenceLevel, note: text }, strict),
    sources: Type.Array(id, { minItems: 1 }),
    illustration: Type.Optional(IllustrationSpec),
  },
  strict,
);
export type Exercise = Static<typeof Exercise>;

/** A citable source for exercise content. */
export const ExerciseSource = Type.Object(
  { id, citation: text, note: Type.Optional(text) },
  strict,
);
export type ExerciseSource = Static<typeof ExerciseSource>;

/** The whole library as stored: version, the stop card shown on every exercise, sources, exercises. */
export const ExerciseLibraryData = Type.Object(
  {
    version: text,
    stopCard: Type.Array(text, { minItems: 1 }),
    sources: Type.Array(ExerciseSource, { minItems: 1 }),
    exercises: Type.Array(Exercise),
  },
  strict,
);
export type ExerciseLibraryData = Static<typeof ExerciseLibraryData>;

export type Category = Static<typeof Category>;
export type Phase = Static<typeof Phase>;
export type Population = Static<typeof Population>;
export type Position = Static<typeof Position>;
export type Equipment = Static<typeof Equipment>;
export type ContraindicationTag = Static<typeof ContraindicationTag>;
