// Explanations. `why`: the answers that moved a condition most, each with its likelihood
// ratio against the reference population. `wouldChange`: for every question that applies and
// is not answered, each possible answer's effect on every condition, keeping the three that
// would move each condition the most. Multi-choice options are judged one at a time (ticked,
// others unknown), which their independence makes exact. A condition with several
// presentations is explained by the one most probable now.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import { answerLikelihood } from "./answer-likelihood.ts";
import type { Answers } from "./answers.ts";
import { applies } from "./askable.ts";
import type { RankingState } from "./ranking-state.ts";
import { logScores } from "./ranking-state.ts";
import type { Evidence, WouldChange } from "./result.ts";

const WHY_LIMIT = 5;
const CHANGE_LIMIT = 3;

/** For each condition, the hypothesis (itself or a presentation) with the most weight. */
function leadingHypotheses(kb: KnowledgeBase, hypothesisProbs: Float64Array): number[] {
  const lead = kb.conditionIds.map((_, i) => i);
  kb.hypotheses.forEach((h, i) => {
    const current = lead[h.conditionIndex] ?? h.conditionIndex;
    if ((hypothesisProbs[i] ?? 0) > (hypothesisProbs[current] ?? 0)) {
      lead[h.conditionIndex] = i;
    }
  });
  return lead;
}

/** For every condition (kb.conditionIds order), the answers that moved it most, strongest first. */
export function whyAll(
  kb: KnowledgeBase,
  answers: Answers,
  hypothesisProbs: Float64Array,
): Evidence[][] {
  // Each answer's likelihoods are computed once and read for every condition.
  const liks = Object.entries(answers).flatMap(([question, answer]) => {
    const cq = kb.findings.get(question);
    const lik = cq ? answerLikelihood(cq, answer) : null;
    return lik === null ? [] : [{ question, answer, lik }];
  });
  return leadingHypotheses(kb, hypothesisProbs).map((index) => {
    const out: Evidence[] = [];
    for (const { question, answer, lik } of liks) {
      const effect = Math.exp((lik.logLik[index] ?? 0) - lik.logRef);
      if (Math.abs(Math.log(effect)) > 0.05) {
        out.push({ question, answer, effect: Math.round(effect * 100) / 100 });
      }
    }
    out.sort((a, b) => Math.abs(Math.log(b.effect)) - Math.abs(Math.log(a.effect)));
    return out.slice(0, WHY_LIMIT);
  });
}

interface Candidate {
  readonly question: string;
  readonly answer: string;
  readonly probability: number;
  readonly delta: number;
}

/** Insert `c` into `top` (kept sorted by |delta|, at most CHANGE_LIMIT long). */
function keepTop(top: Candidate[], c: Candidate): void {
  if (top.length === CHANGE_LIMIT && (top[CHANGE_LIMIT - 1]?.delta ?? 0) >= c.delta) {
    return;
  }
  let i = top.length;
  while (i > 0 && (top[i - 1]?.delta ?? 0) < c.delta) {
    i--;
  }
  top.splice(i, 0, c);
  if (top.length > CHANGE_LIMIT) {
    top.pop();
  }
}

/** Softmax of `scores` written into `out` (no allocation: this runs for every answer). */
function softmaxInto(scores: Float64Array, out: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) {
    if (s > max) {
      max = s;
    }
  }
  let total = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] ?? Number.NEGATIVE_INFINITY;
    const e = Number.isFinite(s) ? Math.exp(s - max) : 0;
    out[i] = e;
    total += e;
  }
  for (let i = 0; i < out.length; i++) {
    out[i] = (out[i] ?? 0) / total;
  }
}

/** For each condition, the unanswered answers that would change its probability most. */
export function wouldChangeAll(
  kb: KnowledgeBase,
  answers: Answers,
  state: RankingState,
  current: Float64Array,
): WouldChange[][] {
  const base = logScores(kb, state);
  const w = kb.raw.policy.evidenceWeight;
  const h = kb.hypotheses.length;
  const n = kb.conditionIds.length;
  const tops: Candidate[][] = kb.conditionIds.map(() => []);
  const scores = new Float64Array(h);
  const posterior = new Float64Array(h);
  const byCondition = new Float64Array(n);
  for (const [id, cq] of kb.findings) {
    const q = cq.question;
    if (q.audience !== "patient" || answers[id] !== undefined || !applies(q, answers)) {
      continue;
    }
    const rows =
      cq.kind === "multi"
        ? cq.options.map((o) => ({ answer: o.id, logLik: o.logYes }))
        : cq.outcomes.map((o) => ({ answer: o.id, logLik: o.logLik }));
    for (const row of rows) {
      for (let i = 0; i < h; i++) {
        scores[i] = (base[i] ?? 0) + w * (row.logLik[i] ?? 0);
      }
      softmaxInto(scores, posterior);
      byCondition.fill(0);
      kb.hypotheses.forEach((hyp, i) => {
        byCondition[hyp.conditionIndex] =
          (byCondition[hyp.conditionIndex] ?? 0) + (posterior[i] ?? 0);
      });
      for (let i = 0; i < n; i++) {
        const probability = byCondition[i] ?? 0;
        const delta = Math.abs(probability - (current[i] ?? 0));
        if (delta > 0.01) {
          keepTop(tops[i] ?? [], { question: id, answer: row.answer, probability, delta });
        }
      }
    }
  }
  return tops.map((top) =>
    top.map((c) => ({
      question: c.question,
      answer: c.answer,
      probability: Math.round(c.probability * 1000) / 1000,
    })),
  );
}
