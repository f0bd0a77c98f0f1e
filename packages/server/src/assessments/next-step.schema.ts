// The interview's next step as the API sends it: the engine's NextStep with the question
// reduced to what a person needs to answer it (texts, options, limits). Likelihood ratios,
// base rates and sources stay in the knowledge base; clients read them from the content
// package if they need them. `contentVersion` is added so a client that keeps answers on
// the device can later save them with PUT /api/v1/assessments/:id.
import { Type, type Static } from "@sinclair/typebox";
import { StrictObject, StringEnum } from "../http/schema-helpers.ts";
import { AssessmentResult } from "./assessment-result.schema.ts";

const common = {
  id: Type.String(),
  text: Type.String(),
  help: Type.Optional(Type.String()),
  howTo: Type.Optional(Type.Array(Type.String(), { description: "Steps of a home self-check." })),
  audience: StringEnum(["patient", "clinician"] as const),
  redFlag: Type.Boolean({ description: "A safety question: never skipped." }),
};

const OptionView = StrictObject({ id: Type.String(), text: Type.String() });

/** A question ready to show; every question also accepts the answer "unsure". */
export const QuestionView = Type.Union([
  StrictObject({
    kind: Type.Literal("single"),
    ...common,
    options: Type.Array(OptionView),
  }),
  StrictObject({
    kind: Type.Literal("multi"),
    ...common,
    options: Type.Array(OptionView),
    noneText: Type.String({
      description: 'Label of the exclusive "none" answer ([] or ["none"]).',
    }),
    unsurePerItem: Type.Boolean({
      description:
        'A safety checklist: offer "not sure" per item (answer "unsure:<id>") rather than for the whole list.',
    }),
  }),
  StrictObject({
    kind: Type.Literal("number"),
    ...common,
    min: Type.Number(),
    max: Type.Number(),
    unit: Type.String(),
    integer: Type.Boolean(),
  }),
]);
export type QuestionView = Static<typeof QuestionView>;

/** How far the interview is. */
export const ProgressView = StrictObject({
  asked: Type.Integer(),
  estimatedTotal: Type.Integer(),
});

/** The next question, or the result when the interview is done. */
export const NextStepView = Type.Union([
  StrictObject({
    kind: Type.Literal("question"),
    question: QuestionView,
    progress: ProgressView,
    contentVersion: Type.String(),
  }),
  StrictObject({
    kind: Type.Literal("done"),
    result: AssessmentResult,
    contentVersion: Type.String(),
  }),
]);
export type NextStepView = Static<typeof NextStepView>;
