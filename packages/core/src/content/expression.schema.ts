// The small rule language the knowledge base uses for red flags, triage raises, `askIf`
// preconditions and consistency checks: a tree of all/any/not over answer tests. It is data,
// so it is validated like data; evaluation lives in assessment/evaluate-expression.ts. It must
// never call out to code named in the data (no function names, no regular expressions).
import { Type, type Static } from "@sinclair/typebox";

const strict = { additionalProperties: false } as const;
const questionId = Type.String({ minLength: 1 });

/**
 * One node of a rule.
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: ... }` combine nodes.
 * - `{ q, is }` is true when a single-choice answer equals the option, or a multi-choice answer
 *   includes it.
 * - `{ q, gte?, lt? }` is true when a number answer lies in [gte, lt).
 * - `{ q, answered: true }` is true when the question has a definite (not "unsure") answer.
 */
export const Expression = Type.Recursive(
  (This) =>
    Type.Union([
      Type.Object({ all: Type.Array(This, { minItems: 1 }) }, strict),
      Type.Object({ any: Type.Array(This, { minItems: 1 }) }, strict),
      Type.Object({ not: This }, strict),
      Type.Object({ q: questionId, is: Type.String({ minLength: 1 }) }, strict),
      Type.Object(
        { q: questionId, gte: Type.Optional(Type.Number()), lt: Type.Optional(Type.Number()) },
        strict,
      ),
      Type.Object({ q: questionId, answered: Type.Literal(true) }, strict),
    ]),
  { $id: "Expression" },
);
export type Expression = Static<typeof Expression>;
