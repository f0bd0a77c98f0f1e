// Endpoints of the home program (/api/v1/programs, /api/v1/me/programs): create a program
// from a saved assessment, read one, list the signed-in person's, today's session plan, and
// store a finished session under its client-made id (PUT: a replay of the same body is a
// 200 no-op, so the offline outbox may retry it safely). No state and no screens here.
import type { SessionFeedback } from "@ilio/core";
import type { ApiClient } from "./client.ts";
import {
  decodeProgramRecord,
  decodeProgramSummary,
  decodeStoredSession,
  decodeTodayPlan,
  type ProgramRecord,
  type ProgramSummary,
  type StoredSession,
  type TodayPlan,
} from "./program-decoders.ts";
import { isRecord, listOf } from "./json-decode.ts";
import type { ApiResult } from "./result.ts";

export type {
  ProgramRecord,
  ProgramSummary,
  StoredSession,
  TodayPlan,
} from "./program-decoders.ts";

/** One exercise as done in a session. */
export interface SessionExerciseBody {
  readonly exerciseId: string;
  readonly side?: "left" | "right";
  readonly setsDone: number;
  readonly repsDone?: number;
  readonly holdSecondsDone?: number;
  readonly skipped: boolean;
  readonly swappedFor?: string;
}

/** The body of PUT /programs/:id/sessions/:sessionId. */
export interface SessionBody {
  readonly startedAt: string;
  readonly completedAt: string;
  readonly phase: string;
  readonly level: number;
  readonly painBefore: number;
  readonly painDuring: number;
  readonly painAfter: number;
  readonly feedback?: SessionFeedback;
  readonly exercises: readonly SessionExerciseBody[];
}

function field<T>(name: string, decode: (value: unknown) => T | undefined) {
  return (json: unknown): T | undefined => (isRecord(json) ? decode(json[name]) : undefined);
}

const path = (id: string) => `/programs/${encodeURIComponent(id)}`;

/** Creates a program from a saved assessment (422 ILIO_ERR_PROGRAM_NOT_SUITABLE when none fits). */
export function createProgram(
  client: ApiClient,
  input: { readonly id: string; readonly assessmentId: string },
): Promise<ApiResult<ProgramRecord>> {
  return client.send({
    method: "POST",
    path: "/programs",
    body: { id: input.id, assessmentId: input.assessmentId },
    decode: field("program", decodeProgramRecord),
  });
}

/** One program. */
export function fetchProgram(client: ApiClient, id: string): Promise<ApiResult<ProgramRecord>> {
  return client.send({
    method: "GET",
    path: path(id),
    decode: field("program", decodeProgramRecord),
  });
}

/** The signed-in person's programs (summaries without the plan). */
export function fetchMyPrograms(client: ApiClient): Promise<ApiResult<readonly ProgramSummary[]>> {
  return client.send({
    method: "GET",
    path: "/me/programs",
    decode: field("programs", (v) => listOf(v, decodeProgramSummary)),
  });
}

/** Today's session plan for a program. */
export function fetchTodayPlan(client: ApiClient, id: string): Promise<ApiResult<TodayPlan>> {
  return client.send({
    method: "GET",
    path: `${path(id)}/today`,
    decode: field("plan", decodeTodayPlan),
  });
}

/** The sessions stored for a program. */
export function fetchSessions(
  client: ApiClient,
  id: string,
): Promise<ApiResult<readonly StoredSession[]>> {
  return client.send({
    method: "GET",
    path: `${path(id)}/sessions`,
    decode: field("sessions", (v) => listOf(v, decodeStoredSession)),
  });
}

/** Stores a finished session under its client-made id (idempotent for the same body). */
export function putSession(
  client: ApiClient,
  input: { readonly programId: string; readonly sessionId: string; readonly body: SessionBody },
): Promise<ApiResult<true>> {
  return client.send({
    method: "PUT",
    path: `${path(input.programId)}/sessions/${encodeURIComponent(input.sessionId)}`,
    body: input.body,
    decode: () => true,
  });
}
