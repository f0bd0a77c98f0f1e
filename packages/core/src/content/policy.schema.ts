// Engine settings that are clinical or product choices, so they live in data with a basis:
// which conditions count as "leading" for the care-level rule, the level used when no
// condition leads, the interview's stopping rule and cap, and the safety-net lines shown
// on every result by triage level.
import { Type, type Static } from "@sinclair/typebox";
import { Basis } from "./basis.schema.ts";
import { TriageLevel } from "./condition.schema.ts";

const strict = { additionalProperties: false } as const;
const text = Type.String({ minLength: 5 });

export const Policy = Type.Object(
  {
    /**
     * Exponent applied to the likelihood of the answers (0 < w ≤ 1). Findings are not
     * independent given the condition, so summing their full log-likelihoods overcounts.
     */
    evidenceWeight: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
    /**
     * Share of answers assumed to carry no information about the condition (misread,
     * misremembered): each likelihood is mixed with the reference population's, so no single
     * answer can rule a condition in or out completely.
     */
    answerNoise: Type.Number({ minimum: 0, exclusiveMaximum: 1 }),
    /** Conditions at or above this share of probability set the care level (their triage). */
    leadingProbability: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
    /** When the top condition is below this, the picture is uncertain ... */
    uncertainBelow: Type.Number({ minimum: 0, maximum: 1 }),
    /** ... and triage is at least this level. */
    uncertainLevel: TriageLevel,
    /**
     * A serious condition outside the top `notRuledOut.afterTop` with at least this
     * probability is listed on the result as "not ruled out": a professional should check.
     */
    notRuledOut: Type.Object(
      {
        atLeast: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
        afterTop: Type.Integer({ minimum: 0 }),
      },
      strict,
    ),
    interview: Type.Object(
      {
        stopWhenTopAtLeast: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
        minGainBits: Type.Number({ minimum: 0 }),
        maxQuestions: Type.Integer({ minimum: 1 }),
        /** The cap when a clinician answers: room for examination findings after the history. */
        maxQuestionsClinician: Type.Integer({ minimum: 1 }),
        /**
         * Keep asking while a serious condition is undecided: its probability is at least
         * `floor` and below its own `serious.probability`, and some question is expected to
         * resolve at least `minShare` of the uncertainty about that condition versus the rest
         * (binary information gain divided by its binary entropy).
         */
        serious: Type.Object(
          {
            floor: Type.Number({ minimum: 0, maximum: 1 }),
            minShare: Type.Number({ minimum: 0, maximum: 1 }),
          },
          strict,
        ),
      },
      strict,
    ),
    basis: Basis,
    safetyNet: Type.Object(
      {
        always: Type.Array(text),
        emergency: Type.Array(text),
        urgent: Type.Array(text),
        routine: Type.Array(text),
        "self-care": Type.Array(text),
      },
      strict,
    ),
    triageText: Type.Object(
      {
        emergency: text,
        urgent: text,
        routine: text,
        "self-care": text,
      },
      strict,
    ),
    notADiagnosis: text,
  },
  strict,
);
export type Policy = Static<typeof Policy>;
