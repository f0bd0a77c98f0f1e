// Questions and their findings. A single-choice question's options are mutually exclusive
// findings; a multi-choice question's options are independent yes/no findings (plus an
// implicit exclusive "none"); a number question is banded into findings. Each finding has a
// base rate `q` in the reference population (people with hip, groin, buttock or back pain)
// and likelihood ratios per condition (default 1). "Not sure" is always allowed and is not an
// option here. Demographic questions (`role`) set priors instead of carrying ratios.
import { Type, type Static } from "@sinclair/typebox";
import { Basis } from "./basis.schema.ts";
import { Expression } from "./expression.schema.ts";

const strict = { additionalProperties: false } as const;
const id = Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" });
const text = Type.String({ minLength: 2 });
const ratios = Type.Record(Type.String(), Type.Number());

/** Likelihood data shared by options and bands. */
const findingFields = {
  q: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
  lr: Type.Optional(ratios),
  lrNo: Type.Optional(ratios),
  basis: Basis,
  lrBasis: Type.Optional(Type.Record(Type.String(), Basis)),
};

export const Option = Type.Object({ id, text, ...findingFields }, strict);
export type Option = Static<typeof Option>;

export const Band = Type.Object(
  {
    id,
    text,
    gte: Type.Optional(Type.Number()),
    lt: Type.Optional(Type.Number()),
    ...findingFields,
  },
  strict,
);
export type Band = Static<typeof Band>;

const Audience = Type.Union([Type.Literal("patient"), Type.Literal("clinician")]);

const common = {
  id,
  text,
  help: Type.Optional(text),
  /** Safe home self-check: how to do it, shown before the question. */
  howTo: Type.Optional(Type.Array(text, { minItems: 1 })),
  audience: Audience,
  redFlag: Type.Boolean(),
  /** Asked early in every interview (demographics and the inputs of triage rules). */
  always: Type.Boolean(),
  askIf: Type.Optional(Expression),
  role: Type.Optional(Type.Union([Type.Literal("age"), Type.Literal("sex")])),
};

export const SingleQuestion = Type.Object(
  { kind: Type.Literal("single"), ...common, options: Type.Array(Option, { minItems: 2 }) },
  strict,
);
export const MultiQuestion = Type.Object(
  {
    kind: Type.Literal("multi"),
    ...common,
    noneText: text,
    /**
     * A safety checklist: each item may be answered "not sure" on its own ("unsure:<id>"),
     * so doubt about one red flag does not count as yes to all the others.
     */
    unsurePerItem: Type.Optional(Type.Boolean()),
    options: Type.Array(Option, { minItems: 1, maxItems: 16 }),
  },
  strict,
);
export const NumberQuestion = Type.Object(
  {
    kind: Type.Literal("number"),
    ...common,
    min: Type.Number(),
    max: Type.Number(),
    unit: text,
    integer: Type.Boolean(),
    bands: Type.Array(Band),
  },
  strict,
);

export const Question = Type.Union([SingleQuestion, MultiQuestion, NumberQuestion]);
export type Question = Static<typeof Question>;
export type SingleQuestion = Static<typeof SingleQuestion>;
export type MultiQuestion = Static<typeof MultiQuestion>;
export type NumberQuestion = Static<typeof NumberQuestion>;
