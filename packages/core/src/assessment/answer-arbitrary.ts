// Test support: fast-check arbitraries for answer sets over the real questions. Values are
// always valid for their question (including "unsure"); applicability is not enforced, as
// the engine must stay sound for any valid-looking input. Red-flag options are drawn often
// so that rules actually fire.
import fc from "fast-check";
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import type { Question } from "../content/question.schema.ts";
import { UNSURE, unsureItem, type AnswerValue, type Answers } from "./answers.ts";

function valueFor(q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.kind) {
    case "single":
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(UNSURE) },
        { weight: 6, arbitrary: fc.constantFrom(...q.options.map((o) => o.id)) },
      );
    case "multi":
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(UNSURE) },
        {
          weight: 6,
          arbitrary: fc.subarray(
            q.options.map((o) => o.id),
            { maxLength: q.redFlag ? 2 : 3 },
          ),
        },
        {
          // some items ticked, some marked "not sure" (never both for one item)
          weight: 2,
          arbitrary: fc
            .subarray(
              q.options.map((o) => o.id),
              { maxLength: Math.min(3, q.options.length) },
            )
            .chain((ids) =>
              fc
                .array(fc.boolean(), { minLength: ids.length, maxLength: ids.length })
                .map((doubt) => ids.map((id, i) => (doubt[i] === true ? unsureItem(id) : id))),
            ),
        },
      );
    case "number":
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(UNSURE) },
        { weight: 6, arbitrary: fc.integer({ min: q.min, max: Math.min(q.max, 400) }) },
      );
    default: {
      const unreachable: never = q;
      return unreachable;
    }
  }
}

/** Answers to a random subset of the knowledge base's questions, in random order. */
export function answersArbitrary(
  kb: KnowledgeBase,
  audience: "patient" | "all" = "patient",
): fc.Arbitrary<Answers> {
  const questions = kb.raw.questions.filter((q) => audience === "all" || q.audience === "patient");
  return fc
    .shuffledSubarray(questions, { minLength: 0, maxLength: 30 })
    .chain((qs) =>
      fc.tuple(...qs.map((q) => valueFor(q).map((v): [string, AnswerValue] => [q.id, v]))),
    )
    .map((entries) => Object.fromEntries(entries));
}
