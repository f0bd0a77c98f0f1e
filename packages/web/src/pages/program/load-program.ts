// Reads a program and today's plan for the program page: from the server when it answers
// (and then keeps a copy on this device for the offline session player), else the copy.
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

/** What the program page shows. */
export type LoadedProgram =
  | {
      readonly kind: "ready";
      readonly program: ProgramRecord;
      readonly today: TodayPlan | undefined;
      readonly offline: boolean;
    }
  | { readonly kind: "failed"; readonly detail: string };

/** The program and today's plan, online first. */
export async function loadProgram(api: ApiClient, id: string): Promise<LoadedProgram> {
  const [program, today] = await Promise.all([fetchProgram(api, id), fetchTodayPlan(api, id)]);
  if (today.ok) {
    cacheTodayPlan(id, today.value);
  }
  if (program.ok) {
    cacheProgram(program.value);
    return {
      kind: "ready",
      program: program.value,
      today: today.ok ? today.value : cachedTodayPlan(id),
      offline: false,
    };
  }
  const saved = program.problem.status === 0 ? cachedProgram(id) : undefined;
  return saved === undefined
    ? { kind: "failed", detail: program.problem.detail }
    : { kind: "ready", program: saved, today: cachedTodayPlan(id), offline: true };
}
