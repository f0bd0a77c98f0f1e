// Reads the assessment's answers (question ids of packages/content/data/questions-*.json) for
// what a program needs: irritability signs, populations and caution tags. Conservative where
// the answer is uncertain: "could be pregnant" counts as pregnant, a front-of-hip clunk as
// possibly painful snapping. Missing answers add nothing. Pure.
import { Type, type Static } from "@sinclair/typebox";
import type { ContraindicationTag, Population } from "../exercise/schema.ts";
import type { AnswerCutoffs, Irritability, IrritabilityRules } from "./content.schema.ts";
import type { IrritabilitySigns } from "./irritability.ts";

/** Answers as the engine stores them: option id, option ids, a number or "unsure". */
export const AnswerRecord = Type.Record(
  Type.String(),
  Type.Union([Type.String(), Type.Number(), Type.Array(Type.String())]),
);
export type AnswerRecord = Static<typeof AnswerRecord>;

function options(answers: AnswerRecord, id: string): readonly string[] {
  const value = answers[id];
  if (Array.isArray(value)) {
    return value;
  }
  return typeof value === "string" ? [value] : [];
}

function number(answers: AnswerRecord, id: string): number | undefined {
  const value = answers[id];
  return typeof value === "number" ? value : undefined;
}

function has(answers: AnswerRecord, id: string, ...wanted: readonly string[]): boolean {
  return options(answers, id).some((o) => wanted.includes(o));
}

/** Irritability signs; an unknown pain level counts as above the low cut-off, never as low. */
export function answerSigns(answers: AnswerRecord, rules: IrritabilityRules): IrritabilitySigns {
  return {
    worstPain: number(answers, "severity") ?? rules.lowPainMax.value + 1,
    nightPain: has(answers, "night", "early-hours", "whatever-position"),
    restPain: has(answers, "worse-positions", "rest"),
    easilyProvoked:
      has(answers, "worse-positions", "any-movement") || has(answers, "eases", "nothing"),
  };
}

/** Populations from age, activities, history and pregnancy. */
export function answerPopulations(answers: AnswerRecord, cutoffs: AnswerCutoffs): Population[] {
  const age = number(answers, "age");
  const found: Population[] = [];
  const add = (when: boolean, p: Population) => {
    if (when) {
      found.push(p);
    }
  };
  add(has(answers, "activities", "running"), "runners");
  add(has(answers, "activities", "dance"), "dancers");
  add(has(answers, "activities", "desk"), "desk-workers");
  add(has(answers, "rf-history", "hip-replacement"), "after-hip-replacement");
  add(age !== undefined && age <= cutoffs.teenAgeMax.value, "teens");
  add(age !== undefined && age >= cutoffs.olderAdultAgeMin.value, "older-adults");
  add(has(answers, "pregnancy", "possible"), "pregnancy");
  return found;
}

/** Caution tags from symptoms that rule exercises out. */
export function answerCautions(
  answers: AnswerRecord,
  cutoffs: AnswerCutoffs,
  irritability: Irritability,
): ContraindicationTag[] {
  const duration = number(answers, "duration");
  const recentSudden =
    has(answers, "onset", "pop", "sudden") &&
    duration !== undefined &&
    duration <= cutoffs.acuteStrainDaysMax.value;
  const found: ContraindicationTag[] = [];
  const add = (when: boolean, tag: ContraindicationTag) => {
    if (when) {
      found.push(tag);
    }
  };
  add(has(answers, "mechanical", "clunk-front"), "painful-snapping");
  add(
    has(answers, "check-squeeze", "yes") || has(answers, "worse-moves", "squeeze"),
    "groin-loading-pain",
  );
  add(recentSudden, "acute-strain");
  add(has(answers, "where", "knee"), "kneeling-pain");
  add(has(answers, "weight-bearing", "limp"), "fall-risk");
  add(has(answers, "where", "low-back") && irritability === "high", "back-flare");
  return found;
}
