// Routes under /api/v1/auth: the CSRF token, sign-up, sign-in and sign-out. Sign-in gives
// one answer for a wrong e-mail and a wrong password and spends the same argon2 time on
// both, so it cannot be used to find out who has an account (OWASP Authentication).
import { Type } from "@sinclair/typebox";
import { ApiError } from "../errors/api-error.ts";
import type { App } from "../http/type-provider.ts";
import { CSRF_COOKIE, clearSessionCookie, setCsrfCookie } from "../auth/cookies.ts";
import { requestAuth } from "../auth/request-auth.ts";
import { looksLikeToken, newToken } from "../auth/session-token.ts";
import { startSession, type SessionSettings } from "../auth/start-session.ts";
import { normalizeEmail } from "./account-rules.ts";
import { CsrfResponse, SignedInResponse, SignInBody, SignUpBody } from "./accounts.schema.ts";
import { createAccount } from "./create-account.ts";
import { verifyAgainstDummy, verifyPassword } from "./password-hashing.ts";
import type { CredentialLimits } from "./rate-limits.ts";
import { deleteSession } from "./sessions.repository.ts";
import { findUserByEmail } from "./users.repository.ts";
import { presentUser } from "./user.presenter.ts";

/** What the auth routes need. */
export interface AuthRoutesOptions extends SessionSettings {
  readonly limits: CredentialLimits;
}

const tags = ["auth"];

/** Registers the /api/v1/auth routes. */
export function authRoutes(app: App, options: AuthRoutesOptions): void {
  app.get(
    "/api/v1/auth/csrf",
    { config: { auth: "public" }, schema: { tags, response: { 200: CsrfResponse } } },
    async (request, reply) => {
      const { session } = requestAuth(request);
      const cookie = request.cookies[CSRF_COOKIE];
      const csrfToken =
        session?.csrfToken ??
        (cookie !== undefined && looksLikeToken(cookie) ? cookie : newToken());
      setCsrfCookie(request, reply, csrfToken, options.cookieSecure);
      return { csrfToken };
    },
  );

  app.post(
    "/api/v1/auth/sign-up",
    {
      config: { auth: "public" },
      onRequest: options.limits.signUp.onRequest,
      schema: { tags, body: SignUpBody, response: { 201: SignedInResponse } },
    },
    async (request, reply) => {
      const { email, password, displayName, role } = request.body;
      const created = await createAccount(options.db, options.clock, {
        email,
        password,
        displayName,
        role: role ?? "patient",
      });
      if (!created.ok) {
        throw new ApiError(
          "ILIO_ERR_AUTH_EMAIL_TAKEN",
          "An account with this e-mail already exists.",
        );
      }
      const csrfToken = await startSession(request, reply, options, created.user.id);
      return reply.code(201).send({ user: presentUser(created.user), csrfToken });
    },
  );

  app.post(
    "/api/v1/auth/sign-in",
    {
      config: { auth: "public" },
      onRequest: options.limits.signIn.onRequest,
      preHandler: options.limits.signIn.preHandler,
      schema: { tags, body: SignInBody, response: { 200: SignedInResponse } },
    },
    async (request, reply) => {
      const user = await findUserByEmail(options.db, normalizeEmail(request.body.email));
      const valid =
        user === undefined
          ? await verifyAgainstDummy(request.body.password)
          : await verifyPassword(user.password_hash, request.body.password);
      if (user === undefined || !valid) {
        throw new ApiError("ILIO_ERR_AUTH_INVALID_CREDENTIALS", "Wrong e-mail or password.");
      }
      const previous = requestAuth(request).session;
      if (previous !== null) {
        await deleteSession(options.db, previous.id);
      }
      const csrfToken = await startSession(request, reply, options, user.id);
      return { user: presentUser(user), csrfToken };
    },
  );

  app.post(
    "/api/v1/auth/sign-out",
    { config: { auth: "public" }, schema: { tags, response: { 204: Type.Null() } } },
    async (request, reply) => {
      const { session } = requestAuth(request);
      if (session !== null) {
        await deleteSession(options.db, session.id);
      }
      clearSessionCookie(request, reply, options.cookieSecure);
      setCsrfCookie(request, reply, newToken(), options.cookieSecure);
      return reply.code(204).send(null);
    },
  );
}
