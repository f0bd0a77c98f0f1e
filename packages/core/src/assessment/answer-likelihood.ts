// The likelihood of one answer: log P(answer | hypothesis) for every hypothesis and
// log P(answer | reference population), read from the compiled tables. A multi-choice answer
// is the product over its options (ticked = yes, not ticked = no, an item marked "not sure"
// contributes nothing); "unsure", a missing or unreadable answer gives no update (null).
import type { CompiledQuestion } from "../content/compile-knowledge-base.ts";
import { isOptionList, itemAnswer, UNSURE, UNSURE_ITEM, type AnswerValue } from "./answers.ts";

/** Log-likelihood of one answer, per hypothesis and for the reference population. */
export interface AnswerLikelihood {
  readonly logLik: Float64Array;
  readonly logRef: number;
}

function bandIndex(cq: CompiledQuestion, value: number): number {
  if (cq.question.kind !== "number") {
    return -1;
  }
  return cq.question.bands.findIndex(
    (b) => (b.gte === undefined || value >= b.gte) && (b.lt === undefined || value < b.lt),
  );
}

/** The likelihood of `value` for question `cq`, or null when it carries no information. */
export function answerLikelihood(
  cq: CompiledQuestion,
  value: AnswerValue | undefined,
): AnswerLikelihood | null {
  if (value === undefined || value === UNSURE) {
    return null;
  }
  switch (cq.kind) {
    case "single": {
      const outcome = cq.outcomes.find((o) => o.id === value);
      return outcome ? { logLik: outcome.logLik, logRef: outcome.logRef } : null;
    }
    case "number": {
      if (typeof value !== "number") {
        return null;
      }
      const outcome = cq.outcomes[bandIndex(cq, value)];
      return outcome ? { logLik: outcome.logLik, logRef: outcome.logRef } : null;
    }
    case "multi": {
      if (!isOptionList(value)) {
        return null;
      }
      const logLik = new Float64Array(cq.options[0]?.logYes.length ?? 0);
      let logRef = 0;
      const itemized = value.some((v) => v.startsWith(UNSURE_ITEM));
      for (const option of cq.options) {
        const said = itemized
          ? itemAnswer(value, option.id)
          : value.includes(option.id)
            ? "yes"
            : "no";
        if (said === "unsure") {
          continue;
        }
        const yes = said === "yes";
        const row = yes ? option.logYes : option.logNo;
        for (let i = 0; i < logLik.length; i++) {
          logLik[i] = (logLik[i] ?? 0) + (row[i] ?? 0);
        }
        logRef += yes ? option.logRefYes : option.logRefNo;
      }
      return { logLik, logRef };
    }
    default: {
      const unreachable: never = cq;
      return unreachable;
    }
  }
}
