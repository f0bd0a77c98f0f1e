// A condition's plain-language page, written in Ilio's own words. "Why Ilio thinks so" is
// not stored: it is generated from each result's explanation; `lessLikely` is the general
// list, added to the result-specific answers that would change the picture.
import { Type, type Static } from "@sinclair/typebox";

const strict = { additionalProperties: false } as const;
const text = Type.String({ minLength: 10 });

export const ConditionPage = Type.Object(
  {
    condition: Type.String(),
    whatItIs: text,
    lessLikely: Type.Array(text, { minItems: 1 }),
    whatToDoNow: Type.Array(text, { minItems: 1 }),
    whoToSee: text,
  },
  strict,
);
export type ConditionPage = Static<typeof ConditionPage>;
