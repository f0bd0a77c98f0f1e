// @ilio/content: Ilio's clinical knowledge base as validated, typed data. Imports the
// bundle that scripts/build.ts generates from data/*.json and parses it with core's
// loader. Contains no reasoning (that lives in @ilio/core) and no I/O, so it runs in the
// browser too.
import { loadKnowledgeBase, type KnowledgeBase } from "@ilio/core";
import bundle from "../generated/knowledge-base.json" with { type: "json" };

export { countKnowledgeBase, type KnowledgeBaseCounts } from "./count.ts";

/** The raw bundle, exactly as generated (for tools that re-validate or export it). */
export const rawKnowledgeBase: unknown = bundle;

/**
 * Load the bundled knowledge base, throwing with every problem listed if it is invalid
 * (which the build and CI prevent; a throw here means a stale or hand-edited bundle).
 */
export function loadBundledKnowledgeBaseOrThrow(): KnowledgeBase {
  const result = loadKnowledgeBase(bundle);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n");
    throw new Error(
      `the bundled knowledge base is invalid (${result.problems.length} problems):\n${lines}`,
    );
  }
  return result.kb;
}

/** The validated knowledge base (loaded once, when this module is imported). */
export const knowledgeBase: KnowledgeBase = loadBundledKnowledgeBaseOrThrow();
