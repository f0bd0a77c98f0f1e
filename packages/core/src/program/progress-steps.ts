// The small pieces progression is built from: whether a session was safe, how far a position
// is along the program, one step back, adherence (sessions done against sessions planned) and
// the sentences that explain a hold or a step back. Pure.
import { daysBetween } from "./dates.ts";
import type { HoldCause, Position, RegressCause } from "./decision.ts";
import type { SessionLog } from "./history.schema.ts";
import type { Program } from "./program.schema.ts";
import type { ProgressionRules } from "./progression-rules.schema.ts";

/** Safe: pain ≤ 2/10 during and next-morning pain at or below baseline; unknown if unmeasured. */
export function isSafe(
  s: SessionLog,
  morning: number | undefined,
  baseline: number | undefined,
  rules: ProgressionRules,
): boolean | "unknown" {
  if (s.painDuring > rules.painSafeMax) {
    return false;
  }
  if (morning === undefined || baseline === undefined) {
    return "unknown";
  }
  return morning <= baseline;
}

/** How far along the program a position is (phase first, then level). */
export function rank(program: Program, p: Position): number {
  return program.phases.findIndex((x) => x.phase === p.phase) * 1000 + p.level;
}

/** One level back; at the lowest level, the start of the previous phase (unless locked). */
export function stepBack(program: Program, from: Position): Position {
  if (from.level > program.progression.minLevel) {
    return { phase: from.phase, level: from.level - 1 };
  }
  const index = program.phases.findIndex((p) => p.phase === from.phase);
  const previous = program.phases[index - 1];
  return previous === undefined || program.phaseLocked ? from : { phase: previous.phase, level: 0 };
}

/** Sessions done over sessions planned in the adherence window; 1 in the program's first week. */
export function adherence(program: Program, done: readonly SessionLog[], today: string): number {
  const rules = program.progression;
  const days = Math.min(rules.adherenceWindowDays, daysBetween(program.startDate, today) + 1);
  const phase = program.phases.find((p) => p.phase === done.at(-1)?.phase) ?? program.phases[0];
  if (days < 7 || phase === undefined) {
    return 1;
  }
  const planned = (phase.sessionsPerWeek.min * days) / 7;
  const count = done.filter((s) => daysBetween(s.date, today) < days).length;
  return planned === 0 ? 1 : count / planned;
}

/** The sentence for a hold. */
export function holdReason(cause: HoldCause, program: Program): string {
  const rules = program.progression;
  switch (cause) {
    case "acceptable-pain":
      return `Pain up to ${rules.painAcceptableMax}/10 that settles by the next morning is acceptable: keep the same dose.`;
    case "not-enough-sessions":
      return `Keep the same dose: ${rules.sessionsToProgress} comfortable sessions in a row come before a step up.`;
    case "baseline-unknown":
      return "Keep the same dose: log your pain the next morning so the program can tell whether it settled.";
    case "low-adherence":
      return "Fewer sessions were done than planned: keep the same dose until the planned sessions feel routine.";
    case "top-of-phase":
      return "You are at the top of this phase: keep this dose until the phase's time is up or your clinician moves you on.";
    default: {
      const unknown: never = cause;
      return unknown;
    }
  }
}

function regressText(cause: RegressCause, rules: ProgressionRules): string {
  switch (cause) {
    case "pain-during":
      return `pain during the session went above ${rules.painAcceptableMax}/10`;
    case "next-morning":
      return "pain had not settled to its usual level by the next morning";
    case "week-to-week":
      return "pain has risen compared with last week";
    case "too-hard":
      return "the session felt too hard";
    default: {
      const unknown: never = cause;
      return unknown;
    }
  }
}

/** The sentence for a step back. */
export function regressReason(causes: readonly RegressCause[], rules: ProgressionRules): string {
  const why = causes.map((c) => regressText(c, rules)).join("; ");
  return `Step back one level (fewer repetitions, shorter holds): ${why}.`;
}
