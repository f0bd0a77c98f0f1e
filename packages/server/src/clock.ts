// The clock the server reads time from. Injected into buildApp so tests fix time; the
// server must never call `new Date()` or `Date.now()` for anything it stores or compares.

/** A source of the current time. */
export interface Clock {
  now(): Date;
}

/** The real wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved: for tests. */
export interface FixedClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
}

/** Creates a clock fixed at `start`. */
export function fixedClock(start: Date): FixedClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}
