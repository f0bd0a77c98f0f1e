// Copies the engine's read-only AssessmentResult into the API's result shape (the same
// fields; the schema's arrays are mutable types, the engine's are read-only). Written out
// field by field on purpose: when the engine's result changes, this file stops compiling
// instead of the API silently dropping or inventing a field.
import type { AssessmentResult as EngineResult, AnswerValue as EngineAnswer } from "@ilio/core";
import type { AssessmentResult } from "./assessment-result.schema.ts";

type Reason = AssessmentResult["triage"]["reasons"][number];
type EngineReason = EngineResult["triage"]["reasons"][number];

/** An answer value with its list (if any) copied. */
export function copyAnswer(value: EngineAnswer): string | number | string[] {
  return typeof value === "string" || typeof value === "number" ? value : [...value];
}

function presentReason(reason: EngineReason): Reason {
  switch (reason.kind) {
    case "incomplete":
      return { ...reason, questions: [...reason.questions] };
    case "red-flag":
    case "serious-condition":
    case "condition-care":
    case "uncertain":
      return { ...reason };
  }
}

/** The API view of the engine's result. */
export function presentResult(result: EngineResult): AssessmentResult {
  return {
    contentVersion: result.contentVersion,
    triage: {
      level: result.triage.level,
      advice: result.triage.advice,
      reasons: result.triage.reasons.map(presentReason),
    },
    ranking: result.ranking.map((r) => ({
      condition: r.condition,
      probability: r.probability,
      why: r.why.map((e) => ({
        question: e.question,
        answer: copyAnswer(e.answer),
        effect: e.effect,
      })),
      wouldChange: r.wouldChange.map((w) => ({ ...w })),
    })),
    redFlags: result.redFlags.map((f) => ({ ...f })),
    notRuledOut: result.notRuledOut.map((n) => ({ ...n })),
    asked: [...result.asked],
    complete: result.complete,
    pendingRedFlags: [...result.pendingRedFlags],
    safetyNet: [...result.safetyNet],
    notADiagnosis: result.notADiagnosis,
  };
}
