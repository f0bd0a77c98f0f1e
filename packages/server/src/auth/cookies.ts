// The two cookies: `ilio_session` (HttpOnly, SameSite=Lax: sent on top-level navigation
// from links, never readable by scripts) and `ilio_csrf` (readable by the app's script,
// SameSite=Strict, echoed back in the x-csrf-token header: the double-submit pattern,
// https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html).
import type { FastifyReply, FastifyRequest } from "fastify";

/** Cookie holding the session token. */
export const SESSION_COOKIE = "ilio_session";
/** Cookie holding the CSRF token. */
export const CSRF_COOKIE = "ilio_csrf";
/** Header that must echo the CSRF cookie on unsafe requests. */
export const CSRF_HEADER = "x-csrf-token";

function secure(request: FastifyRequest, cookieSecure: boolean): boolean {
  return cookieSecure || request.protocol === "https";
}

/** Sets the session cookie for `maxAgeMs`. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeMs: number,
  cookieSecure: boolean,
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secure(request, cookieSecure),
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

/** Sets the CSRF cookie (a browser-session cookie, readable by scripts). */
export function setCsrfCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  cookieSecure: boolean,
): void {
  void reply.setCookie(CSRF_COOKIE, token, {
    httpOnly: false,
    sameSite: "strict",
    path: "/",
    secure: secure(request, cookieSecure),
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  cookieSecure: boolean,
): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secure(request, cookieSecure),
  });
}
