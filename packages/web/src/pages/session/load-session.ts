// Finds what the player needs for a program's session: today's plan and the program (for its
// stop rules), from the server when it answers and from this device's copy when it does not
// (no signal on the gym floor). A fresh answer from the server replaces the device's copy.
import type { ApiClient } from "../../api/client.ts";
import {
  fetchProgram,
  fetchTodayPlan,
  type ProgramRecord,
  type TodayPlan,
} from "../../api/programs.ts";
import {
  cacheProgram,
  cacheTodayPlan,
  cachedProgram,
  cachedTodayPlan,
} from "../../offline/program-cache.ts";

/** What the session screen loads. */
export type LoadedSession =
  | {
      readonly kind: "ready";
      readonly plan: TodayPlan;
      readonly program: ProgramRecord | undefined;
      readonly offline: boolean;
    }
  | { readonly kind: "unavailable"; readonly detail: string };

/** Today's plan, online first, then the copy on this device. */
export async function loadSession(api: ApiClient, programId: string): Promise<LoadedSession> {
  const [plan, program] = await Promise.all([
    fetchTodayPlan(api, programId),
    fetchProgram(api, programId),
  ]);
  if (program.ok) {
    cacheProgram(program.value);
  }
  if (plan.ok) {
    cacheTodayPlan(programId, plan.value);
    return {
      kind: "ready",
      plan: plan.value,
      program: program.ok ? program.value : cachedProgram(programId),
      offline: false,
    };
  }
  const saved = cachedTodayPlan(programId);
  if (saved !== undefined && plan.problem.status === 0) {
    return { kind: "ready", plan: saved, program: cachedProgram(programId), offline: true };
  }
  return {
    kind: "unavailable",
    detail:
      plan.problem.status === 0
        ? "Today's session is not on this device yet. Open your program once while you have a connection, then it works offline too."
        : plan.problem.detail,
  };
}
