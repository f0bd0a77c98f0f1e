// The pain-monitoring model's numbers (REFERENCE §7.4, Silbernagel 2007) as data: how much
// pain is safe or acceptable, how many sessions decide, the size of one step and the limits
// of stepping, the week-to-week and 7-day trend thresholds, and adherence. The stored form
// carries a basis per number; a program carries the plain numbers so it is self-contained.
import { Type, type Static } from "@sinclair/typebox";
import { DoseBasis } from "../exercise/dose.schema.ts";

const strict = { additionalProperties: false } as const;
const sourced = Type.Object({ value: Type.Number(), basis: DoseBasis }, strict);

/** Stored progression constants, each with its basis. */
export const ProgressionRulesData = Type.Object(
  {
    painAcceptableMax: sourced,
    painSafeMax: sourced,
    sessionsToProgress: sourced,
    sessionsToRefer: sourced,
    volumeStep: sourced,
    minLevel: sourced,
    maxLevel: sourced,
    weekToWeekRiseMin: sourced,
    trendWindowDays: sourced,
    trendRiseMin: sourced,
    trendMinCheckIns: sourced,
    adherenceWindowDays: sourced,
    adherenceMin: sourced,
    tooEasySessionsToProgress: sourced,
  },
  strict,
);
export type ProgressionRulesData = Static<typeof ProgressionRulesData>;

/** The plain numbers a program carries (its `maxLevel` already lowered for teens). */
export const ProgressionRules = Type.Object(
  {
    painAcceptableMax: Type.Number({ minimum: 0, maximum: 10 }),
    painSafeMax: Type.Number({ minimum: 0, maximum: 10 }),
    sessionsToProgress: Type.Integer({ minimum: 1 }),
    sessionsToRefer: Type.Integer({ minimum: 1 }),
    volumeStep: Type.Number({ exclusiveMinimum: 0, maximum: 0.5 }),
    minLevel: Type.Integer({ maximum: 0 }),
    maxLevel: Type.Integer({ minimum: 0 }),
    weekToWeekRiseMin: Type.Number({ exclusiveMinimum: 0 }),
    trendWindowDays: Type.Integer({ minimum: 2 }),
    trendRiseMin: Type.Number({ exclusiveMinimum: 0 }),
    trendMinCheckIns: Type.Integer({ minimum: 2 }),
    adherenceWindowDays: Type.Integer({ minimum: 1 }),
    adherenceMin: Type.Number({ minimum: 0, maximum: 1 }),
    tooEasySessionsToProgress: Type.Integer({ minimum: 1 }),
  },
  strict,
);
export type ProgressionRules = Static<typeof ProgressionRules>;

/** The plain numbers of stored rules. */
export function progressionNumbers(data: ProgressionRulesData): ProgressionRules {
  return {
    painAcceptableMax: data.painAcceptableMax.value,
    painSafeMax: data.painSafeMax.value,
    sessionsToProgress: data.sessionsToProgress.value,
    sessionsToRefer: data.sessionsToRefer.value,
    volumeStep: data.volumeStep.value,
    minLevel: data.minLevel.value,
    maxLevel: data.maxLevel.value,
    weekToWeekRiseMin: data.weekToWeekRiseMin.value,
    trendWindowDays: data.trendWindowDays.value,
    trendRiseMin: data.trendRiseMin.value,
    trendMinCheckIns: data.trendMinCheckIns.value,
    adherenceWindowDays: data.adherenceWindowDays.value,
    adherenceMin: data.adherenceMin.value,
    tooEasySessionsToProgress: data.tooEasySessionsToProgress.value,
  };
}
