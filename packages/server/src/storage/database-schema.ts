// The shape of every table as Kysely sees it. One interface per table, columns in the
// portable subset both SQLite and PostgreSQL agree on: text ids (UUIDv7), timestamps as
// ISO-8601 UTC text (`2025-01-31T08:00:00.000Z`, which sorts as time), booleans as 0/1.
// It must not describe anything a migration does not create.
import type { Insertable, Selectable } from "kysely";

/** Roles an account can hold. Admins are created by `ilio admin create` only. */
export type Role = "patient" | "clinician" | "admin";

/** `users`: one row per account; `email` is stored lower-cased and NFC-normalized. */
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: Role;
  display_name: string | null;
  created_at: string;
}

/** `sessions`: server-side sessions; `id` is the sha256 (hex) of the cookie token. */
export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

/** `care_links`: a clinician may read a patient's records while `active` is 1. */
export interface CareLinksTable {
  id: string;
  clinician_id: string;
  patient_id: string;
  active: number;
  created_at: string;
}

/** `audit_log`: every clinician read of a patient's records, allowed or denied. */
export interface AuditLogTable {
  id: string;
  actor_id: string;
  action: string;
  subject_patient_id: string;
  record_type: string;
  record_id: string | null;
  allowed: number;
  at: string;
}

/** Where a stored interview stands: "complete" when the engine has nothing more to ask. */
export type AssessmentStatus = "in-progress" | "complete";

/**
 * `assessments`: one interview and its result, owned by a patient. `answers_json` is an
 * ordered JSON array of `[questionId, value]` pairs (migration 0003); `result_json` is the
 * engine's result for those answers under `content_version`, computed by the server.
 */
export interface AssessmentsTable {
  id: string;
  patient_id: string;
  content_version: string;
  answers_json: string;
  result_json: string;
  triage: string;
  top_condition: string | null;
  created_at: string;
  status: AssessmentStatus;
  updated_at: string;
}

/**
 * `programs`: a home program owned by a patient. `input_json` is the generator's input as
 * made from the assessment (core ProgramInput without overrides), `overrides_json` the
 * clinician's changes (core ClinicianOverrides), `plan_json` the generated core Program.
 */
export interface ProgramsTable {
  id: string;
  patient_id: string;
  assessment_id: string;
  content_version: string;
  input_json: string;
  overrides_json: string;
  plan_json: string;
  created_at: string;
  updated_at: string;
}

/**
 * `session_logs`: one exercise session as the device logged it, under its client id.
 * `exercises_json` is the list of exercises done; `body_hash` the sha256 of the canonical
 * request body, so a replay with a different body is a conflict, not an overwrite.
 */
export interface SessionLogsTable {
  id: string;
  program_id: string;
  patient_id: string;
  started_at: string;
  completed_at: string;
  phase: string;
  level: number;
  pain_before: number;
  pain_during: number;
  pain_after: number;
  feedback: string | null;
  exercises_json: string;
  body_hash: string;
  received_at: string;
}

/** Every table, keyed by its SQL name. */
export interface DatabaseSchema {
  users: UsersTable;
  sessions: SessionsTable;
  care_links: CareLinksTable;
  audit_log: AuditLogTable;
  assessments: AssessmentsTable;
  programs: ProgramsTable;
  session_logs: SessionLogsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type CareLinkRow = Selectable<CareLinksTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type AssessmentRow = Selectable<AssessmentsTable>;
export type NewAssessmentRow = Insertable<AssessmentsTable>;
export type ProgramRow = Selectable<ProgramsTable>;
export type SessionLogRow = Selectable<SessionLogsTable>;
