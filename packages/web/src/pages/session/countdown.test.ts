import { describe, expect, it } from "vitest";
import {
  formatClock,
  isFinished,
  pauseCountdown,
  remainingMs,
  resumeCountdown,
  secondsToShow,
  startCountdown,
} from "./countdown.ts";

const T0 = 1_700_000_000_000;

describe("countdown", () => {
  it("computes what is left from the wall clock, not from ticks", () => {
    const c = startCountdown(30_000, T0);
    expect(remainingMs(c, T0 + 12_345)).toBe(17_655);
  });

  it("is exactly finished after a 60 s jump, as after a throttled background tab", () => {
    const c = startCountdown(60_000, T0);
    expect(isFinished(c, T0 + 59_999)).toBe(false);
    expect(isFinished(c, T0 + 60_000)).toBe(true);
    expect(remainingMs(c, T0 + 600_000)).toBe(0);
  });

  it("keeps the time left while paused and continues from it on resume", () => {
    const paused = pauseCountdown(startCountdown(30_000, T0), T0 + 10_000);
    expect(remainingMs(paused, T0 + 500_000)).toBe(20_000);
    expect(isFinished(paused, T0 + 500_000)).toBe(false);
    const resumed = resumeCountdown(paused, T0 + 500_000);
    expect(remainingMs(resumed, T0 + 505_000)).toBe(15_000);
  });

  it("pausing twice or resuming a running countdown changes nothing", () => {
    const running = startCountdown(5_000, T0);
    expect(resumeCountdown(running, T0 + 1_000)).toBe(running);
    const paused = pauseCountdown(running, T0 + 1_000);
    expect(pauseCountdown(paused, T0 + 3_000)).toBe(paused);
  });

  it("shows whole seconds rounded up and formats them as a clock", () => {
    expect(secondsToShow(29_001)).toBe(30);
    expect(secondsToShow(0)).toBe(0);
    expect(formatClock(45)).toBe("0:45");
    expect(formatClock(725)).toBe("12:05");
  });
});
