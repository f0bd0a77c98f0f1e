// Parses raw knowledge-base data at the boundary: every schema error with its path, then
// every cross-reference problem (checkKnowledgeBase), and only then compiles. Collects all
// problems and fails once. Pure: the caller reads the files.
import { Value, type ValueError } from "@sinclair/typebox/value";
import { checkKnowledgeBase } from "./check-knowledge-base.ts";
import { compileKnowledgeBase, type KnowledgeBase } from "./compile-knowledge-base.ts";
import { RawKnowledgeBase } from "./knowledge-base.schema.ts";
import type { Problem } from "./problem.ts";

/** The knowledge base, or every problem found in it. */
export type LoadKnowledgeBaseResult =
  | { readonly ok: true; readonly kb: KnowledgeBase }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * A union mismatch ("Expected union value") says little; report instead the errors of the
 * variant that matched best (fewest errors, e.g. the one whose `kind` is right).
 */
function explain(error: ValueError): ValueError[] {
  if (error.errors.length === 0) {
    return [error];
  }
  const variants = error.errors.map((iterator) => [...iterator]);
  const best = variants.reduce((a, b) => (b.length < a.length ? b : a));
  return best.length === 0 ? [error] : best.flatMap(explain);
}

function schemaProblems(raw: unknown): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const error of [...Value.Errors(RawKnowledgeBase, raw)].flatMap(explain)) {
    const path = error.path === "" ? "/" : error.path;
    const key = `${path} ${error.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ path, message: error.message });
    }
  }
  return out;
}

/** Validate and compile raw knowledge-base data; never throws. */
export function loadKnowledgeBase(raw: unknown): LoadKnowledgeBaseResult {
  const problems = schemaProblems(raw);
  if (problems.length > 0 || !Value.Check(RawKnowledgeBase, raw)) {
    return { ok: false, problems };
  }
  const crossProblems = checkKnowledgeBase(raw);
  if (crossProblems.length > 0) {
    return { ok: false, problems: crossProblems };
  }
  return { ok: true, kb: compileKnowledgeBase(raw) };
}

/** Validate and compile, throwing one error that lists every problem (for tests and scripts). */
export function loadKnowledgeBaseOrThrow(raw: unknown): KnowledgeBase {
  const result = loadKnowledgeBase(raw);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n");
    throw new Error(`invalid knowledge base (${result.problems.length} problems):\n${lines}`);
  }
  return result.kb;
}
