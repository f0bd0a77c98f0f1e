// A program's plan over time: a clinician (or the owner) changes it with overrides, which
// regenerate the plan from the input the program was made from; and "today" gives the next
// session's plan from core's nextSessionPlan over the sessions logged so far (there is no
// check-in table yet, so check-ins are empty). Both go through the access layer: the
// overrides write is audited as "write", the reads as "read".
import { nextSessionPlan, type ProgramHistory } from "@ilio/core";
import type { Kysely } from "kysely";
import { recordsFor } from "../access/records-for.ts";
import { signedInOrThrow } from "../auth/request-auth.ts";
import type { Clock } from "../clock.ts";
import type { App } from "../http/type-provider.ts";
import type { DatabaseSchema } from "../storage/database-schema.ts";
import { planWithOverridesOrThrow, type ProgramSources } from "./make-program.ts";
import { presentProgram } from "./program.presenter.ts";
import { OverridesBody, ProgramParams, ProgramResponse } from "./programs.schema.ts";
import { updateProgramPlan } from "./programs.repository.ts";
import { programAccessDenied, programNotFound, reachableProgramOrThrow } from "./read-program.ts";
import { sessionLogForProgression } from "./session-log.presenter.ts";
import { presentSessionPlan } from "./session-plan.presenter.ts";
import { TodayResponse } from "./session-plan.schema.ts";
import { decodeInputOrThrow, decodePlanOrThrow } from "./stored-program.ts";

/** What the plan routes need. */
export interface ProgramPlanRoutesOptions {
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  readonly sources: ProgramSources;
}

const tags = ["programs"];

/** Registers PUT /api/v1/programs/:id/overrides and GET /api/v1/programs/:id/today. */
export function programPlanRoutes(app: App, options: ProgramPlanRoutesOptions): void {
  const { db, clock, sources } = options;

  app.put(
    "/api/v1/programs/:id/overrides",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary:
          "Replace the overrides and regenerate the plan (owner or linked clinician; audited)",
        params: ProgramParams,
        body: OverridesBody,
        response: { 200: ProgramResponse },
      },
    },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      const { id } = request.params;
      const row = await reachableProgramOrThrow(actor, id, { db, clock }, "write");
      const { overrides } = request.body;
      const plan = planWithOverridesOrThrow(decodeInputOrThrow(row.input_json), overrides, sources);
      const updated = await updateProgramPlan(db, {
        id,
        patientId: row.patient_id,
        overridesJson: JSON.stringify(overrides),
        planJson: JSON.stringify(plan),
        now: clock.now(),
      });
      if (updated === undefined) {
        throw programNotFound(id);
      }
      return { program: presentProgram(updated) };
    },
  );

  app.get(
    "/api/v1/programs/:id/today",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "The next session's plan, from the sessions logged so far (audited)",
        params: ProgramParams,
        response: { 200: TodayResponse },
      },
    },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      const row = await reachableProgramOrThrow(actor, request.params.id, { db, clock });
      const logs = await recordsFor(actor, { db, clock }).sessionLogsOf(row.patient_id, row.id);
      if (!logs.ok) {
        throw programAccessDenied();
      }
      const history: ProgramHistory = {
        sessions: logs.records.map(sessionLogForProgression),
        checkIns: [],
      };
      const today = clock.now().toISOString().slice(0, 10);
      const plan = nextSessionPlan(decodePlanOrThrow(row.plan_json), history, today);
      return { plan: presentSessionPlan(plan) };
    },
  );
}
