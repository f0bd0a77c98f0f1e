// Factories for test data with overrides (`buildUser(db, { role: "clinician" })`). They
// write through the same repositories the server uses; the default password's hash is
// computed once per process because argon2id is slow on purpose.
import type { Answers, KnowledgeBase } from "@ilio/core";
import { exerciseLibrary } from "@ilio/content/exercises";
import { programContent } from "@ilio/content/programs";
import type { Kysely } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { hashPassword } from "../../src/accounts/password-hashing.ts";
import { insertUser } from "../../src/accounts/users.repository.ts";
import { insertCareLink } from "../../src/access/care-links.repository.ts";
import { assessmentOutcome } from "../../src/assessments/assessment-outcome.ts";
import { insertAssessment } from "../../src/assessments/assessments.repository.ts";
import { storedState } from "../../src/assessments/stored-interview.ts";
import { programFromAssessmentOrThrow } from "../../src/programs/make-program.ts";
import { insertProgram } from "../../src/programs/programs.repository.ts";
import type {
  AssessmentRow,
  DatabaseSchema,
  ProgramRow,
  Role,
  UserRow,
} from "../../src/storage/database-schema.ts";
import { interviewAnswers } from "./answer-sets.ts";
import { TEST_START } from "./test-app.ts";

/** The password of every factory-built user unless overridden. */
export const DEFAULT_PASSWORD = "correct horse battery";

let defaultHash: Promise<string> | undefined;
let sequence = 0;

/** Overrides for buildUser. */
export interface UserOverrides {
  readonly email?: string;
  readonly password?: string;
  readonly role?: Role;
  readonly displayName?: string | null;
}

/** Inserts a user; returns the row and the plain password. */
export async function buildUser(
  db: Kysely<DatabaseSchema>,
  overrides: UserOverrides = {},
): Promise<{ user: UserRow; password: string }> {
  sequence += 1;
  const password = overrides.password ?? DEFAULT_PASSWORD;
  defaultHash ??= hashPassword(DEFAULT_PASSWORD);
  const passwordHash =
    password === DEFAULT_PASSWORD ? await defaultHash : await hashPassword(password);
  const result = await insertUser(db, {
    email: overrides.email ?? `user${sequence}-${uuidv7().slice(-6)}@example.org`,
    passwordHash,
    role: overrides.role ?? "patient",
    displayName: overrides.displayName === undefined ? `User ${sequence}` : overrides.displayName,
    createdAt: TEST_START,
  });
  if (!result.ok) {
    throw new Error(`buildUser: ${result.reason}`);
  }
  return { user: result.user, password };
}

/** Links a clinician to a patient (active unless `active: false`). */
export async function buildCareLink(
  db: Kysely<DatabaseSchema>,
  link: { clinicianId: string; patientId: string; active?: boolean },
): Promise<void> {
  await insertCareLink(db, { ...link, active: link.active ?? true, createdAt: TEST_START });
}

/** Inserts an assessment for a patient. */
export async function buildAssessment(
  db: Kysely<DatabaseSchema>,
  patientId: string,
  overrides: Partial<AssessmentRow> = {},
): Promise<AssessmentRow> {
  const row: AssessmentRow = {
    id: uuidv7(),
    patient_id: patientId,
    content_version: "test-1",
    answers_json: "[]",
    result_json: "{}",
    triage: "self-care",
    top_condition: "iliopsoas-syndrome",
    status: "complete",
    created_at: TEST_START.toISOString(),
    updated_at: TEST_START.toISOString(),
    ...overrides,
  };
  await db.insertInto("assessments").values(row).execute();
  return row;
}

/** Inserts an assessment the way the API stores one: `answers` evaluated by the engine. */
export async function buildEvaluatedAssessment(
  db: Kysely<DatabaseSchema>,
  kb: KnowledgeBase,
  patientId: string,
  answers: Answers = {},
): Promise<AssessmentRow> {
  const state = storedState(kb, answers, assessmentOutcome(kb, answers));
  const inserted = await insertAssessment(db, {
    id: uuidv7(),
    ownerId: patientId,
    state,
    now: TEST_START,
  });
  if (!inserted.ok) {
    throw new Error("buildEvaluatedAssessment: id taken");
  }
  return inserted.row;
}

/**
 * Inserts a program the way POST /api/v1/programs stores one: an evaluated assessment of
 * `answers` (a finished groin-pain interview by default), then core's generator. Throws when
 * the answers give no program.
 */
export async function buildProgram(
  db: Kysely<DatabaseSchema>,
  kb: KnowledgeBase,
  patientId: string,
  answers: Answers = interviewAnswers(kb),
): Promise<{ program: ProgramRow; assessment: AssessmentRow }> {
  const assessment = await buildEvaluatedAssessment(db, kb, patientId, answers);
  const sources = { content: programContent, library: exerciseLibrary };
  const { input, plan } = programFromAssessmentOrThrow(assessment, "2025-03-14", sources);
  const program: ProgramRow = {
    id: uuidv7(),
    patient_id: patientId,
    assessment_id: assessment.id,
    content_version: plan.contentVersion,
    input_json: JSON.stringify(input),
    overrides_json: "{}",
    plan_json: JSON.stringify(plan),
    created_at: TEST_START.toISOString(),
    updated_at: TEST_START.toISOString(),
  };
  if (!(await insertProgram(db, program))) {
    throw new Error("buildProgram: id taken");
  }
  return { program, assessment };
}

/** Row counts of every table, to assert that bad input changed nothing. */
export async function countRows(db: Kysely<DatabaseSchema>): Promise<Record<string, number>> {
  const tables = [
    "users",
    "sessions",
    "care_links",
    "audit_log",
    "assessments",
    "programs",
    "session_logs",
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
