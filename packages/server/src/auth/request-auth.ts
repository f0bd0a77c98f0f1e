// The actor and session resolved for one request, kept beside the request (a WeakMap, so
// nothing outlives it) and read through typed functions instead of mutable decorations.
import type { FastifyRequest } from "fastify";
import { ANONYMOUS, type Actor, type UserActor } from "../access/actor.ts";
import type { UserView } from "../accounts/accounts.schema.ts";
import { ApiError } from "../errors/api-error.ts";

/** The session behind a signed-in request. */
export interface ActiveSession {
  /** sha256 of the cookie token: the `sessions.id`. */
  readonly id: string;
  readonly csrfToken: string;
  /** The account as the session lookup read it (same query), for GET /me. */
  readonly user: UserView;
}

interface RequestAuth {
  readonly actor: Actor;
  readonly session: ActiveSession | null;
  /** A session cookie came with the request but matched no live session. */
  readonly sessionEnded: boolean;
}

const byRequest = new WeakMap<FastifyRequest, RequestAuth>();

/** Records what authentication found for a request. */
export function setRequestAuth(request: FastifyRequest, auth: RequestAuth): void {
  byRequest.set(request, auth);
}

/** The request's auth state (anonymous until authentication has run). */
export function requestAuth(request: FastifyRequest): RequestAuth {
  return byRequest.get(request) ?? { actor: ANONYMOUS, session: null, sessionEnded: false };
}

/** The request's actor. */
export function actorOf(request: FastifyRequest): Actor {
  return requestAuth(request).actor;
}

/** The signed-in actor and session, or throws 401 (routes with auth "user" never do). */
export function signedInOrThrow(request: FastifyRequest): {
  actor: UserActor;
  session: ActiveSession;
} {
  const { actor, session } = requestAuth(request);
  if (actor.kind !== "user" || session === null) {
    throw new ApiError("ILIO_ERR_AUTH_REQUIRED", "Sign in to continue.");
  }
  return { actor, session };
}
