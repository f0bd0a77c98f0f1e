// Triage = the most urgent of: red-flag floors; any serious condition whose probability
// reaches its content threshold; the care level the leading conditions need given the
// answers (their default level raised by content rules, REFERENCE §3 "Triage" lines); and
// a floor when no condition leads. It never goes below what a red flag or a serious
// condition's probability demands. Every contribution is kept as a reason, most urgent first.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import { levelRank, moreUrgent, type Level } from "../content/condition-ids.ts";
import type { Answers } from "./answers.ts";
import { evaluateExpression } from "./evaluate-expression.ts";
import type { FiredRedFlag, TriageReason } from "./result.ts";

export interface Triage {
  readonly level: Level;
  readonly advice: string;
  readonly reasons: readonly TriageReason[];
}

function careReasons(kb: KnowledgeBase, answers: Answers, condition: string): TriageReason[] {
  const c = kb.conditions.get(condition);
  if (c === undefined) {
    return [];
  }
  const out: TriageReason[] = [
    {
      kind: "condition-care",
      level: c.triage.default,
      condition,
      text: `${c.name} usually needs: ${c.triage.default}.`,
    },
  ];
  for (const raise of c.triage.raises) {
    if (evaluateExpression(raise.when, answers) === "yes") {
      out.push({
        kind: "condition-care",
        level: raise.level,
        condition,
        text: `${c.name}: ${raise.reason}`,
      });
    }
  }
  return out;
}

/** Triage for these answers, posterior and fired red flags. */
export function computeTriage(
  kb: KnowledgeBase,
  answers: Answers,
  probabilities: Float64Array,
  fired: readonly FiredRedFlag[],
  pending: readonly string[],
): Triage {
  const { policy } = kb.raw;
  const reasons: TriageReason[] = fired.map((f) => ({
    kind: "red-flag",
    level: f.level,
    text: f.text,
    redFlag: f.id,
  }));
  let top = 0;
  kb.conditionIds.forEach((id, i) => {
    const p = probabilities[i] ?? 0;
    if (p > (probabilities[top] ?? 0)) {
      top = i;
    }
    const serious = kb.conditions.get(id)?.serious;
    if (serious !== undefined && p >= serious.probability) {
      const name = kb.conditions.get(id)?.name ?? id;
      reasons.push({
        kind: "serious-condition",
        level: serious.level,
        condition: id,
        probability: Math.round(p * 1e6) / 1e6,
        text: `${name} cannot be ruled out from these answers (about ${Math.round(p * 100)}%).`,
      });
    }
  });
  kb.conditionIds.forEach((id, i) => {
    if (i === top || (probabilities[i] ?? 0) >= policy.leadingProbability) {
      reasons.push(...careReasons(kb, answers, id));
    }
  });
  if ((probabilities[top] ?? 0) < policy.uncertainBelow) {
    reasons.push({
      kind: "uncertain",
      level: policy.uncertainLevel,
      text: "No single cause stands out from these answers, so a professional should take a look.",
    });
  }
  if (pending.length > 0) {
    reasons.push({
      kind: "incomplete",
      level: "self-care",
      questions: pending,
      text: `Safety questions not answered yet: ${pending.join(", ")}. Triage may rise when they are answered.`,
    });
  }
  const level = reasons.reduce<Level>(
    (acc, r) => (r.kind === "incomplete" ? acc : moreUrgent(acc, r.level)),
    "self-care",
  );
  const sorted = [...reasons].sort((a, b) => levelRank(a.level) - levelRank(b.level));
  return { level, advice: policy.triageText[level], reasons: sorted };
}
