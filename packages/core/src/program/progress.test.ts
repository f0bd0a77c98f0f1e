import { describe, expect, it } from "vitest";
import type { SessionLog } from "./history.schema.ts";
import { nextSessionPlan } from "./next-session.ts";
import { progress } from "./progress.ts";
import { buildCheckIns, buildProgram, buildSession, deepFreeze } from "./program-test-kit.ts";

const program = buildProgram();
const TODAY = "2025-03-06";

function decide(
  sessions: readonly SessionLog[],
  checkIns = buildCheckIns("2025-03-01", []),
  today = TODAY,
) {
  return progress(program, sessions, checkIns, today);
}

function daily(from: number, to: number, overrides: Partial<SessionLog>): SessionLog[] {
  const out: SessionLog[] = [];
  for (let day = from; day <= to; day += 1) {
    out.push(buildSession({ date: `2025-03-${String(day).padStart(2, "0")}`, ...overrides }));
  }
  return out;
}

describe("progress: starting and progressing", () => {
  it("starts the first phase at its starting dose when nothing is logged", () => {
    expect(decide([])).toMatchObject({ kind: "start", to: { phase: "restore", level: 0 } });
  });

  it("progresses one step after two sessions at ≤ 2/10 that settled by the next morning", () => {
    const d = decide([buildSession({ date: "2025-03-04" }), buildSession({ date: "2025-03-05" })]);
    expect(d).toMatchObject({
      kind: "progress",
      step: "volume",
      to: { phase: "restore", level: 1 },
    });
  });

  it("holds after only one safe session, but progresses after one when it felt too easy", () => {
    const one = [buildSession({ date: "2025-03-05" })];
    expect(decide(one)).toMatchObject({ kind: "hold", cause: "not-enough-sessions" });
    const easy = [buildSession({ date: "2025-03-05", feedback: "too-easy" })];
    expect(decide(easy)).toMatchObject({ kind: "progress", to: { level: 1 } });
  });

  it("holds when pain reached 4/10 but settled: acceptable, not yet safe", () => {
    const d = decide([
      buildSession({ date: "2025-03-04" }),
      buildSession({ date: "2025-03-05", painDuring: 4 }),
    ]);
    expect(d).toMatchObject({ kind: "hold", cause: "acceptable-pain", to: { level: 0 } });
  });

  it("holds when next-morning pain was never logged", () => {
    const unlogged = { painBefore: undefined, painNextMorning: undefined };
    const sessions = [
      buildSession({ date: "2025-03-04", ...unlogged }),
      buildSession({ date: "2025-03-05", ...unlogged }),
    ];
    expect(decide(sessions)).toMatchObject({ kind: "hold", cause: "baseline-unknown" });
  });

  it("uses check-ins for the baseline and the next morning when the log has none", () => {
    const unlogged = { painBefore: undefined, painNextMorning: undefined };
    const sessions = [
      buildSession({ date: "2025-03-04", ...unlogged }),
      buildSession({ date: "2025-03-05", ...unlogged }),
    ];
    const checkIns = buildCheckIns("2025-03-01", [2, 2, 2, 2, 2, 2]);
    expect(decide(sessions, checkIns)).toMatchObject({ kind: "progress" });
  });

  it("moves to the next phase at the top level once the phase's weeks are done", () => {
    const sessions = daily(3, 12, { level: program.progression.maxLevel });
    expect(decide(sessions, undefined, "2025-03-13")).toMatchObject({
      kind: "progress",
      step: "next-phase",
      to: { phase: "strengthen", level: 0 },
    });
  });

  it("holds at the top of a phase the clinician fixed", () => {
    const fixed = buildProgram({ overrides: { fixedPhase: "restore" } });
    const sessions = daily(3, 12, { level: fixed.progression.maxLevel });
    expect(progress(fixed, sessions, [], "2025-03-13")).toMatchObject({
      kind: "hold",
      cause: "top-of-phase",
    });
  });

  it("ignores sessions dated after today", () => {
    expect(decide([buildSession({ date: "2025-03-20" })])).toMatchObject({ kind: "start" });
  });
});

describe("progress: stepping back and referring", () => {
  it("drops one level when pain during exercise went above 5/10", () => {
    const d = decide([buildSession({ date: "2025-03-05", painDuring: 6 })]);
    expect(d).toMatchObject({ kind: "regress", causes: ["pain-during"], to: { level: -1 } });
  });

  it("drops one level when pain had not settled by the next morning", () => {
    const d = decide([buildSession({ date: "2025-03-05", painBefore: 2, painNextMorning: 4 })]);
    expect(d).toMatchObject({ kind: "regress", causes: ["next-morning"] });
  });

  it("drops one level when the session felt too hard", () => {
    expect(decide([buildSession({ date: "2025-03-05", feedback: "too-hard" })])).toMatchObject({
      kind: "regress",
      causes: ["too-hard"],
    });
  });

  it("drops one level when this week's pain is higher than last week's", () => {
    const checkIns = buildCheckIns("2025-02-28", [2, 2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4]);
    const d = decide([buildSession({ date: "2025-03-12" })], checkIns, "2025-03-13");
    expect(d).toMatchObject({ kind: "regress", causes: ["week-to-week"] });
  });

  it("steps back into the previous phase from the lowest level", () => {
    const d = decide([
      buildSession({
        date: "2025-03-05",
        phase: "strengthen",
        level: program.progression.minLevel,
        painDuring: 7,
      }),
    ]);
    expect(d).toMatchObject({ kind: "regress", to: { phase: "restore", level: 0 } });
  });

  it("regresses, not refers, after two painful sessions at the same level", () => {
    const sessions = [
      buildSession({ date: "2025-03-04", painDuring: 6 }),
      buildSession({ date: "2025-03-05", painDuring: 6 }),
    ];
    expect(decide(sessions)).toMatchObject({ kind: "regress" });
  });

  it("prompts a routine visit (ES-06) after pain above 5/10 twice despite stepping back", () => {
    const sessions = [
      buildSession({ date: "2025-03-04", level: 0, painDuring: 6 }),
      buildSession({ date: "2025-03-05", level: -1, painDuring: 7 }),
    ];
    expect(decide(sessions)).toMatchObject({
      kind: "refer",
      level: "routine",
      rule: "ES-06",
      cause: "pain-despite-step-back",
      to: { level: -2 },
    });
  });

  it("prompts a routine visit when daily pain rises over 7 days", () => {
    const checkIns = buildCheckIns("2025-03-01", [1, 2, 3, 3, 4, 5]);
    expect(decide([buildSession({ date: "2025-03-05" })], checkIns)).toMatchObject({
      kind: "refer",
      cause: "rising-trend",
    });
  });

  it("holds instead of progressing when fewer than half the planned sessions were done", () => {
    const sessions = [buildSession({ date: "2025-03-15" }), buildSession({ date: "2025-03-16" })];
    expect(decide(sessions, undefined, "2025-03-17")).toMatchObject({
      kind: "hold",
      cause: "low-adherence",
    });
  });
});

describe("nextSessionPlan", () => {
  it("scales the phase's doses by the level it lands on", () => {
    const plan = nextSessionPlan(
      program,
      {
        sessions: [buildSession({ date: "2025-03-04" }), buildSession({ date: "2025-03-05" })],
        checkIns: [],
      },
      TODAY,
    );
    expect(plan).toMatchObject({ phase: "restore", level: 1, seeProvider: false });
    const base = program.phases[0]?.exercises.find((e) => e.exerciseId === "glute-bridge");
    const next = plan.exercises.find((e) => e.exerciseId === "glute-bridge");
    expect(next?.dose.reps?.max).toBeGreaterThan(base?.dose.reps?.max ?? Infinity);
  });

  it("flags a provider visit on a refer decision and still gives a stepped-back session", () => {
    const sessions = [
      buildSession({ date: "2025-03-04", painDuring: 6 }),
      buildSession({ date: "2025-03-05", level: -1, painDuring: 8 }),
    ];
    const plan = nextSessionPlan(program, { sessions, checkIns: [] }, TODAY);
    expect(plan.seeProvider).toBe(true);
    expect(plan.level).toBe(-2);
    expect(plan.volumeFactor).toBeLessThan(1);
  });

  it("is deterministic and never mutates the program or the history", () => {
    const history = deepFreeze({
      sessions: [buildSession({ date: "2025-03-05" }), buildSession({ date: "2025-03-04" })],
      checkIns: buildCheckIns("2025-03-01", [2, 3, 2, 2]),
    });
    const frozen = deepFreeze(structuredClone(program));
    const first = nextSessionPlan(frozen, history, TODAY);
    expect(nextSessionPlan(frozen, history, TODAY)).toEqual(first);
    expect(frozen).toEqual(program);
    expect(history.sessions[0]?.date).toBe("2025-03-05");
  });
});
