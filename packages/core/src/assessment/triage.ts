// Triage = the most urgent of: red-flag floors; any serious condition whose probability
// reaches its content threshold; the care level the leading conditions need given the
// answers (their default level raised by content rules, REFERENCE §3 "Triage" lines); and
// a floor when no condition leads. It never goes below what a red flag or a serious
// condition's probability demands. Every contribution is kept as a reason, most urgent first.
import type { KnowledgeBase } from "../content/compile-knowledge-base.ts";
import { levelRank, moreUrgent, type Level } from "../content/condition-ids.ts";
import type { Presentation } from "../content/condition.schema.ts";
import type { Answers } from "./answers.ts";
import { evaluateExpression } from "./evaluate-expression.ts";
import { seriousOf } from "./hypotheses.ts";
import { byCondition } from "./ranking-state.ts";
import type { FiredRedFlag, TriageReason } from "./result.ts";

export interface Triage {
  readonly level: Level;
  readonly advice: string;
  readonly reasons: readonly TriageReason[];
}

function careReasons(
  kb: KnowledgeBase,
  answers: Answers,
  condition: string,
  presentation: Presentation | undefined,
): TriageReason[] {
  const c = kb.conditions.get(condition);
  if (c === undefined) {
    return [];
  }
  const level = presentation?.care ?? c.triage.default;
  const as = presentation?.care === undefined ? "" : ` (${presentation.text})`;
  const out: TriageReason[] = [
    {
      kind: "condition-care",
      level,
      condition,
      text: `${c.name}${as} usually needs: ${level}.`,
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

/**
 * Words, not a percentage, for how strongly the answers point to a serious condition: the
 * probability comes from estimated ratios (it stays in `probability` for the API), and "cannot
 * be ruled out (about 100%)" would both understate and overclaim.
 */
function seriousText(name: string, p: number): string {
  if (p >= 0.5) {
    return `${name} is likely from these answers.`;
  }
  if (p >= 0.2) {
    return `${name} is quite possible from these answers.`;
  }
  return `${name} cannot be ruled out from these answers.`;
}

/**
 * Triage for these answers, posterior and fired red flags. Serious thresholds are read per
 * hypothesis (a presentation may have its own); the leading condition per condition.
 */
export function computeTriage(
  kb: KnowledgeBase,
  answers: Answers,
  hypothesisProbs: Float64Array,
  fired: readonly FiredRedFlag[],
  pending: readonly string[],
): Triage {
  const probabilities = byCondition(kb, hypothesisProbs);
  const { policy } = kb.raw;
  const reasons: TriageReason[] = fired.map((f) => ({
    kind: "red-flag",
    level: f.level,
    text: f.text,
    redFlag: f.id,
  }));
  let top = 0;
  kb.conditionIds.forEach((_, i) => {
    if ((probabilities[i] ?? 0) > (probabilities[top] ?? 0)) {
      top = i;
    }
  });
  kb.hypotheses.forEach((h, i) => {
    const p = hypothesisProbs[i] ?? 0;
    const serious = seriousOf(kb, h);
    if (serious !== undefined && p >= serious.probability) {
      const name = kb.conditions.get(h.condition)?.name ?? h.condition;
      const as = h.presentation ? ` (${h.presentation.text})` : "";
      reasons.push({
        kind: "serious-condition",
        level: serious.level,
        condition: h.condition,
        probability: Math.round(p * 1e6) / 1e6,
        text: seriousText(`${name}${as}`, p),
      });
    }
  });
  // A condition's care level is that of its most probable presentation.
  const leading = new Map<number, { p: number; presentation: Presentation | undefined }>();
  kb.hypotheses.forEach((h, i) => {
    const p = hypothesisProbs[i] ?? 0;
    if (p > (leading.get(h.conditionIndex)?.p ?? -1)) {
      leading.set(h.conditionIndex, { p, presentation: h.presentation });
    }
  });
  kb.conditionIds.forEach((id, i) => {
    if (i === top || (probabilities[i] ?? 0) >= policy.leadingProbability) {
      reasons.push(...careReasons(kb, answers, id, leading.get(i)?.presentation));
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
