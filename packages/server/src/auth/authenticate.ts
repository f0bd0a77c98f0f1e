// The onRequest hook every request passes: resolves the session cookie to an actor,
// checks the CSRF token on unsafe /api requests, then enforces the route's declared
// `config.auth`. Runs before body parsing, so an anonymous caller learns nothing about a
// protected route's body rules. It must not decide access to patient records (access/).
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { userActor, ANONYMOUS } from "../access/actor.ts";
import { presentSessionUser } from "../accounts/user.presenter.ts";
import { canCallRoute } from "../access/policies.ts";
import {
  deleteSession,
  findSessionWithUser,
  touchSession,
} from "../accounts/sessions.repository.ts";
import type { Clock } from "../clock.ts";
import { ApiError } from "../errors/api-error.ts";
import type { DatabaseSchema } from "../storage/database-schema.ts";
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  clearSessionCookie,
  setSessionCookie,
} from "./cookies.ts";
import { requestAuth, setRequestAuth, type ActiveSession } from "./request-auth.ts";
import { looksLikeToken, sessionIdFor, tokensEqual } from "./session-token.ts";

/** What the hook needs. */
export interface AuthenticationOptions {
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  readonly sessionTtlMs: number;
  readonly cookieSecure: boolean;
}

/** Refresh last_seen_at at most once a minute, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;
/** RFC 9110 section 9.2.1: these methods are safe; everything else changes state. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

async function resolveSession(
  request: FastifyRequest,
  reply: FastifyReply,
  options: AuthenticationOptions,
): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || token === "") {
    setRequestAuth(request, { actor: ANONYMOUS, session: null, sessionEnded: false });
    return;
  }
  const now = options.clock.now();
  const id = looksLikeToken(token) ? sessionIdFor(token) : null;
  const found = id === null ? undefined : await findSessionWithUser(options.db, id);
  if (found === undefined || Date.parse(found.expiresAt) <= now.getTime()) {
    if (found !== undefined) {
      await deleteSession(options.db, found.sessionId);
    }
    clearSessionCookie(request, reply, options.cookieSecure);
    setRequestAuth(request, { actor: ANONYMOUS, session: null, sessionEnded: true });
    return;
  }
  if (now.getTime() - Date.parse(found.lastSeenAt) >= TOUCH_INTERVAL_MS) {
    await touchSession(options.db, found.sessionId, now, options.sessionTtlMs);
    setSessionCookie(request, reply, token, options.sessionTtlMs, options.cookieSecure);
  }
  const session: ActiveSession = {
    id: found.sessionId,
    csrfToken: found.csrfToken,
    user: presentSessionUser(found),
  };
  setRequestAuth(request, {
    actor: userActor(found.userId, found.role),
    session,
    sessionEnded: false,
  });
}

function checkCsrfOrThrow(request: FastifyRequest, session: ActiveSession | null): void {
  const header = request.headers[CSRF_HEADER];
  const cookie = request.cookies[CSRF_COOKIE];
  const ok =
    typeof header === "string" &&
    header !== "" &&
    cookie !== undefined &&
    tokensEqual(header, cookie) &&
    (session === null || tokensEqual(header, session.csrfToken));
  if (!ok) {
    throw new ApiError(
      "ILIO_ERR_AUTH_CSRF",
      "Send the ilio_csrf cookie's value in the x-csrf-token header (GET /api/v1/auth/csrf).",
    );
  }
}

/** Registers the hook on the root instance. */
export function authenticationHook(options: AuthenticationOptions) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    await resolveSession(request, reply, options);
    const auth = request.routeOptions.config.auth;
    if (auth === undefined) {
      return;
    }
    const { actor, session, sessionEnded } = requestAuth(request);
    if (!SAFE_METHODS.has(request.method) && request.url.startsWith("/api/")) {
      checkCsrfOrThrow(request, session);
    }
    const decision = canCallRoute(actor, auth);
    if (decision.allowed) {
      return;
    }
    if (decision.reason === "anonymous") {
      throw sessionEnded
        ? new ApiError("ILIO_ERR_AUTH_SESSION_INVALID", "Your session has ended. Sign in again.")
        : new ApiError("ILIO_ERR_AUTH_REQUIRED", "Sign in to continue.");
    }
    throw new ApiError("ILIO_ERR_AUTH_FORBIDDEN", "Your account's role may not do this.");
  };
}
