// Counts of what a knowledge base contains, by kind: printed by the content build and by
// `ilio content check`. Pure.
import type { Basis, KnowledgeBase } from "@ilio/core";

/** Number of items of each kind in the knowledge base. */
export type KnowledgeBaseCounts = Readonly<Record<string, number>>;

/** Count conditions, questions, findings, likelihood ratios, rules, sources and estimates. */
export function countKnowledgeBase(kb: KnowledgeBase): KnowledgeBaseCounts {
  const raw = kb.raw;
  let findings = 0;
  let ratios = 0;
  const bases: Basis[] = [raw.policy.basis];
  for (const q of raw.questions) {
    const items = q.kind === "number" ? q.bands : q.options;
    for (const f of items) {
      if (q.role === undefined) {
        findings++;
      }
      ratios += Object.keys(f.lr ?? {}).length + Object.keys(f.lrNo ?? {}).length;
      bases.push(f.basis, ...Object.values(f.lrBasis ?? {}));
    }
  }
  for (const c of raw.conditions) {
    bases.push(c.prior.basis, c.triage.basis);
    if (c.serious) {
      bases.push(c.serious.basis);
    }
    bases.push(...(c.priorFactors ?? []).map((f) => f.basis));
    for (const p of c.presentations ?? []) {
      bases.push(p.basis, p.ratiosBasis, ...(p.serious ? [p.serious.basis] : []));
    }
  }
  bases.push(...raw.redFlags.map((r) => r.basis));
  return {
    conditions: raw.conditions.length,
    "condition presentations": raw.conditions.reduce(
      (s, c) => s + (c.presentations?.length ?? 0),
      0,
    ),
    questions: raw.questions.length,
    "patient questions": raw.questions.filter((q) => q.audience === "patient").length,
    "clinician questions": raw.questions.filter((q) => q.audience === "clinician").length,
    "red-flag questions": raw.questions.filter((q) => q.redFlag).length,
    "self-checks": raw.questions.filter((q) => q.howTo !== undefined && q.audience === "patient")
      .length,
    findings,
    "likelihood ratios": ratios,
    "red-flag rules": raw.redFlags.length,
    "consistency rules": raw.consistency.length,
    "triage raises": raw.conditions.reduce((s, c) => s + c.triage.raises.length, 0),
    sources: raw.sources.length,
    "numbers from sources": bases.filter((b) => b.kind === "source").length,
    estimates: bases.filter((b) => b.kind === "estimate").length,
    pages: raw.pages.length,
  };
}
