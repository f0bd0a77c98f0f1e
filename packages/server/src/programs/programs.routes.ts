// Creating and reading home programs. POST makes a program from one of the caller's own
// finished assessments with core's generator and stores the plan with the input it came
// from; a client-generated id replays idempotently (DESIGN.md, Data). Reads go through the
// access layer: the owner, or a clinician with an active care link (audited).
import type { Kysely } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { UserActor } from "../access/actor.ts";
import { recordsFor } from "../access/records-for.ts";
import { findOwnedAssessment } from "../assessments/assessments.repository.ts";
import { signedInOrThrow } from "../auth/request-auth.ts";
import type { Clock } from "../clock.ts";
import { ApiError } from "../errors/api-error.ts";
import type { App } from "../http/type-provider.ts";
import type { DatabaseSchema, ProgramRow } from "../storage/database-schema.ts";
import {
  isCalendarDate,
  programFromAssessmentOrThrow,
  type ProgramSources,
} from "./make-program.ts";
import { presentProgram, presentProgramSummary } from "./program.presenter.ts";
import {
  CreateProgramBody,
  ProgramList,
  ProgramParams,
  ProgramResponse,
} from "./programs.schema.ts";
import { findOwnedProgram, findProgramOwner, insertProgram } from "./programs.repository.ts";
import { programAccessDenied, reachableProgramOrThrow } from "./read-program.ts";

/** What the program routes need. */
export interface ProgramRoutesOptions {
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  readonly sources: ProgramSources;
}

const tags = ["programs"];

function idTaken(): ApiError {
  return new ApiError(
    "ILIO_ERR_PROGRAM_ID_TAKEN",
    "This id is already in use; generate a new one.",
    {
      errors: [{ field: "body/id", message: "is already in use" }],
    },
  );
}

/** The program stored under `id` when it is a replay of this request; throws 409 otherwise. */
async function replayedOrThrow(
  db: Kysely<DatabaseSchema>,
  actor: UserActor,
  id: string,
  assessmentId: string,
): Promise<ProgramRow | undefined> {
  if ((await findProgramOwner(db, id)) === undefined) {
    return undefined;
  }
  const own = await findOwnedProgram(db, actor.id, id);
  if (own?.assessment_id !== assessmentId) {
    throw idTaken();
  }
  return own;
}

/** Registers POST /api/v1/programs, GET /api/v1/programs/:id and GET /api/v1/me/programs. */
export function programRoutes(app: App, options: ProgramRoutesOptions): void {
  const { db, clock, sources } = options;

  app.post(
    "/api/v1/programs",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "Make a home program from one of your finished assessments (idempotent by id)",
        body: CreateProgramBody,
        response: { 200: ProgramResponse, 201: ProgramResponse },
      },
    },
    async (request, reply) => {
      const { actor } = signedInOrThrow(request);
      const { assessmentId } = request.body;
      const id = request.body.id ?? uuidv7();
      const startDate = request.body.startDate ?? clock.now().toISOString().slice(0, 10);
      if (!isCalendarDate(startDate)) {
        throw new ApiError("ILIO_ERR_REQUEST_VALIDATION", "Invalid fields: body/startDate.", {
          errors: [{ field: "body/startDate", message: "must be a calendar date (YYYY-MM-DD)" }],
        });
      }
      const replayed = await replayedOrThrow(db, actor, id, assessmentId);
      if (replayed !== undefined) {
        return reply.code(200).send({ program: presentProgram(replayed) });
      }
      const assessment = await findOwnedAssessment(db, actor.id, assessmentId);
      if (assessment === undefined) {
        throw new ApiError("ILIO_ERR_REQUEST_NOT_FOUND", `There is no assessment ${assessmentId}.`);
      }
      const { input, plan } = programFromAssessmentOrThrow(assessment, startDate, sources);
      const now = clock.now().toISOString();
      const row: ProgramRow = {
        id,
        patient_id: actor.id,
        assessment_id: assessmentId,
        content_version: plan.contentVersion,
        input_json: JSON.stringify(input),
        overrides_json: "{}",
        plan_json: JSON.stringify(plan),
        created_at: now,
        updated_at: now,
      };
      if (!(await insertProgram(db, row))) {
        // Lost a race with a replay of the same request (or someone else's id).
        const raced = await replayedOrThrow(db, actor, id, assessmentId);
        if (raced === undefined) {
          throw idTaken();
        }
        return reply.code(200).send({ program: presentProgram(raced) });
      }
      return reply.code(201).send({ program: presentProgram(row) });
    },
  );

  app.get(
    "/api/v1/programs/:id",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "One program with its plan (owner or linked clinician; audited)",
        params: ProgramParams,
        response: { 200: ProgramResponse },
      },
    },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      const row = await reachableProgramOrThrow(actor, request.params.id, { db, clock });
      return { program: presentProgram(row) };
    },
  );

  app.get(
    "/api/v1/me/programs",
    {
      config: { auth: "user" },
      schema: {
        tags,
        summary: "Your programs, newest first (without plans)",
        response: { 200: ProgramList },
      },
    },
    async (request) => {
      const { actor } = signedInOrThrow(request);
      const result = await recordsFor(actor, { db, clock }).programsOf(actor.id);
      if (!result.ok) {
        throw programAccessDenied();
      }
      return { programs: result.records.map(presentProgramSummary) };
    },
  );
}
