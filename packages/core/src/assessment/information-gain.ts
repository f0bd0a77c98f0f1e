// Expected information gain of asking a question: the mutual information, in bits, between
// the answer and the condition under the current posterior, I(C;A) = H(A) − H(A|C). Choice
// and number questions sum over their outcomes. A multi-choice question's answer is the
// vector of its yes/no options (independent given the condition), so H(A|C) is a sum of
// binary entropies and H(A) is computed exactly by enumerating the 2^k answer patterns over
// the conditions that still have weight. Uses the same likelihood tables as the update.
import type { CompiledBinary, CompiledQuestion } from "../content/compile-knowledge-base.ts";

const LOG2 = Math.log(2);
const ACTIVE = 1e-6;

function plogp(p: number): number {
  return p > 0 ? p * Math.log(p) : 0;
}

function exclusiveGain(
  outcomes: readonly { logLik: Float64Array }[],
  probs: Float64Array,
  active: readonly number[],
): number {
  let hA = 0;
  let hAgivenC = 0;
  for (const o of outcomes) {
    let pa = 0;
    for (const c of active) {
      const lik = Math.exp(o.logLik[c] ?? 0);
      const pc = probs[c] ?? 0;
      pa += pc * lik;
      hAgivenC -= pc * plogp(lik);
    }
    hA -= plogp(pa);
  }
  return Math.max(0, hA - hAgivenC) / LOG2;
}

function multiGain(
  options: readonly CompiledBinary[],
  probs: Float64Array,
  active: readonly number[],
): number {
  const yes = options.map((o) => active.map((c) => Math.exp(o.logYes[c] ?? 0)));
  let hAgivenC = 0;
  active.forEach((c, j) => {
    const pc = probs[c] ?? 0;
    for (const row of yes) {
      const py = row[j] ?? 0;
      hAgivenC -= pc * (plogp(py) + plogp(1 - py));
    }
  });
  let hA = 0;
  const walk = (depth: number, weights: Float64Array): void => {
    if (depth === yes.length) {
      hA -= plogp(weights.reduce((a, b) => a + b, 0));
      return;
    }
    const row = yes[depth] ?? [];
    walk(
      depth + 1,
      weights.map((w, j) => w * (row[j] ?? 0)),
    );
    walk(
      depth + 1,
      weights.map((w, j) => w * (1 - (row[j] ?? 0))),
    );
  };
  walk(
    0,
    Float64Array.from(active, (c) => probs[c] ?? 0),
  );
  return Math.max(0, hA - hAgivenC) / LOG2;
}

/** Expected reduction in entropy of the ranking (bits) from asking `cq`. */
export function expectedGainBits(cq: CompiledQuestion, probs: Float64Array): number {
  const active: number[] = [];
  probs.forEach((p, i) => {
    if (p > ACTIVE) {
      active.push(i);
    }
  });
  switch (cq.kind) {
    case "single":
    case "number":
      return exclusiveGain(cq.outcomes, probs, active);
    case "multi":
      return multiGain(cq.options, probs, active);
    default: {
      const unreachable: never = cq;
      return unreachable;
    }
  }
}

/** Shannon entropy of a distribution, in bits. */
export function entropyBits(probs: Float64Array): number {
  return -probs.reduce((s, p) => s + plogp(p), 0) / LOG2;
}
