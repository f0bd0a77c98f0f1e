// Where a clinical number comes from. Every prior, base rate, likelihood ratio and threshold
// in the knowledge base carries a basis: a published source (an id in data/sources.json) or
// an estimate with its reasoning. A basis covers the numbers of the object it sits on;
// a per-condition basis may override it. Never a number without one.
import { Type, type Static } from "@sinclair/typebox";

const strict = { additionalProperties: false } as const;
const sourceId = Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" });

/** A number taken or derived (e.g. LR from Sn/Sp) from a source. */
export const SourceBasis = Type.Object(
  { kind: Type.Literal("source"), source: sourceId, note: Type.Optional(Type.String()) },
  strict,
);

/** A number estimated by the content authors, with its reasoning and what informed it. */
export const EstimateBasis = Type.Object(
  {
    kind: Type.Literal("estimate"),
    reasoning: Type.String({ minLength: 10 }),
    informedBy: Type.Optional(Type.Array(sourceId)),
  },
  strict,
);

export const Basis = Type.Union([SourceBasis, EstimateBasis]);
export type Basis = Static<typeof Basis>;

/** A bibliographic entry from REFERENCE §11 (or a seed page). */
export const Source = Type.Object(
  {
    id: sourceId,
    citation: Type.String({ minLength: 5 }),
    checked: Type.Union([
      Type.Literal("abstract"),
      Type.Literal("memory"),
      Type.Literal("secondary"),
    ]),
  },
  strict,
);
export type Source = Static<typeof Source>;
