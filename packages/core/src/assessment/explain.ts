// Explanations. `why`: the answers that moved a condition most, each with its likelihood
// ratio against the reference population. `wouldChange`: for every question that applies and
// is not answered, each possible answer's effect on every condition, keeping the three that
// would move each condition the most. Multi-choice options are judged one at a time (ticked,
// others unknown), which their independence makes exact.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import { answerLikelihood } from "./answer-likelihood.ts";
import type { Answers } from "./answers.ts";
import { applies } from "./askable.ts";
import type { RankingState } from "./ranking-state.ts";
import { logScores, softmax } from "./ranking-state.ts";
import type { Evidence, WouldChange } from "./result.ts";

const WHY_LIMIT = 5;
const CHANGE_LIMIT = 3;

/** The answers that moved condition `index` most, strongest first. */
export function whyFor(kb: KnowledgeBase, answers: Answers, index: number): Evidence[] {
  const out: Evidence[] = [];
  for (const [question, answer] of Object.entries(answers)) {
    const cq = kb.findings.get(question);
    const lik = cq ? answerLikelihood(cq, answer) : null;
    if (lik === null) continue;
    const effect = Math.exp((lik.logLik[index] ?? 0) - lik.logRef);
    if (Math.abs(Math.log(effect)) > 0.05) out.push({ question, answer, effect: Math.round(effect * 100) / 100 });
  }
  out.sort((a, b) => Math.abs(Math.log(b.effect)) - Math.abs(Math.log(a.effect)));
  return out.slice(0, WHY_LIMIT);
}

interface Hypothesis {
  readonly question: string;
  readonly answer: string;
  readonly posterior: Float64Array;
}

function hypotheses(kb: KnowledgeBase, answers: Answers, state: RankingState): Hypothesis[] {
  const base = logScores(kb, state);
  const w = kb.raw.policy.evidenceWeight;
  const out: Hypothesis[] = [];
  for (const [id, cq] of kb.findings) {
    const q = cq.question;
    if (q.audience !== "patient" || answers[id] !== undefined || !applies(q, answers)) continue;
    const rows =
      cq.kind === "multi"
        ? cq.options.map((o) => ({ answer: o.id, logLik: o.logYes }))
        : cq.outcomes.map((o) => ({ answer: o.id, logLik: o.logLik }));
    for (const row of rows) {
      out.push({ question: id, answer: row.answer, posterior: softmax(base.map((b, i) => b + w * (row.logLik[i] ?? 0))) });
    }
  }
  return out;
}

/** For each condition, the unanswered answers that would change its probability most. */
export function wouldChangeAll(kb: KnowledgeBase, answers: Answers, state: RankingState, current: Float64Array): WouldChange[][] {
  const all = hypotheses(kb, answers, state);
  return kb.conditionIds.map((_, i) => {
    const now = current[i] ?? 0;
    return all
      .map((h) => ({ question: h.question, answer: h.answer, probability: h.posterior[i] ?? 0 }))
      .sort((a, b) => Math.abs(b.probability - now) - Math.abs(a.probability - now))
      .slice(0, CHANGE_LIMIT)
      .filter((w) => Math.abs(w.probability - now) > 0.01)
      .map((w) => ({ ...w, probability: Math.round(w.probability * 1000) / 1000 }));
  });
}
