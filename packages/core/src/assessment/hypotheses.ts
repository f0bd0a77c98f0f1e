// Reading the knowledge base per hypothesis (a condition, or one of its presentations): the
// serious-condition threshold that applies to it, and its display name. A presentation may
// carry its own threshold (an infected hip replacement needs a surgeon within a day, not an
// emergency department), otherwise it shares its condition's.
import type { Hypothesis, KnowledgeBase } from "../content/compile-knowledge-base.ts";
import type { Condition } from "../content/condition.schema.ts";

export type Serious = NonNullable<Condition["serious"]>;

/** The serious-condition threshold of a hypothesis, if any. */
export function seriousOf(kb: KnowledgeBase, h: Hypothesis): Serious | undefined {
  return h.presentation?.serious ?? kb.conditions.get(h.condition)?.serious;
}
