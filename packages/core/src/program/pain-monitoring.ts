// The three rules of the pain-monitoring model (REFERENCE §7.4, Silbernagel 2007) over logged
// sessions and daily check-ins: pain during exercise at most 5/10; pain back to its usual
// level by the next morning; pain not rising from week to week. Also the 7-day trend that
// prompts a review (ES-06). Pure functions of the logs, the date and the program's numbers.
import { daysBetween } from "./dates.ts";
import type { CheckIn, SessionLog } from "./history.schema.ts";
import type { ProgressionRules } from "./progression-rules.schema.ts";

/** A pain-monitoring rule that a session or week broke. */
export type BrokenRule = "pain-during" | "next-morning" | "week-to-week";

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const [lo, hi] = [sorted[mid - 1], sorted[mid]];
  if (hi === undefined) {
    return undefined;
  }
  return sorted.length % 2 === 1 || lo === undefined ? hi : (lo + hi) / 2;
}

/** Check-ins from `fromDaysAgo` to `toDaysAgo` days before `day` (inclusive). */
function window(checkIns: readonly CheckIn[], day: string, fromDaysAgo: number, toDaysAgo: number) {
  return checkIns.filter((c) => {
    const ago = daysBetween(c.date, day);
    return ago <= fromDaysAgo && ago >= toDaysAgo;
  });
}

/** The usual pain before a session: as logged, else the median check-in of the week before. */
export function baselineFor(s: SessionLog, checkIns: readonly CheckIn[]): number | undefined {
  return s.painBefore ?? median(window(checkIns, s.date, 7, 1).map((c) => c.pain));
}

/** Next-morning pain: as logged, else the next day's check-in. */
export function nextMorningPain(s: SessionLog, checkIns: readonly CheckIn[]): number | undefined {
  return s.painNextMorning ?? checkIns.find((c) => daysBetween(s.date, c.date) === 1)?.pain;
}

/** Which of the session's own rules (during, next morning) were broken. */
export function sessionRulesBroken(
  s: SessionLog,
  checkIns: readonly CheckIn[],
  rules: ProgressionRules,
): readonly BrokenRule[] {
  const broken: BrokenRule[] = [];
  if (s.painDuring > rules.painAcceptableMax) {
    broken.push("pain-during");
  }
  const morning = nextMorningPain(s, checkIns);
  const baseline = baselineFor(s, checkIns);
  if (morning !== undefined && baseline !== undefined && morning > baseline) {
    broken.push("next-morning");
  }
  return broken;
}

/** This week's mean check-in pain minus last week's, when both weeks have enough check-ins. */
export function weekToWeekRise(
  checkIns: readonly CheckIn[],
  today: string,
  rules: ProgressionRules,
): number | undefined {
  const days = rules.trendWindowDays;
  const thisWeek = window(checkIns, today, days - 1, 0).map((c) => c.pain);
  const lastWeek = window(checkIns, today, 2 * days - 1, days).map((c) => c.pain);
  const enough = Math.min(thisWeek.length, lastWeek.length) >= rules.trendMinCheckIns;
  return enough ? mean(thisWeek) - mean(lastWeek) : undefined;
}

/** How much the least-squares line through the last 7 days' check-ins climbs over the window. */
export function trendRise(
  checkIns: readonly CheckIn[],
  today: string,
  rules: ProgressionRules,
): number | undefined {
  const points = window(checkIns, today, rules.trendWindowDays - 1, 0).map((c) => ({
    x: -daysBetween(c.date, today),
    y: c.pain,
  }));
  if (points.length < rules.trendMinCheckIns) {
    return undefined;
  }
  const mx = mean(points.map((p) => p.x));
  const my = mean(points.map((p) => p.y));
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  return sxx === 0 ? undefined : (sxy / sxx) * (rules.trendWindowDays - 1);
}
