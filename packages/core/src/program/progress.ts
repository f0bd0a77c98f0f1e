// progress(program, sessions, checkIns, today): the pain-monitoring model (REFERENCE §7.4,
// Silbernagel 2007) as a decision for the next session. Refer (ES-06) when pain stays above
// 5/10 for two sessions despite stepping back or the 7-day trend rises; regress one level when
// any rule is broken or the session felt too hard; hold on low adherence; progress one step
// after two safe sessions (one if it felt too easy); hold otherwise. Pure; inputs unchanged.
import { daysBetween } from "./dates.ts";
import type { HoldCause, Position, ProgressionDecision, RegressCause } from "./decision.ts";
import type { CheckIn, SessionLog } from "./history.schema.ts";
import { baselineFor, nextMorningPain, sessionRulesBroken } from "./pain-monitoring.ts";
import { trendRise, weekToWeekRise } from "./pain-monitoring.ts";
import type { Program } from "./program.schema.ts";
import { adherence, holdReason, isSafe, rank, regressReason, stepBack } from "./progress-steps.ts";

function sameSpot(a: Position, b: SessionLog): boolean {
  return a.phase === b.phase && a.level === b.level;
}

function trailingSafe(program: Program, done: readonly SessionLog[], checkIns: readonly CheckIn[]) {
  const last = done.at(-1);
  let count = 0;
  let unknownBaseline = false;
  for (let i = done.length - 1; i >= 0; i -= 1) {
    const s = done[i];
    if (s === undefined || last === undefined || !sameSpot(last, s)) {
      break;
    }
    const safe = isSafe(
      s,
      nextMorningPain(s, checkIns),
      baselineFor(s, checkIns),
      program.progression,
    );
    unknownBaseline ||= safe === "unknown";
    if (safe !== true) {
      break;
    }
    count += 1;
  }
  return { count, unknownBaseline };
}

function advance(
  program: Program,
  from: Position,
  done: readonly SessionLog[],
  today: string,
): ProgressionDecision {
  const rules = program.progression;
  if (from.level < rules.maxLevel) {
    const to = { phase: from.phase, level: from.level + 1 };
    const reason = `Pain stayed at ${rules.painSafeMax}/10 or less and settled by the next morning: one step up (about ${Math.round(rules.volumeStep * 100)}% more).`;
    return { kind: "progress", step: "volume", from, to, reason };
  }
  const index = program.phases.findIndex((p) => p.phase === from.phase);
  const next = program.phases[index + 1];
  const firstInPhase = done.find((s) => s.phase === from.phase);
  const weeksIn = firstInPhase === undefined ? 0 : daysBetween(firstInPhase.date, today) / 7;
  const minWeeks = program.phases[index]?.weeks.min ?? 0;
  if (!program.phaseLocked && next !== undefined && weeksIn >= minWeeks) {
    const to = { phase: next.phase, level: 0 };
    const reason = `The top of the ${from.phase} phase is comfortable: move on to "${next.title}".`;
    return { kind: "progress", step: "next-phase", from, to, reason };
  }
  return hold("top-of-phase", from, program);
}

function hold(cause: HoldCause, from: Position, program: Program): ProgressionDecision {
  return { kind: "hold", cause, from, to: from, reason: holdReason(cause, program) };
}

/** The decision for the next session from everything logged up to `today`. */
export function progress(
  program: Program,
  sessions: readonly SessionLog[],
  checkIns: readonly CheckIn[],
  today: string,
): ProgressionDecision {
  const rules = program.progression;
  const done = sessions
    .filter((s) => daysBetween(s.date, today) >= 0)
    .sort((a, b) => daysBetween(b.date, a.date));
  const last = done.at(-1);
  const first = program.phases[0];
  if (last === undefined || first === undefined) {
    const to = { phase: first?.phase ?? "restore", level: 0 };
    return { kind: "start", to, reason: "First session: start at the phase's starting dose." };
  }
  const from: Position = { phase: last.phase, level: last.level };
  const back = stepBack(program, from);
  if ((trendRise(checkIns, today, rules) ?? 0) >= rules.trendRiseMin) {
    const reason =
      "Your daily pain has been rising over the last 7 days: step back, and see a doctor or physical therapist within 1–2 weeks.";
    return {
      kind: "refer",
      level: "routine",
      rule: "ES-06",
      cause: "rising-trend",
      from,
      to: back,
      reason,
    };
  }
  const recent = done.slice(-rules.sessionsToRefer);
  const allPainful =
    recent.length === rules.sessionsToRefer &&
    recent.every((s) => s.painDuring > rules.painAcceptableMax);
  const steppedBack =
    recent.some((s, i) => i > 0 && rank(program, s) < rank(program, recent[i - 1] ?? s)) ||
    from.level <= rules.minLevel;
  if (allPainful && steppedBack) {
    const reason = `Pain above ${rules.painAcceptableMax}/10 in ${rules.sessionsToRefer} sessions in a row even after stepping back: step back again, and see a doctor or physical therapist within 1–2 weeks.`;
    return {
      kind: "refer",
      level: "routine",
      rule: "ES-06",
      cause: "pain-despite-step-back",
      from,
      to: back,
      reason,
    };
  }
  const causes: RegressCause[] = [...sessionRulesBroken(last, checkIns, rules)];
  if ((weekToWeekRise(checkIns, today, rules) ?? 0) >= rules.weekToWeekRiseMin) {
    causes.push("week-to-week");
  }
  if (last.feedback === "too-hard") {
    causes.push("too-hard");
  }
  if (causes.length > 0) {
    return { kind: "regress", causes, from, to: back, reason: regressReason(causes, rules) };
  }
  if (adherence(program, done, today) < rules.adherenceMin) {
    return hold("low-adherence", from, program);
  }
  const safe = trailingSafe(program, done, checkIns);
  const needed =
    last.feedback === "too-easy" ? rules.tooEasySessionsToProgress : rules.sessionsToProgress;
  if (safe.count >= needed) {
    return advance(program, from, done, today);
  }
  if (safe.unknownBaseline) {
    return hold("baseline-unknown", from, program);
  }
  return hold(
    last.painDuring <= rules.painSafeMax ? "not-enough-sessions" : "acceptable-pain",
    from,
    program,
  );
}
