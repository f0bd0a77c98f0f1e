// A ranked condition as knowledge: its prior (a weight in the reference population, scaled
// by age band and sex), the care level it needs by default and the answers that raise it
// (REFERENCE §3 "Triage" lines), the probability at which it alone forces a level, and the
// professional to see. Ids are the contract of shared/clinical/conditions.json.
import { Type, type Static } from "@sinclair/typebox";
import { Basis } from "./basis.schema.ts";
import { Expression } from "./expression.schema.ts";

const strict = { additionalProperties: false } as const;
const id = Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" });
const text = Type.String({ minLength: 2 });

/** Triage levels, most urgent first (conditions.json). */
export const TriageLevel = Type.Union([
  Type.Literal("emergency"),
  Type.Literal("urgent"),
  Type.Literal("routine"),
  Type.Literal("self-care"),
]);
export type TriageLevel = Static<typeof TriageLevel>;

export const AgeBand = Type.Object(
  { id, text, gte: Type.Number({ minimum: 0 }), lt: Type.Number({ minimum: 1 }) },
  strict,
);
export type AgeBand = Static<typeof AgeBand>;

export const Prior = Type.Object(
  {
    weight: Type.Number({ exclusiveMinimum: 0 }),
    age: Type.Optional(Type.Record(Type.String(), Type.Number({ minimum: 0 }))),
    sex: Type.Optional(
      Type.Object(
        { female: Type.Number({ minimum: 0 }), male: Type.Number({ minimum: 0 }) },
        strict,
      ),
    ),
    basis: Basis,
  },
  strict,
);

/**
 * An answer that decides who can have the condition at all, applied to the prior directly
 * rather than as evidence: the evidence weight and answer noise exist for findings that are
 * correlated or misremembered, and would let a joint that has been replaced keep a quarter of
 * its arthritis probability.
 */
export const PriorFactor = Type.Object(
  { when: Expression, factor: Type.Number({ minimum: 0 }), basis: Basis },
  strict,
);
export type PriorFactor = Static<typeof PriorFactor>;

export const TriageRaise = Type.Object(
  { level: TriageLevel, when: Expression, reason: text },
  strict,
);
export type TriageRaise = Static<typeof TriageRaise>;

const Serious = Type.Object(
  {
    probability: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
    level: TriageLevel,
    basis: Basis,
  },
  strict,
);

/**
 * A second way a condition shows itself, with its own likelihoods: a mixture component. An
 * infected hip replacement grumbles for weeks without fever, nothing like an acutely septic
 * native hip, and one set of ratios cannot describe both. It applies only when `when` is true
 * of the answers (unknown counts as false); its prior is `weight` (same scale as the
 * condition's prior weight: a share of everyone with hip, groin, buttock or back pain) times
 * the condition's age and sex multipliers.
 * Its ratios are the condition's unless a finding names `<condition>/<presentation>`; those
 * ratios are justified together by `ratiosBasis`.
 */
export const Presentation = Type.Object(
  {
    id,
    text,
    weight: Type.Number({ exclusiveMinimum: 0 }),
    when: Expression,
    /** Replaces the condition's `serious` for this presentation alone. */
    serious: Type.Optional(Serious),
    /** Replaces the condition's default care level when this presentation leads it. */
    care: Type.Optional(TriageLevel),
    /** Why this presentation is as common as `weight` says. */
    basis: Basis,
    /** Why its own likelihood ratios (the `<condition>/<presentation>` entries) are what they are. */
    ratiosBasis: Basis,
  },
  strict,
);
export type Presentation = Static<typeof Presentation>;

export const Condition = Type.Object(
  {
    id,
    name: text,
    prior: Prior,
    triage: Type.Object(
      { default: TriageLevel, raises: Type.Array(TriageRaise), basis: Basis },
      strict,
    ),
    /** At this probability or more, the condition forces at least `level` on its own. */
    serious: Type.Optional(Serious),
    presentations: Type.Optional(Type.Array(Presentation, { minItems: 1 })),
    /** Multiply the prior by `factor` when `when` is true of the answers. */
    priorFactors: Type.Optional(Type.Array(PriorFactor, { minItems: 1 })),
  },
  strict,
);
export type Condition = Static<typeof Condition>;
