// Turns core's SessionPlan into the API's plan view: the same members, with read-only lists
// copied into plain arrays and the decision's kind-specific members carried over by kind
// (an exhaustive switch, so a new decision kind fails to compile until it is presented).
import type { ProgressionDecision, SessionPlan } from "@ilio/core";
import type { Static } from "@sinclair/typebox";
import type { SessionPlanView } from "./session-plan.schema.ts";

type PlanView = Static<typeof SessionPlanView>;
type DecisionView = PlanView["decision"];

function presentDecision(decision: ProgressionDecision): DecisionView {
  switch (decision.kind) {
    case "start":
      return { kind: "start", reason: decision.reason, to: { ...decision.to } };
    case "progress":
      return {
        kind: "progress",
        reason: decision.reason,
        step: decision.step,
        from: { ...decision.from },
        to: { ...decision.to },
      };
    case "hold":
      return {
        kind: "hold",
        reason: decision.reason,
        cause: decision.cause,
        from: { ...decision.from },
        to: { ...decision.to },
      };
    case "regress":
      return {
        kind: "regress",
        reason: decision.reason,
        causes: [...decision.causes],
        from: { ...decision.from },
        to: { ...decision.to },
      };
    case "refer":
      return {
        kind: "refer",
        reason: decision.reason,
        level: decision.level,
        rule: decision.rule,
        cause: decision.cause,
        from: { ...decision.from },
        to: { ...decision.to },
      };
    default: {
      const unknown: never = decision;
      return unknown;
    }
  }
}

/** The API view of the next session's plan. */
export function presentSessionPlan(plan: SessionPlan): PlanView {
  return {
    date: plan.date,
    phase: plan.phase,
    level: plan.level,
    volumeFactor: plan.volumeFactor,
    exercises: [...plan.exercises],
    decision: presentDecision(plan.decision),
    seeProvider: plan.seeProvider,
  };
}
