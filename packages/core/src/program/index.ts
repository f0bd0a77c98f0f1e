// Public entry point of the program module: the program content schema and loader, the
// generator that turns an assessment into a phased home program, the adapter from an
// assessment result, and progression by the pain-monitoring model. Everything here is pure
// and deterministic: dates and content arrive as arguments. Re-exported by ../index.ts.
//
//   loadProgramContent(raw, library?)        → { ok: true, content } | { ok: false, problems }
//   programInputFromAssessment(result, answers, { content, startDate }) → { ok, input | problems }
//   generateProgram(input, content, library) → { ok: true, program } | { ok: false, reason, message }
//   progress(program, sessions, checkIns, today) → ProgressionDecision (kind: start | progress |
//       hold | regress | refer)
//   nextSessionPlan(program, { sessions, checkIns }, today) → SessionPlan
export {
  AnswerCutoffs,
  ConditionFocus,
  DailyLifeAdvice,
  Irritability,
  IrritabilityRules,
  PhaseTemplate,
  PopulationAdjustment,
  ProgramContentData,
  SourcedNumber,
  SourcedRange,
} from "./content.schema.ts";
export { ProgressionRules, ProgressionRulesData } from "./progression-rules.schema.ts";
export {
  loadProgramContent,
  type LoadProgramContentResult,
  type ProgramContent,
} from "./load-program-content.ts";
export {
  ClinicianOverrides,
  IsoDate,
  ProgramInput,
  TriageLevel as ProgramTriageLevel,
  parseProgramInput,
} from "./input.schema.ts";
export {
  Program,
  ProgramPhase,
  PrescribedExercise,
  type GenerateProgramResult,
  type NoProgramReason,
} from "./program.schema.ts";
export { irritabilityFromSigns, type IrritabilitySigns } from "./irritability.ts";
export { generateProgram } from "./generate-program.ts";
export {
  AssessmentSummary,
  programInputFromAssessment,
  type FromAssessmentOptions,
} from "./from-assessment.ts";
export { AnswerRecord } from "./read-answers.ts";
export { CheckIn, ProgramHistory, SessionFeedback, SessionLog } from "./history.schema.ts";
export type {
  HoldCause,
  Position as ProgressionPosition,
  ProgressionDecision,
  RegressCause,
} from "./decision.ts";
export type { BrokenRule } from "./pain-monitoring.ts";
export { progress } from "./progress.ts";
export { nextSessionPlan, type SessionPlan } from "./next-session.ts";
export { scaleDose } from "./scale-dose.ts";
