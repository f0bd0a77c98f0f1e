import { describe, expect, it } from "vitest";
import { remainingMs } from "./countdown.ts";
import { toPlayerExercise } from "./player-exercise.ts";
import { GET_READY_SECONDS, SWITCH_SIDE_SECONDS } from "./player-steps.ts";
import {
  advance,
  currentStep,
  isOver,
  pause,
  resume,
  skipExercise,
  startPlayer,
  swapExercise,
  tick,
} from "./player-state.ts";

const T0 = 1_700_000_000_000;
const stretch = toPlayerExercise({
  exerciseId: "half-kneeling-hip-flexor-stretch",
  name: "Half-kneeling stretch",
  dose: {
    sides: "each",
    holdSeconds: { min: 30, max: 30 },
    reps: { min: 3, max: 3 },
    restSeconds: { min: 10, max: 20 },
  },
});
const bridge = toPlayerExercise({
  exerciseId: "glute-bridge",
  name: "Glute bridge",
  dose: {
    sides: "both",
    reps: { min: 10, max: 15 },
    sets: { min: 3, max: 3 },
    holdSeconds: { min: 2, max: 2 },
  },
});

describe("toPlayerExercise", () => {
  it("times 3 × 30 s holds per side with the lower rest", () => {
    expect(stretch).toMatchObject({
      sides: ["left", "right"],
      sets: 3,
      setSeconds: 30,
      restSeconds: 10,
    });
  });

  it("counts repetitions when the dose has sets of reps", () => {
    expect(bridge).toMatchObject({
      sides: [null],
      sets: 3,
      setSeconds: null,
      reps: 10,
      holdEachRep: 2,
    });
  });
});

describe("player", () => {
  it("chains holds and rests on the wall clock after a 60 s jump (background tab)", () => {
    let p = advance(startPlayer([stretch]), T0); // intro → get ready
    p = tick(p, T0 + GET_READY_SECONDS * 1000); // hold of set 1 starts exactly then
    expect(currentStep(p)).toMatchObject({ kind: "work", set: 1, side: "left" });
    const holdStart = T0 + GET_READY_SECONDS * 1000;
    p = tick(p, holdStart + 60_000);
    // 30 s hold + 10 s rest, so set 2 started 40 s after the hold and has 10 s left.
    expect(currentStep(p)).toMatchObject({ kind: "work", set: 2 });
    expect(p.countdown === null ? -1 : remainingMs(p.countdown, holdStart + 60_000)).toBe(10_000);
    expect(p.logs[0]?.setsDone).toBe(1);
  });

  it("switches sides with a longer get-ready and logs each side", () => {
    let p = advance(startPlayer([stretch]), T0);
    p = tick(p, T0 + 10 * 60_000);
    expect(isOver(p)).toBe(true);
    expect(p.logs).toEqual([
      { exercise: 0, side: "left", setsDone: 3, skipped: false },
      { exercise: 0, side: "right", setsDone: 3, skipped: false },
    ]);
    const switchStep = p.steps.find((s) => s.kind === "ready" && s.switching);
    expect(switchStep).toMatchObject({ side: "right", seconds: SWITCH_SIDE_SECONDS });
  });

  it("does not move while paused, and resumes with the time that was left", () => {
    let p = tick(advance(startPlayer([stretch]), T0), T0 + 5_000);
    p = pause(p, T0 + 15_000);
    p = tick(p, T0 + 500_000);
    expect(currentStep(p)).toMatchObject({ kind: "work", set: 1 });
    p = resume(p, T0 + 500_000);
    p = tick(p, T0 + 519_999);
    expect(currentStep(p)).toMatchObject({ kind: "work", set: 1 });
    p = tick(p, T0 + 520_000);
    expect(currentStep(p)).toMatchObject({ kind: "rest", nextSet: 2 });
  });

  it("waits for 'Set done' on a set of repetitions", () => {
    let p = tick(advance(startPlayer([bridge]), T0), T0 + 60_000);
    expect(currentStep(p)).toMatchObject({ kind: "work", set: 1, seconds: null });
    p = advance(p, T0 + 61_000);
    expect(currentStep(p)).toMatchObject({ kind: "rest", nextSet: 2 });
    expect(p.logs[0]?.setsDone).toBe(1);
  });

  it("skips to the next exercise and logs the skipped sides", () => {
    const p = skipExercise(startPlayer([stretch, bridge]), T0);
    expect(currentStep(p)).toEqual({ kind: "intro", exercise: 1 });
    expect(p.logs.filter((l) => l.skipped)).toHaveLength(2);
  });

  it("swaps an exercise for its easier variant and starts it from its intro", () => {
    const easier = toPlayerExercise({
      exerciseId: "half-kneeling-hip-flexor-stretch",
      swappedFor: "rear-foot-on-chair-stretch",
      name: "Rear foot on a chair",
      dose: { sides: "each", holdSeconds: { min: 30, max: 30 }, reps: { min: 2, max: 2 } },
    });
    let p = tick(advance(startPlayer([stretch, bridge]), T0), T0 + 5_000);
    p = swapExercise(p, easier, T0 + 6_000);
    expect(currentStep(p)).toEqual({ kind: "intro", exercise: 0 });
    expect(p.exercises[0]?.swappedFor).toBe("rear-foot-on-chair-stretch");
    expect(p.steps.filter((s) => s.kind === "work" && s.exercise === 0)).toHaveLength(4);
  });
});
