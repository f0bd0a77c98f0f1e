// The response schema of GET /api/v1/programs/:id/today: core's SessionPlan (an interface
// in core, so described here) with the progression decision behind it. The decision is a
// union on `kind`; it is described as one object whose kind-specific members are optional,
// which documents and serializes every variant without dropping a member.
import { PrescribedExercise } from "@ilio/core";
import { Type } from "@sinclair/typebox";
import { StrictObject, StringEnum } from "../http/schema-helpers.ts";

const PhaseName = StringEnum(["calm", "restore", "strengthen", "return"] as const);
const Position = StrictObject({ phase: PhaseName, level: Type.Integer() });

const Decision = StrictObject({
  kind: StringEnum(["start", "progress", "hold", "regress", "refer"] as const),
  reason: Type.String({ description: "A plain sentence saying why." }),
  to: Position,
  from: Type.Optional(Position),
  step: Type.Optional(StringEnum(["volume", "next-phase"] as const)),
  cause: Type.Optional(Type.String({ description: "hold and refer: why" })),
  causes: Type.Optional(Type.Array(Type.String(), { description: "regress: the rules broken" })),
  level: Type.Optional(Type.String({ description: "refer: the care level (routine)" })),
  rule: Type.Optional(Type.String({ description: "refer: the escalation rule id (ES-06)" })),
});

/** The next session's plan. */
export const SessionPlanView = StrictObject({
  date: Type.String({ description: "YYYY-MM-DD: the day the plan is for (today, UTC)." }),
  phase: PhaseName,
  level: Type.Integer(),
  volumeFactor: Type.Number(),
  exercises: Type.Array(PrescribedExercise),
  decision: Decision,
  seeProvider: Type.Boolean(),
});

export const TodayResponse = StrictObject({ plan: SessionPlanView });
