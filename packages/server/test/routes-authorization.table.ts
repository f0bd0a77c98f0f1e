// The authorization table: one entry per route ("METHOD /pattern"), saying who may call
// it and how to build a request to it. routes-authorization.int.test.ts walks the app's
// real route table and fails for any route missing here, then checks each entry's claims
// against the running app. Adding a route? Add its line here. HEAD routes inherit GET's.
import { knowledgeBase } from "@ilio/content";
import type { Role } from "@ilio/server";

/** A request to one route, built with the ids of the test's users. */
export interface RouteRequest {
  readonly url: string;
  readonly body?: unknown;
}

/** Ids the request builders can use. */
export interface AuthorizationContext {
  /** A patient nobody is linked to (not the caller). */
  readonly otherPatientId: string;
  /** An assessment owned by `otherPatientId`. */
  readonly otherAssessmentId: string;
  /** A program owned by `otherPatientId`. */
  readonly otherProgramId: string;
  /** An exercise in that program (for session logs). */
  readonly otherProgramExerciseId: string;
}

/** Who may call a route. */
export type Access =
  | { readonly kind: "public" }
  | { readonly kind: "user" }
  | { readonly kind: "role"; readonly role: Role }
  /** Any signed-in user may call it, but only for their own or linked patients' records. */
  | { readonly kind: "patient-records" }
  /**
   * Only the record's owner may call it: everyone else, linked clinicians included, gets
   * `othersGet` (a status and code that say nothing about the record).
   */
  | { readonly kind: "owner-only"; readonly othersGet: string };

/** One route's entry. */
export interface AuthorizationEntry {
  readonly access: Access;
  readonly request: (context: AuthorizationContext) => RouteRequest;
}

const PUBLIC: Access = { kind: "public" };
const USER: Access = { kind: "user" };
const fixed = (url: string, body?: unknown) => () => ({ url, body });
const NOT_FOUND = "404 ILIO_ERR_REQUEST_NOT_FOUND";
const programUrl = (c: AuthorizationContext, suffix = "") =>
  `/api/v1/programs/${c.otherProgramId}${suffix}`;
const assessmentUrl = (c: AuthorizationContext, suffix = "") =>
  `/api/v1/assessments/${c.otherAssessmentId}${suffix}`;

/** Every route of the app. */
export const AUTHORIZATION_TABLE: Readonly<Record<string, AuthorizationEntry>> = {
  "GET /healthz": { access: PUBLIC, request: fixed("/healthz") },
  "GET /readyz": { access: PUBLIC, request: fixed("/readyz") },
  "GET /metrics": { access: PUBLIC, request: fixed("/metrics") },
  "GET /api/v1/openapi.json": { access: PUBLIC, request: fixed("/api/v1/openapi.json") },
  "GET /api/v1/auth/csrf": { access: PUBLIC, request: fixed("/api/v1/auth/csrf") },
  "POST /api/v1/auth/sign-up": {
    access: PUBLIC,
    request: fixed("/api/v1/auth/sign-up", {
      email: "authz-new@example.org",
      password: "a long enough password",
    }),
  },
  "POST /api/v1/auth/sign-in": {
    access: PUBLIC,
    request: fixed("/api/v1/auth/sign-in", {
      email: "nobody@example.org",
      password: "whatever password",
    }),
  },
  "POST /api/v1/auth/sign-out": { access: PUBLIC, request: fixed("/api/v1/auth/sign-out") },
  "GET /api/v1/me": { access: USER, request: fixed("/api/v1/me") },
  "POST /api/v1/me/password": {
    access: USER,
    request: fixed("/api/v1/me/password", {
      currentPassword: "not the password",
      newPassword: "another long password",
    }),
  },
  "DELETE /api/v1/me": {
    access: USER,
    request: fixed("/api/v1/me", { password: "not the password" }),
  },
  "GET /api/v1/me/assessments": { access: USER, request: fixed("/api/v1/me/assessments") },
  "POST /api/v1/assessments/evaluate": {
    access: PUBLIC,
    request: fixed("/api/v1/assessments/evaluate", { partial: true, answers: { age: 30 } }),
  },
  "POST /api/v1/assessments/next": {
    access: PUBLIC,
    request: fixed("/api/v1/assessments/next", { answers: {} }),
  },
  "POST /api/v1/assessments": { access: USER, request: fixed("/api/v1/assessments", {}) },
  "POST /api/v1/assessments/:id/answers": {
    access: { kind: "owner-only", othersGet: NOT_FOUND },
    request: (c) => ({
      url: assessmentUrl(c, "/answers"),
      body: { questionId: "pregnancy", value: "no" },
    }),
  },
  "POST /api/v1/assessments/:id/undo": {
    access: { kind: "owner-only", othersGet: NOT_FOUND },
    request: (c) => ({ url: assessmentUrl(c, "/undo") }),
  },
  "PUT /api/v1/assessments/:id": {
    access: { kind: "owner-only", othersGet: "409 ILIO_ERR_ASSESSMENT_ID_TAKEN" },
    request: (c) => ({
      url: assessmentUrl(c),
      body: { contentVersion: knowledgeBase.contentVersion, answers: { age: 30 } },
    }),
  },
  "GET /api/v1/assessments/:id": {
    access: { kind: "patient-records" },
    request: (c) => ({ url: assessmentUrl(c) }),
  },
  "GET /api/v1/assessments/:id/result": {
    access: { kind: "patient-records" },
    request: (c) => ({ url: assessmentUrl(c, "/result") }),
  },
  "GET /api/v1/patients/:patientId/assessments": {
    access: { kind: "patient-records" },
    request: (c) => ({ url: `/api/v1/patients/${c.otherPatientId}/assessments` }),
  },
  "POST /api/v1/programs": {
    access: USER,
    request: (c) => ({ url: "/api/v1/programs", body: { assessmentId: c.otherAssessmentId } }),
  },
  "GET /api/v1/me/programs": { access: USER, request: fixed("/api/v1/me/programs") },
  "GET /api/v1/programs/:id": {
    access: { kind: "patient-records" },
    request: (c) => ({ url: programUrl(c) }),
  },
  "PUT /api/v1/programs/:id/overrides": {
    access: { kind: "patient-records" },
    request: (c) => ({ url: programUrl(c, "/overrides"), body: { overrides: {} } }),
  },
  "GET /api/v1/programs/:id/today": {
    access: { kind: "patient-records" },
    request: (c) => ({ url: programUrl(c, "/today") }),
  },
  "GET /api/v1/programs/:id/sessions": {
    access: { kind: "patient-records" },
    request: (c) => ({ url: programUrl(c, "/sessions") }),
  },
  "PUT /api/v1/programs/:id/sessions/:sessionId": {
    access: { kind: "owner-only", othersGet: NOT_FOUND },
    request: (c) => ({
      url: programUrl(c, "/sessions/01950000-0000-7000-8000-000000000001"),
      body: {
        startedAt: "2025-03-14T08:00:00.000Z",
        completedAt: "2025-03-14T08:30:00.000Z",
        phase: "restore",
        level: 0,
        painBefore: 2,
        painDuring: 3,
        painAfter: 2,
        exercises: [{ exerciseId: c.otherProgramExerciseId, setsDone: 2, skipped: false }],
      },
    }),
  },
};
