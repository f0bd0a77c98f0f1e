// Starts a session after a successful sign-up or sign-in: a new random cookie token (its
// sha256 stored), a new CSRF token bound to the session, both cookies set. Issuing fresh
// tokens at every sign-in prevents session fixation (OWASP Session Management).
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { insertSession } from "../accounts/sessions.repository.ts";
import type { Clock } from "../clock.ts";
import type { DatabaseSchema } from "../storage/database-schema.ts";
import { setCsrfCookie, setSessionCookie } from "./cookies.ts";
import { newToken, sessionIdFor } from "./session-token.ts";

/** What starting a session needs. */
export interface SessionSettings {
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  readonly sessionTtlMs: number;
  readonly cookieSecure: boolean;
}

/** Creates the session row, sets both cookies and returns the new CSRF token. */
export async function startSession(
  request: FastifyRequest,
  reply: FastifyReply,
  settings: SessionSettings,
  userId: string,
): Promise<string> {
  const token = newToken();
  const csrfToken = newToken();
  await insertSession(settings.db, {
    id: sessionIdFor(token),
    userId,
    csrfToken,
    now: settings.clock.now(),
    ttlMs: settings.sessionTtlMs,
  });
  setSessionCookie(request, reply, token, settings.sessionTtlMs, settings.cookieSecure);
  setCsrfCookie(request, reply, csrfToken, settings.cookieSecure);
  return csrfToken;
}
