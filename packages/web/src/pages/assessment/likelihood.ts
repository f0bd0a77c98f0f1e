// Turns a probability into plain words and a four-step bar, never a percentage: the
// numbers come from estimated likelihood ratios and would suggest a precision the engine
// does not have (REFERENCE.md §1: possibilities, not a diagnosis).

/** A likelihood step, 1 (least) to 4 (most). */
export type LikelihoodStep = 1 | 2 | 3 | 4;

/** How a probability is shown. */
export interface Likelihood {
  readonly step: LikelihoodStep;
  readonly words: string;
}

/** The words and bar step for a probability between 0 and 1. */
export function likelihood(probability: number): Likelihood {
  if (probability >= 0.5) {
    return { step: 4, words: "Likely" };
  }
  if (probability >= 0.2) {
    return { step: 3, words: "Quite possible" };
  }
  if (probability >= 0.05) {
    return { step: 2, words: "Possible" };
  }
  return { step: 1, words: "Less likely" };
}
