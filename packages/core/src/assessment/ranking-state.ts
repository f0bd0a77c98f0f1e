// The ranking as state: log prior plus the summed log-likelihood of every answered finding.
// `rankingState` recomputes from all answers; `addAnswer` updates incrementally for one new
// finding answer. Both give the same numbers (a property test checks it), so callers may
// pick either. Probabilities come from a stable softmax of log prior plus the weighted
// evidence (policy.evidenceWeight, a correction for correlated findings). The state is kept per
// hypothesis (kb.hypotheses: each condition, then condition presentations); a condition's
// probability is the sum over its hypotheses.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import { answerLikelihood } from "./answer-likelihood.ts";
import type { AnswerValue, Answers } from "./answers.ts";
import { logPrior, priorInputs } from "./prior.ts";

/** Log prior and accumulated evidence, per hypothesis (kb.hypotheses order). */
export interface RankingState {
  readonly prior: Float64Array;
  readonly evidence: Float64Array;
}

/** Recompute the ranking state from every answer. */
export function rankingState(kb: KnowledgeBase, answers: Answers): RankingState {
  let state: RankingState = {
    prior: logPrior(kb, answers),
    evidence: new Float64Array(kb.hypotheses.length),
  };
  // Sum in content order, not answer order, so floating-point rounding cannot make the
  // result depend on the order the answers were given in.
  for (const q of kb.raw.questions) {
    const value = answers[q.id];
    if (value !== undefined) {
      state = addFinding(kb, state, q.id, value);
    }
  }
  return state;
}

function addFinding(
  kb: KnowledgeBase,
  state: RankingState,
  question: string,
  value: AnswerValue,
): RankingState {
  const cq = kb.findings.get(question);
  const lik = cq ? answerLikelihood(cq, value) : null;
  if (lik === null) {
    return state;
  }
  const evidence = state.evidence.map((e, i) => e + (lik.logLik[i] ?? 0));
  return { prior: state.prior, evidence };
}

/**
 * Incremental update after appending answer `question = value` to `answers` (which must not
 * already contain `question`). Demographic answers and presentation gates recompute the prior.
 */
export function addAnswer(
  kb: KnowledgeBase,
  state: RankingState,
  answers: Answers,
  question: string,
  value: AnswerValue,
): RankingState {
  const next = kb.findings.has(question) ? addFinding(kb, state, question, value) : state;
  if (!priorInputs(kb).has(question)) {
    return next;
  }
  return { prior: logPrior(kb, { ...answers, [question]: value }), evidence: next.evidence };
}

/** Normalized probabilities from log scores (softmax; -Infinity stays 0). */
export function softmax(scores: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) {
    if (s > max) {
      max = s;
    }
  }
  const out = scores.map((s) => (Number.isFinite(s) ? Math.exp(s - max) : 0));
  const total = out.reduce((a, b) => a + b, 0);
  return out.map((p) => p / total);
}

/** Log posterior scores per hypothesis: log prior + evidenceWeight × summed log-likelihood. */
export function logScores(kb: KnowledgeBase, state: RankingState): Float64Array {
  const w = kb.raw.policy.evidenceWeight;
  return state.prior.map((p, i) => p + w * (state.evidence[i] ?? 0));
}

/** Posterior probability of each hypothesis (kb.hypotheses order). */
export function hypothesisProbabilities(kb: KnowledgeBase, state: RankingState): Float64Array {
  return softmax(logScores(kb, state));
}

/** Condition probabilities (kb.conditionIds order) from hypothesis probabilities. */
export function byCondition(kb: KnowledgeBase, hypothesisProbs: Float64Array): Float64Array {
  const out = new Float64Array(kb.conditionIds.length);
  kb.hypotheses.forEach((h, i) => {
    out[h.conditionIndex] = (out[h.conditionIndex] ?? 0) + (hypothesisProbs[i] ?? 0);
  });
  return out;
}

/** Posterior probability of each condition (kb.conditionIds order). */
export function probabilities(kb: KnowledgeBase, state: RankingState): Float64Array {
  return byCondition(kb, hypothesisProbabilities(kb, state));
}
