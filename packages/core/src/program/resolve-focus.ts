// Picks the condition a program is built around: the clinician's choice, or the most likely
// condition of the assessment. Refuses when that condition does not suit a home program
// (hernia, fracture, infection, visceral and the like), or when such a condition is likely
// enough to need a provider first. Pure; the content says which conditions suit a program.
import type { ConditionFocus } from "./content.schema.ts";
import type { ProgramInput } from "./input.schema.ts";
import type { ProgramContent } from "./load-program-content.ts";

type Suited = ConditionFocus & { kind: "program" };

/** The focus of the program, or why there is none. */
export type FocusResult =
  | {
      readonly ok: true;
      readonly focus: Suited;
      readonly chosenBy: "assessment" | "clinician";
    }
  | {
      readonly ok: false;
      readonly reason: "condition-not-suited" | "no-condition";
      readonly message: string;
      readonly condition?: string;
    };

function notSuited(focus: ConditionFocus & { kind: "not-suited" }): FocusResult {
  return {
    ok: false,
    reason: "condition-not-suited",
    condition: focus.condition,
    message: `${focus.message} No home exercise program is given for this.`,
  };
}

/** The condition the program is built around, or the reason there is none. */
export function resolveFocus(input: ProgramInput, content: ProgramContent): FocusResult {
  const byId = new Map(content.conditions.map((c) => [c.condition, c]));
  if (input.chosenCondition !== undefined) {
    const chosen = byId.get(input.chosenCondition);
    if (chosen === undefined) {
      return { ok: false, reason: "no-condition", message: "The chosen condition is unknown." };
    }
    return chosen.kind === "program"
      ? { ok: true, focus: chosen, chosenBy: "clinician" }
      : notSuited(chosen);
  }
  const ranked = [...input.conditions].sort((a, b) => b.probability - a.probability);
  const threshold = content.notSuitedProbabilityMin.value;
  for (const [index, r] of ranked.entries()) {
    const focus = byId.get(r.condition);
    if (focus?.kind === "not-suited" && (index === 0 || r.probability >= threshold)) {
      return notSuited(focus);
    }
  }
  const leading = ranked[0] === undefined ? undefined : byId.get(ranked[0].condition);
  if (leading?.kind !== "program") {
    return {
      ok: false,
      reason: "no-condition",
      message: "No likely condition was given, so no program can be built.",
    };
  }
  return { ok: true, focus: leading, chosenBy: "assessment" };
}
