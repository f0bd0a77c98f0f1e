// nextSessionPlan(program, history, today): the exercises and doses for the next session. It
// asks `progress` for the decision, finds the phase of the position it lands on, and scales
// each of that phase's prescribed doses by the level (one volume step per level, REFERENCE
// §7.4). A refer decision still gives a stepped-back session and flags the provider visit.
import type { Phase } from "../exercise/schema.ts";
import type { ProgressionDecision } from "./decision.ts";
import type { ProgramHistory } from "./history.schema.ts";
import { progress } from "./progress.ts";
import type { PrescribedExercise, Program } from "./program.schema.ts";
import { levelFactor, scaleDose } from "./scale-dose.ts";

/** The next session: when, which phase and level, the exercises, and the decision behind it. */
export interface SessionPlan {
  readonly date: string;
  readonly phase: Phase;
  readonly level: number;
  readonly volumeFactor: number;
  readonly exercises: readonly PrescribedExercise[];
  readonly decision: ProgressionDecision;
  /** True when the person should book a routine provider visit (ES-06). */
  readonly seeProvider: boolean;
}

function seeProvider(decision: ProgressionDecision): boolean {
  switch (decision.kind) {
    case "refer":
      return true;
    case "start":
    case "progress":
    case "hold":
    case "regress":
      return false;
    default: {
      const unknown: never = decision;
      return unknown;
    }
  }
}

/** The plan for the session on `today`, from the program and everything logged before. */
export function nextSessionPlan(
  program: Program,
  history: ProgramHistory,
  today: string,
): SessionPlan {
  const decision = progress(program, history.sessions, history.checkIns, today);
  const { phase, level } = decision.to;
  const factor = levelFactor(level, program.progression.volumeStep);
  const template = program.phases.find((p) => p.phase === phase) ?? program.phases[0];
  const exercises = (template?.exercises ?? []).map((e) => ({
    ...e,
    volumeFactor: Math.round(e.volumeFactor * factor * 100) / 100,
    dose: scaleDose(e.dose, factor),
  }));
  return {
    date: today,
    phase,
    level,
    volumeFactor: factor,
    exercises,
    decision,
    seeProvider: seeProvider(decision),
  };
}
