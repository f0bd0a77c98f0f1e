// The whole raw knowledge base as one value: what packages/content bundles from its data
// files and what loadKnowledgeBase parses. Unknown fields are rejected everywhere.
import { Type, type Static } from "@sinclair/typebox";
import { Source } from "./basis.schema.ts";
import { AgeBand, Condition } from "./condition.schema.ts";
import { ConditionPage } from "./page.schema.ts";
import { Policy } from "./policy.schema.ts";
import { Question } from "./question.schema.ts";
import { ConsistencyRule, RedFlagRule } from "./red-flag.schema.ts";

const strict = { additionalProperties: false } as const;

export const RawKnowledgeBase = Type.Object(
  {
    /** Semver of the content plus a short hash of the data files, e.g. "0.1.0+3f2a9c1e0b4d". */
    contentVersion: Type.String({ pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(\\+[0-9a-f]{6,64})?$" }),
    sources: Type.Array(Source, { minItems: 1 }),
    ageBands: Type.Array(AgeBand, { minItems: 1 }),
    conditions: Type.Array(Condition, { minItems: 1 }),
    questions: Type.Array(Question, { minItems: 1 }),
    redFlags: Type.Array(RedFlagRule),
    consistency: Type.Array(ConsistencyRule),
    policy: Policy,
    pages: Type.Array(ConditionPage),
  },
  strict,
);
export type RawKnowledgeBase = Static<typeof RawKnowledgeBase>;
