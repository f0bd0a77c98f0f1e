// Log priors per condition from the demographic answers: weight × age-band multiplier ×
// sex multiplier, all from content data. An unknown age uses multiplier 1; an unknown sex
// uses the mean of the female and male multipliers. A multiplier of 0 (e.g. prostatitis in
// a female) gives a prior of exactly 0, which stays 0 whatever the findings.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import type { Answers } from "./answers.ts";

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

/** Unnormalized log prior for each condition, in kb.conditionIds order. */
export function logPrior(kb: KnowledgeBase, answers: Answers): Float64Array {
  const age = ageOf(kb, answers);
  const sex = roleValue(kb, answers, "sex");
  const band =
    age === undefined ? undefined : kb.raw.ageBands.find((b) => age >= b.gte && age < b.lt);
  const out = new Float64Array(kb.conditionIds.length);
  kb.conditionIds.forEach((id, i) => {
    const prior = kb.conditions.get(id)?.prior;
    if (prior === undefined) {
      return;
    }
    const ageFactor = band === undefined ? 1 : (prior.age?.[band.id] ?? 1);
    const sexes = prior.sex;
    const sexFactor =
      sexes === undefined
        ? 1
        : sex === "female"
          ? sexes.female
          : sex === "male"
            ? sexes.male
            : (sexes.female + sexes.male) / 2;
    out[i] = Math.log(prior.weight * ageFactor * sexFactor);
  });
  return out;
}
