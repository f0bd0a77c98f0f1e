// Calendar arithmetic on `YYYY-MM-DD` dates for programs and progression: validate, count
// days, add days. Dates are whole days in UTC, so results never depend on the machine's time
// zone. Pure: never reads the clock (today always arrives as an argument).

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid calendar date, or undefined (e.g. "2025-02-30"). */
export function dayNumber(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (match === null) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  const valid =
    back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
  return valid ? ms / MS_PER_DAY : undefined;
}

/** The date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `days` after `iso` (a valid date; see dayNumber). */
export function addDays(iso: string, days: number): string {
  return fromDayNumber((dayNumber(iso) ?? 0) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (dayNumber(to) ?? 0) - (dayNumber(from) ?? 0);
}
