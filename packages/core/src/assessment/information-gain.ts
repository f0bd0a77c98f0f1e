// Expected information gain of asking a question: the mutual information, in bits, between
// the answer and the condition under the current posterior, I(C;A) = H(A) − H(A|C). Choice
// and number questions sum over their outcomes. A multi-choice question's answer is the
// vector of its yes/no options (independent given the condition), so H(A|C) is a sum of
// binary entropies and H(A) is computed exactly by enumerating the 2^k answer patterns over
// the conditions that still have weight. Uses the same likelihood tables as the update.
import type { CompiledBinary, CompiledQuestion } from "../content/compile-knowledge-base.ts";

const LOG2 = Math.log(2);
const ACTIVE = 1e-6;
const PRUNE = 1e-7;
// A multi-choice question with k options has 2^k answer patterns, most of them nearly
// impossible; patterns below this weight are skipped. Thousands of skipped patterns together
// stay far below 0.001 bits at 1e-11 (at 1e-7 they reached 0.003 bits for 12 options, enough
// to reorder close questions).
const MULTI_PRUNE = 1e-11;
/** An option ticked, then not ticked. */
const BOTH = [true, false] as const;

function plogp(p: number): number {
  return p > 0 ? p * Math.log(p) : 0;
}

function exclusiveGain(
  outcomes: readonly { lik: Float64Array }[],
  probs: Float64Array,
  active: readonly number[],
): number {
  let hA = 0;
  let hAgivenC = 0;
  for (const o of outcomes) {
    let pa = 0;
    for (const c of active) {
      const lik = o.lik[c] ?? 0;
      const pc = probs[c] ?? 0;
      pa += pc * lik;
      hAgivenC -= pc * plogp(lik);
    }
    hA -= plogp(pa);
  }
  return Math.max(0, hA - hAgivenC) / LOG2;
}

/**
 * The options whose P(yes) differs between active hypotheses. An option with the same P(yes)
 * for all of them is independent of the condition: it adds the same amount to H(A) and to
 * H(A|C) and changes no posterior, so leaving it out of the 2^k enumeration changes no gain.
 */
function informative(
  options: readonly CompiledBinary[],
  active: readonly number[],
): CompiledBinary[] {
  return options.filter((o) => {
    const first = o.yes[active[0] ?? 0] ?? 0;
    return active.some((c) => (o.yes[c] ?? 0) !== first);
  });
}

function multiGain(
  all: readonly CompiledBinary[],
  probs: Float64Array,
  active: readonly number[],
): number {
  const options = informative(all, active);
  const m = active.length;
  const yes = options.map((o) => Float64Array.from(active, (c) => o.yes[c] ?? 0));
  let hAgivenC = 0;
  active.forEach((c, j) => {
    const pc = probs[c] ?? 0;
    for (const row of yes) {
      const py = row[j] ?? 0;
      hAgivenC -= pc * (plogp(py) + plogp(1 - py));
    }
  });
  // H(A) over the 2^k answer patterns, depth first with one weight buffer per depth (no
  // allocation per node), skipping branches lighter than MULTI_PRUNE.
  const buffers = Array.from({ length: yes.length + 1 }, () => new Float64Array(m));
  const root = buffers[0] ?? new Float64Array(m);
  active.forEach((c, j) => {
    root[j] = probs[c] ?? 0;
  });
  let hA = 0;
  const walk = (depth: number, total: number): void => {
    if (depth === yes.length) {
      hA -= plogp(total);
      return;
    }
    if (total < MULTI_PRUNE) {
      return;
    }
    const weights = buffers[depth] ?? root;
    const next = buffers[depth + 1] ?? root;
    const row = yes[depth] ?? next;
    let sum = 0;
    for (let j = 0; j < m; j++) {
      const w = (weights[j] ?? 0) * (row[j] ?? 0);
      next[j] = w;
      sum += w;
    }
    walk(depth + 1, sum);
    sum = 0;
    for (let j = 0; j < m; j++) {
      const w = (weights[j] ?? 0) * (1 - (row[j] ?? 0));
      next[j] = w;
      sum += w;
    }
    walk(depth + 1, sum);
  };
  walk(
    0,
    root.reduce((a, b) => a + b, 0),
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

function binaryEntropy(p: number): number {
  return -(plogp(p) + plogp(1 - p)) / LOG2;
}

/**
 * Expected information (bits) the answer to `cq` gives about whether the person has condition
 * `c` or something else, for each index in `targets`: the binary partition {c} versus the rest,
 * I(1[C=c]; A) = H_b(p_c) − Σ_a P(a)·H_b(P(c|a)). Used to keep asking while a serious
 * condition is undecided even though the ranking as a whole is settled. Same likelihood tables
 * and answer-pattern enumeration as `expectedGainBits`.
 */
export function conditionGainBits(
  cq: CompiledQuestion,
  probs: Float64Array,
  targets: readonly number[],
): Float64Array {
  const active: number[] = [];
  probs.forEach((p, i) => {
    if (p > ACTIVE || targets.includes(i)) {
      active.push(i);
    }
  });
  const at = targets.map((t) => active.indexOf(t));
  const after = new Float64Array(targets.length);
  // `weights[j]` = P(C = active[j], A = a) for one answer a.
  const addAnswer = (weights: ArrayLike<number>): void => {
    let pa = 0;
    for (let j = 0; j < weights.length; j++) {
      pa += weights[j] ?? 0;
    }
    if (pa <= 0) {
      return;
    }
    at.forEach((j, k) => {
      after[k] = (after[k] ?? 0) + pa * binaryEntropy((weights[j] ?? 0) / pa);
    });
  };
  if (cq.kind === "multi") {
    const yes = informative(cq.options, active).map((o) =>
      Float64Array.from(active, (c) => o.yes[c] ?? 0),
    );
    const m = active.length;
    // Depth first with one weight buffer per depth (no allocation per node), as in multiGain.
    const buffers = Array.from({ length: yes.length + 1 }, () => new Float64Array(m));
    const root = buffers[0] ?? new Float64Array(m);
    let rootSum = 0;
    active.forEach((c, j) => {
      root[j] = probs[c] ?? 0;
      rootSum += root[j] ?? 0;
    });
    const walk = (depth: number, total: number): void => {
      if (depth === yes.length) {
        addAnswer(buffers[depth] ?? root);
        return;
      }
      // A branch this improbable cannot change the result at the precision that matters
      // (it contributes at most its probability, in bits); skipping it keeps the search fast.
      if (total < PRUNE) {
        return;
      }
      const weights = buffers[depth] ?? root;
      const next = buffers[depth + 1] ?? root;
      const row = yes[depth] ?? next;
      for (const ticked of BOTH) {
        let sum = 0;
        for (let j = 0; j < m; j++) {
          const py = row[j] ?? 0;
          const w = (weights[j] ?? 0) * (ticked ? py : 1 - py);
          next[j] = w;
          sum += w;
        }
        walk(depth + 1, sum);
      }
    };
    walk(0, rootSum);
  } else {
    for (const o of cq.outcomes) {
      addAnswer(active.map((c) => (probs[c] ?? 0) * (o.lik[c] ?? 0)));
    }
  }
  return Float64Array.from(targets, (t, k) =>
    Math.max(0, binaryEntropy(probs[t] ?? 0) - (after[k] ?? 0)),
  );
}

/** Shannon entropy of a distribution, in bits. */
export function entropyBits(probs: Float64Array): number {
  return -probs.reduce((s, p) => s + plogp(p), 0) / LOG2;
}
