// Red flags and consistency checks as rules. A red flag (REFERENCE §4) fixes a minimum
// triage level when its expression holds, whatever the ranking says; several rules may share
// a REFERENCE id with different levels (e.g. RF-05 and its emergency form RF-05b). A
// consistency rule names an impossible combination of answers, reported by validateAnswers.
import { Type, type Static } from "@sinclair/typebox";
import { Basis } from "./basis.schema.ts";
import { TriageLevel } from "./condition.schema.ts";
import { Expression } from "./expression.schema.ts";

const strict = { additionalProperties: false } as const;

export const RedFlagRule = Type.Object(
  {
    id: Type.String({ pattern: "^RF-[0-9]{2}[a-z]?$" }),
    level: TriageLevel,
    when: Expression,
    /** Plain words shown to the person when the rule fires. */
    text: Type.String({ minLength: 10 }),
    pointsTo: Type.Array(Type.String()),
    basis: Basis,
  },
  strict,
);
export type RedFlagRule = Static<typeof RedFlagRule>;

export const ConsistencyRule = Type.Object(
  {
    id: Type.String({ pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }),
    when: Expression,
    /** The question the message is about (the field named in the problem). */
    field: Type.String(),
    message: Type.String({ minLength: 10 }),
  },
  strict,
);
export type ConsistencyRule = Static<typeof ConsistencyRule>;
