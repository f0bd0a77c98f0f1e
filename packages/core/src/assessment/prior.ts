// Log priors per condition from the demographic answers: weight × age-band multiplier ×
// sex multiplier, all from content data. An unknown age uses multiplier 1; an unknown sex
// uses the mean of the female and male multipliers. A multiplier of 0 (e.g. prostatitis in
// a female) gives a prior of exactly 0, which stays 0 whatever the findings. A condition's
// other presentation has its own weight (with the condition's multipliers) when its `when`
// holds, and no prior otherwise (an unanswered gate counts as not holding). A condition's
// `priorFactors` scale its prior when their rule holds (a replaced hip cannot wear out).
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import type { Answers } from "./answers.ts";
import { evaluateExpression, expressionInputs } from "./evaluate-expression.ts";

function roleValue(
  kb: KnowledgeBase,
  answers: Answers,
  role: "age" | "sex",
): string | number | undefined {
  const question = kb.raw.questions.find((q) => q.role === role);
  if (question === undefined) {
    return undefined;
  }
  const value = answers[question.id];
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

/** The age given in the answers, if any. */
export function ageOf(kb: KnowledgeBase, answers: Answers): number | undefined {
  const age = roleValue(kb, answers, "age");
  return typeof age === "number" ? age : undefined;
}

/** Questions whose answers change the prior: demographics, presentation gates, prior factors. */
export function priorInputs(kb: KnowledgeBase): ReadonlySet<string> {
  const cached = inputsCache.get(kb);
  if (cached !== undefined) {
    return cached;
  }
  const inputs = new Set<string>();
  for (const q of kb.raw.questions) {
    if (q.role !== undefined) {
      inputs.add(q.id);
    }
  }
  for (const h of kb.hypotheses) {
    for (const id of h.presentation ? expressionInputs(h.presentation.when) : []) {
      inputs.add(id);
    }
  }
  for (const c of kb.conditions.values()) {
    for (const id of (c.priorFactors ?? []).flatMap((f) => expressionInputs(f.when))) {
      inputs.add(id);
    }
  }
  inputsCache.set(kb, inputs);
  return inputs;
}

const inputsCache = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** Unnormalized log prior for each hypothesis, in kb.hypotheses order. */
export function logPrior(kb: KnowledgeBase, answers: Answers): Float64Array {
  const conditions = conditionLogPrior(kb, answers);
  const out = new Float64Array(kb.hypotheses.length);
  kb.hypotheses.forEach((h, i) => {
    const own = conditions[h.conditionIndex] ?? Number.NEGATIVE_INFINITY;
    const weight = kb.conditions.get(h.condition)?.prior.weight ?? 1;
    out[i] =
      h.presentation === undefined
        ? own
        : evaluateExpression(h.presentation.when, answers) === "yes"
          ? own + Math.log(h.presentation.weight / weight)
          : Number.NEGATIVE_INFINITY;
  });
  return out;
}

function conditionLogPrior(kb: KnowledgeBase, answers: Answers): Float64Array {
  const age = ageOf(kb, answers);
  const sex = roleValue(kb, answers, "sex");
  const out = new Float64Array(kb.conditionIds.length);
  kb.conditionIds.forEach((id, i) => {
    const condition = kb.conditions.get(id);
    if (condition === undefined) {
      return;
    }
    const { prior } = condition;
    const answerFactor = (condition.priorFactors ?? []).reduce(
      (product, f) =>
        evaluateExpression(f.when, answers) === "yes" ? product * f.factor : product,
      1,
    );
    const ageFactor = age === undefined ? 1 : ageMultiplier(kb, prior.age, age);
    const sexes = prior.sex;
    const sexFactor =
      sexes === undefined
        ? 1
        : sex === "female"
          ? sexes.female
          : sex === "male"
            ? sexes.male
            : (sexes.female + sexes.male) / 2;
    out[i] = Math.log(prior.weight * ageFactor * sexFactor * answerFactor);
  });
  return out;
}

/** Where a band's multiplier is taken to hold exactly: its middle (the last band: gte + 10). */
function anchor(band: { readonly gte: number; readonly lt: number }): number {
  return band.lt > 100 ? band.gte + 10 : (band.gte + band.lt) / 2;
}

/**
 * The age multiplier at `age`: log-linear between the anchors of neighbouring bands, so that a
 * 36-year-old is not given a 49-year-old's risk of hip arthritis. A multiplier of 0 is a hard
 * edge (no slipped growth plate after the teens): next to it the band's own value holds.
 */
function ageMultiplier(
  kb: KnowledgeBase,
  table: Readonly<Record<string, number>> | undefined,
  age: number,
): number {
  const bands = kb.raw.ageBands;
  const at = (i: number): number => table?.[bands[i]?.id ?? ""] ?? 1;
  const k = bands.findIndex((b) => age >= b.gte && age < b.lt);
  if (k < 0) {
    return 1;
  }
  const own = at(k);
  const here = bands[k];
  if (here === undefined || own === 0) {
    return own;
  }
  const j = age < anchor(here) ? k - 1 : k + 1;
  const there = bands[j];
  if (there === undefined || at(j) === 0) {
    return own;
  }
  const t = Math.min(1, Math.abs(age - anchor(here)) / Math.abs(anchor(there) - anchor(here)));
  return Math.exp((1 - t) * Math.log(own) + t * Math.log(at(j)));
}
