// The adaptive interview. Order: (1) every red-flag question that applies and is unanswered,
// in content order (they are never skipped: no ranking question is asked and the interview
// never finishes while one is pending); (2) the other `always` questions (inputs of triage
// rules); (3) the question with the largest expected information gain about the ranking.
// Stops when the top condition reaches the content threshold, when no question is expected
// to teach more than ε bits, or at the cap; but before it finishes, (4) any question whose
// answer could still raise the care the leading condition needs (triage-question.ts), as
// those answers decide the level rather than the ranking; near the cap they go first. A pure
// function of the answers, so "back" is just removing the last answer.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import type { Question } from "../content/question.schema.ts";
import type { Answers } from "./answers.ts";
import { applies, pendingRedFlagQuestions } from "./askable.ts";
import { evaluateState } from "./evaluate.ts";
import { conditionGainBits, entropyBits, expectedGainBits } from "./information-gain.ts";
import { seriousOf } from "./hypotheses.ts";
import { byCondition, hypothesisProbabilities, rankingState } from "./ranking-state.ts";
import type { AssessmentResult } from "./result.ts";
import { triageQuestions } from "./triage-question.ts";

/** Who is answering: clinicians may also be offered examination findings. */
export type Audience = "patient" | "clinician";

export interface Progress {
  readonly asked: number;
  readonly estimatedTotal: number;
}

export type NextStep =
  | { readonly kind: "question"; readonly question: Question; readonly progress: Progress }
  | { readonly kind: "done"; readonly result: AssessmentResult };

export interface NextStepOptions {
  readonly audience?: Audience;
}

function candidates(kb: KnowledgeBase, answers: Answers, audience: Audience): Question[] {
  return kb.raw.questions.filter(
    (q) =>
      answers[q.id] === undefined &&
      (q.audience === "patient" || audience === "clinician") &&
      applies(q, answers),
  );
}

function binaryEntropyBits(p: number): number {
  return p <= 0 || p >= 1 ? 0 : -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}

/**
 * When the ranking is settled (or no question teaches it more), a serious condition (or
 * presentation; `probs` are per hypothesis) can still be undecided: at least
 * `interview.serious.floor` and below its own `serious.probability`.
 * Returns the question that resolves the largest share of the uncertainty about one such
 * condition versus the rest (binary information gain / binary entropy), when that share
 * reaches `interview.serious.minShare`.
 */
function seriousQuestion(
  kb: KnowledgeBase,
  open: readonly Question[],
  probs: Float64Array,
): Question | undefined {
  const { floor, minShare } = kb.raw.policy.interview.serious;
  const targets: number[] = [];
  kb.hypotheses.forEach((h, i) => {
    const threshold = seriousOf(kb, h)?.probability;
    const p = probs[i] ?? 0;
    if (threshold !== undefined && p >= floor && p < threshold) {
      targets.push(i);
    }
  });
  if (targets.length === 0) {
    return undefined;
  }
  const entropy = targets.map((t) => binaryEntropyBits(probs[t] ?? 0));
  let best: Question | undefined;
  let bestShare = minShare;
  for (const q of open) {
    const cq = kb.findings.get(q.id);
    if (cq === undefined) {
      continue;
    }
    const gains = conditionGainBits(cq, probs, targets);
    gains.forEach((g, k) => {
      const h = entropy[k] ?? 0;
      const share = h > 0 ? g / h : 0;
      if (share > bestShare) {
        best = q;
        bestShare = share;
      }
    });
  }
  return best;
}

/** The next question to ask, or the result when the interview is done. */
export function nextStep(
  kb: KnowledgeBase,
  answers: Answers,
  options: NextStepOptions = {},
): NextStep {
  const audience = options.audience ?? "patient";
  const open = candidates(kb, answers, audience);
  const asked = Object.keys(answers).length;
  const pendingFlags = pendingRedFlagQuestions(kb, answers);
  const screening = open.filter((q) => q.redFlag || q.always);
  const { interview } = kb.raw.policy;
  const cap = audience === "clinician" ? interview.maxQuestionsClinician : interview.maxQuestions;
  const state = rankingState(kb, answers);
  // The question search works per hypothesis; the stop rule reads conditions.
  const probs = hypothesisProbabilities(kb, state);
  const remainingGuess = Math.max(
    0,
    Math.min(cap - asked - screening.length, Math.ceil(entropyBits(probs) / 0.6)),
  );
  const progress = (extra: number): Progress => ({
    asked,
    estimatedTotal: asked + screening.length + extra,
  });
  const firstFlag = open.find((q) => q.redFlag && pendingFlags.includes(q.id));
  if (firstFlag !== undefined) {
    return { kind: "question", question: firstFlag, progress: progress(remainingGuess) };
  }
  const firstAlways = screening[0];
  if (firstAlways !== undefined) {
    return { kind: "question", question: firstAlways, progress: progress(remainingGuess) };
  }
  // Questions that could still raise the care level are asked before the interview finishes,
  // and moved ahead of the ranking questions when the cap would otherwise leave no room.
  const current = evaluateState(kb, answers, state, { explain: false });
  const raising = triageQuestions(kb, answers, open, current.ranking, current.triage.level);
  const firstRaising = raising[0];
  if (firstRaising !== undefined && asked < cap && asked + raising.length >= cap) {
    return { kind: "question", question: firstRaising, progress: progress(raising.length) };
  }
  const top = byCondition(kb, probs).reduce((m, p) => Math.max(m, p), 0);
  if (asked >= cap) {
    return { kind: "done", result: evaluateState(kb, answers, state) };
  }
  if (top < interview.stopWhenTopAtLeast) {
    let best: Question | undefined;
    let bestGain = interview.minGainBits;
    for (const q of open) {
      const cq = kb.findings.get(q.id);
      const gain = cq ? expectedGainBits(cq, probs) : 0;
      if (gain > bestGain) {
        best = q;
        bestGain = gain;
      }
    }
    if (best !== undefined) {
      return { kind: "question", question: best, progress: progress(Math.max(1, remainingGuess)) };
    }
  }
  const serious = seriousQuestion(kb, open, probs);
  if (serious !== undefined) {
    return { kind: "question", question: serious, progress: progress(1) };
  }
  if (firstRaising !== undefined) {
    return { kind: "question", question: firstRaising, progress: progress(raising.length) };
  }
  return { kind: "done", result: evaluateState(kb, answers, state) };
}
