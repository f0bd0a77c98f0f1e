// A countdown measured against the wall clock: it stores when it ends (or, paused, how much
// was left), never how many ticks have passed, so it stays right however late or seldom the
// browser runs its timers (background tabs are throttled to one tick a minute or less).
// DESIGN.md budget: drift < 100 ms over a 60 s hold. Pure: the time is always an argument.

/** A countdown that is running (ends at a wall-clock time) or paused (with time left). */
export type Countdown =
  | { readonly kind: "running"; readonly durationMs: number; readonly endsAt: number }
  | { readonly kind: "paused"; readonly durationMs: number; readonly remainingMs: number };

/** A countdown of `durationMs` started at `now`. */
export function startCountdown(durationMs: number, now: number): Countdown {
  return { kind: "running", durationMs, endsAt: now + Math.max(0, durationMs) };
}

/** Milliseconds left at `now`, never below zero. */
export function remainingMs(countdown: Countdown, now: number): number {
  switch (countdown.kind) {
    case "running":
      return Math.max(0, countdown.endsAt - now);
    case "paused":
      return countdown.remainingMs;
    default: {
      const unknown: never = countdown;
      return unknown;
    }
  }
}

/** Whether the countdown has reached zero at `now` (a paused one never does). */
export function isFinished(countdown: Countdown, now: number): boolean {
  return countdown.kind === "running" && now >= countdown.endsAt;
}

/** Stops the countdown at `now`, keeping what was left. */
export function pauseCountdown(countdown: Countdown, now: number): Countdown {
  return countdown.kind === "paused"
    ? countdown
    : {
        kind: "paused",
        durationMs: countdown.durationMs,
        remainingMs: remainingMs(countdown, now),
      };
}

/** Starts a paused countdown again at `now` with the time it had left. */
export function resumeCountdown(countdown: Countdown, now: number): Countdown {
  return countdown.kind === "running"
    ? countdown
    : { kind: "running", durationMs: countdown.durationMs, endsAt: now + countdown.remainingMs };
}

/** Whole seconds to show: rounded up, so "1" shows until the very end and "0" only at it. */
export function secondsToShow(ms: number): number {
  return Math.ceil(ms / 1000);
}

/** "0:45", "12:05": minutes and seconds for a timer display. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return `${minutes}:${rest.toString().padStart(2, "0")}`;
}
