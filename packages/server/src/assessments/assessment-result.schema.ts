// The engine's AssessmentResult (packages/core/src/assessment/result.ts) as a TypeBox
// schema: it documents the result in OpenAPI, serializes responses, and checks a stored
// `result_json` before it is sent again. It mirrors the engine's type and must not add or
// reshape anything: the API returns the engine's result as the engine made it.
import { Type, type Static } from "@sinclair/typebox";
import { TRIAGE_LEVELS } from "@ilio/core";
import { StrictObject } from "../http/schema-helpers.ts";

// Literal unions rather than StringEnum here: stored results are re-checked with TypeBox's
// Value.Check (stored-result.ts), which only knows TypeBox's own kinds.

/** A triage level, most urgent first: emergency, urgent, routine, self-care. */
export const TriageLevel = Type.Union(TRIAGE_LEVELS.map((level) => Type.Literal(level)));

/** One answer as the engine stores it: option id, option ids, number, or "unsure". */
export const AnswerValue = Type.Union([Type.String(), Type.Number(), Type.Array(Type.String())]);

const reasonText = { level: TriageLevel, text: Type.String() };

const TriageReason = Type.Union([
  StrictObject({ kind: Type.Literal("red-flag"), ...reasonText, redFlag: Type.String() }),
  StrictObject({
    kind: Type.Literal("serious-condition"),
    ...reasonText,
    condition: Type.String(),
    probability: Type.Number(),
  }),
  StrictObject({ kind: Type.Literal("condition-care"), ...reasonText, condition: Type.String() }),
  StrictObject({ kind: Type.Literal("uncertain"), ...reasonText }),
  StrictObject({
    kind: Type.Literal("incomplete"),
    ...reasonText,
    questions: Type.Array(Type.String()),
  }),
]);

const RankedCondition = StrictObject({
  condition: Type.String(),
  probability: Type.Number(),
  why: Type.Array(
    StrictObject({ question: Type.String(), answer: AnswerValue, effect: Type.Number() }),
  ),
  wouldChange: Type.Array(
    StrictObject({ question: Type.String(), answer: Type.String(), probability: Type.Number() }),
  ),
});

/** The engine's result for a set of answers. */
export const AssessmentResult = StrictObject(
  {
    contentVersion: Type.String(),
    triage: StrictObject({
      level: TriageLevel,
      advice: Type.String(),
      reasons: Type.Array(TriageReason),
    }),
    ranking: Type.Array(RankedCondition, { description: "Every condition, most likely first." }),
    redFlags: Type.Array(
      StrictObject({
        id: Type.String(),
        level: TriageLevel,
        text: Type.String(),
        because: Type.Union([Type.Literal("answer"), Type.Literal("unsure")]),
      }),
    ),
    notRuledOut: Type.Array(
      StrictObject({ condition: Type.String(), probability: Type.Number() }),
      {
        description:
          "Serious conditions below the first three that the answers cannot rule out (at least 1%); a professional should check. Empty for an emergency.",
      },
    ),
    asked: Type.Array(Type.String(), { description: "Question ids answered, in order." }),
    complete: Type.Boolean({
      description: "True when every red-flag question that applies has an answer.",
    }),
    pendingRedFlags: Type.Array(Type.String()),
    safetyNet: Type.Array(Type.String()),
    notADiagnosis: Type.String(),
  },
  {
    description:
      "Decision support, not a diagnosis. Triage is never lower than a fired red flag demands; " +
      "while red-flag questions are pending it is marked incomplete.",
  },
);
export type AssessmentResult = Static<typeof AssessmentResult>;
