// evaluate(kb, answers): the full assessment for a set of answers. Deterministic: the same
// answers and content give the same result, whatever order the answers were given in (only
// `asked` keeps the order). Pure and fast: no I/O, no clock, no randomness.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import type { Answers } from "./answers.ts";
import { pendingRedFlagQuestions } from "./askable.ts";
import { whyAll, wouldChangeAll } from "./explain.ts";
import { firedRedFlags } from "./red-flags.ts";
import {
  byCondition,
  hypothesisProbabilities,
  rankingState,
  type RankingState,
} from "./ranking-state.ts";
import type { AssessmentResult, RankedCondition } from "./result.ts";
import { computeTriage } from "./triage.ts";

/** Options for evaluate: explanations can be skipped when only numbers are needed. */
export interface EvaluateOptions {
  readonly explain?: boolean;
}

/** The ranking of all conditions, highest first; ties keep contract order. */
export function rankConditions(
  kb: KnowledgeBase,
  probs: Float64Array,
): { condition: string; index: number; probability: number }[] {
  return kb.conditionIds
    .map((condition, index) => ({ condition, index, probability: probs[index] ?? 0 }))
    .sort((a, b) => b.probability - a.probability || a.index - b.index);
}

/** Evaluate answers from a ranking state already computed for them. */
export function evaluateState(
  kb: KnowledgeBase,
  answers: Answers,
  state: RankingState,
  options: EvaluateOptions = {},
): AssessmentResult {
  const explain = options.explain ?? true;
  const hypotheses = hypothesisProbabilities(kb, state);
  const probs = byCondition(kb, hypotheses);
  const fired = firedRedFlags(kb, answers);
  const pending = pendingRedFlagQuestions(kb, answers);
  const triage = computeTriage(kb, answers, hypotheses, fired, pending);
  const changes = explain ? wouldChangeAll(kb, answers, state, probs) : [];
  const why = explain ? whyAll(kb, answers, hypotheses) : [];
  const ranking: RankedCondition[] = rankConditions(kb, probs).map((r) => ({
    condition: r.condition,
    probability: r.probability,
    why: why[r.index] ?? [],
    wouldChange: changes[r.index] ?? [],
  }));
  const { policy } = kb.raw;
  const notRuledOut =
    triage.level === "emergency"
      ? []
      : ranking
          .slice(policy.notRuledOut.afterTop)
          .filter(
            (r) =>
              r.probability >= policy.notRuledOut.atLeast &&
              kb.conditions.get(r.condition)?.serious !== undefined,
          )
          .map((r) => ({ condition: r.condition, probability: r.probability }));
  return {
    contentVersion: kb.contentVersion,
    triage,
    ranking,
    redFlags: fired,
    notRuledOut,
    asked: Object.keys(answers).filter((id) => kb.questions.has(id)),
    complete: pending.length === 0,
    pendingRedFlags: pending,
    safetyNet: [...policy.safetyNet.always, ...policy.safetyNet[triage.level]],
    notADiagnosis: policy.notADiagnosis,
  };
}

/** The assessment for these answers (validate them first with validateAnswers). */
export function evaluate(
  kb: KnowledgeBase,
  answers: Answers,
  options: EvaluateOptions = {},
): AssessmentResult {
  return evaluateState(kb, answers, rankingState(kb, answers), options);
}
