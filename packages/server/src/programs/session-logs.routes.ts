// Session logs: PUT stores one exercise session under its client-generated id, exactly once
// (DESIGN.md, Data: a session logged offline reaches the server exactly once). A new id is
// 201; the same id with the same body (by canonical hash) is 200 with what is stored and
// writes nothing; the same id with another body is 409 and changes nothing. Only the
// program's owner logs sessions; GET lists them, oldest first by completion time, for the
// owner or a linked clinician (audited).
import type { ExerciseLibrary } from "@ilio/core";
import type { Kysely } from "kysely";
import type { UserActor } from "../access/actor.ts";
import { recordsFor } from "../access/records-for.ts";
import { signedInOrThrow } from "../auth/request-auth.ts";
import type { Clock } from "../clock.ts";
import { ApiError } from "../errors/api-error.ts";
import type { App } from "../http/type-provider.ts";
import type { DatabaseSchema, SessionLogRow } from "../storage/database-schema.ts";
import { ProgramParams } from "./programs.schema.ts";
import { findOwnedProgram, findProgramOwner } from "./programs.repository.ts";
import { programAccessDenied, programNotFound } from "./read-program.ts";
import { canonicalSessionBody, sessionBodyHash } from "./session-log-body.ts";
import { sessionLogProblems } from "./session-log-rules.ts";
import { presentSessionLog } from "./session-log.presenter.ts";
import { SessionBody, SessionList, SessionParams, SessionResponse } from "./session-logs.schema.ts";
import { findSessionLog, insertSessionLog } from "./session-logs.repository.ts";
import { decodePlanOrThrow } from "./stored-program.ts";

/** What the session-log routes need. */
export interface SessionLogRoutesOptions {
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  readonly library: ExerciseLibrary;
}

const tags = ["programs"];

function conflict(): ApiError {
  return new ApiError(
    "ILIO_ERR_SESSION_CONFLICT",
    "A different session is already stored under this id; it was not changed.",
    { errors: [{ field: "params/sessionId", message: "is already used for another session" }] },
  );
}

/** The stored log when `row` is an identical replay by `actor`; throws 409 otherwise. */
function replayOrThrow(
  row: SessionLogRow,
  actor: UserActor,
  programId: string,
  hash: string,
): SessionLogRow {
  if (row.patient_id !== actor.id || row.program_id !== programId || row.body_hash !== hash) {
    throw conflict();
  }
  return row;
}

/** Registers PUT /api/v1/programs/:id/sessions/:sessionId and GET /api/v1/programs/:id/sessions. */
export function sessionLogRoutes(app: App, options: SessionLogRoutesOptions): void {
  const { db, clock } = options;
  const libraryIds = new Set(options.library.exercises.map((e) => e.id));

  app.put(
    "/api/v1/programs/:id/sessions/:sessionId",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "Log one session under a client id (owner only; idempotent)",
        params: SessionParams,
        body: SessionBody,
        response: { 200: SessionResponse, 201: SessionResponse },
      },
    },
    async (request, reply) => {
      const { actor } = signedInOrThrow(request);
      const { id, sessionId } = request.params;
      const program = await findOwnedProgram(db, actor.id, id);
      if (program === undefined) {
        throw programNotFound(id);
      }
      const hash = sessionBodyHash(request.body);
      const existing = await findSessionLog(db, sessionId);
      if (existing !== undefined) {
        const replayed = replayOrThrow(existing, actor, id, hash);
        return reply.code(200).send({ session: presentSessionLog(replayed) });
      }
      const now = clock.now();
      const problems = sessionLogProblems(request.body, {
        now,
        plan: decodePlanOrThrow(program.plan_json),
        libraryIds,
      });
      if (problems.length > 0) {
        const fields = [...new Set(problems.map((p) => p.field))].join(", ");
        throw new ApiError("ILIO_ERR_SESSION_INVALID", `Invalid session: ${fields}.`, {
          errors: problems,
        });
      }
      const body = canonicalSessionBody(request.body);
      const row: SessionLogRow = {
        id: sessionId,
        program_id: id,
        patient_id: actor.id,
        started_at: body.startedAt,
        completed_at: body.completedAt,
        phase: body.phase,
        level: body.level,
        pain_before: body.painBefore,
        pain_during: body.painDuring,
        pain_after: body.painAfter,
        feedback: body.feedback ?? null,
        exercises_json: JSON.stringify(body.exercises),
        body_hash: hash,
        received_at: now.toISOString(),
      };
      if (!(await insertSessionLog(db, row))) {
        // A replay of the same request won the race; compare with what it stored.
        const raced = await findSessionLog(db, sessionId);
        if (raced === undefined) {
          throw conflict();
        }
        return reply
          .code(200)
          .send({ session: presentSessionLog(replayOrThrow(raced, actor, id, hash)) });
      }
      return reply.code(201).send({ session: presentSessionLog(row) });
    },
  );

  app.get(
    "/api/v1/programs/:id/sessions",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "The sessions logged against a program, by completion time (audited)",
        params: ProgramParams,
        response: { 200: SessionList },
      },
    },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      const { id } = request.params;
      const owner = await findProgramOwner(db, id);
      if (owner === undefined) {
        throw programNotFound(id);
      }
      const logs = await recordsFor(actor, { db, clock }).sessionLogsOf(owner, id);
      if (!logs.ok) {
        throw programAccessDenied();
      }
      return { sessions: logs.records.map(presentSessionLog) };
    },
  );
}
