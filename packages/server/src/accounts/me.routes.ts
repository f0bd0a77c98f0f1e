// Routes under /api/v1/me for the signed-in user: read the account, change the password
// (signing out every other session) and delete the account with everything it owns.
// Both changes ask for the current password again, so a stolen session cannot do them.
import { Type } from "@sinclair/typebox";
import type { Kysely } from "kysely";
import { ApiError } from "../errors/api-error.ts";
import type { App } from "../http/type-provider.ts";
import { clearSessionCookie, setCsrfCookie } from "../auth/cookies.ts";
import { signedInOrThrow } from "../auth/request-auth.ts";
import { newToken } from "../auth/session-token.ts";
import type { DatabaseSchema, UserRow } from "../storage/database-schema.ts";
import { ChangePasswordBody, DeleteAccountBody, UserResponse } from "./accounts.schema.ts";
import { hashPassword, verifyPassword } from "./password-hashing.ts";
import { deleteOtherSessions } from "./sessions.repository.ts";
import { deleteUserAndOwnedRecords, findUserById, updatePasswordHash } from "./users.repository.ts";

/** What the /me routes need. */
export interface MeRoutesOptions {
  readonly db: Kysely<DatabaseSchema>;
  readonly cookieSecure: boolean;
}

const tags = ["me"];

async function currentUserOrThrow(db: Kysely<DatabaseSchema>, id: string): Promise<UserRow> {
  const user = await findUserById(db, id);
  if (user === undefined) {
    throw new ApiError("ILIO_ERR_AUTH_SESSION_INVALID", "Your session has ended. Sign in again.");
  }
  return user;
}

async function checkPasswordOrThrow(user: UserRow, password: string): Promise<void> {
  if (!(await verifyPassword(user.password_hash, password))) {
    throw new ApiError("ILIO_ERR_AUTH_PASSWORD_INCORRECT", "The current password is wrong.");
  }
}

/** Registers the /api/v1/me routes. */
export function meRoutes(app: App, options: MeRoutesOptions): void {
  app.get(
    "/api/v1/me",
    { config: { auth: "user" }, schema: { tags, response: { 200: UserResponse } } },
    // The auth hook's session lookup already joined the user row: no second query.
    (request) => {
      const { session } = signedInOrThrow(request);
      return Promise.resolve({ user: session.user });
    },
  );

  app.post(
    "/api/v1/me/password",
    {
      config: { auth: "user" },
      schema: { tags, body: ChangePasswordBody, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      const { actor, session } = signedInOrThrow(request);
      const user = await currentUserOrThrow(options.db, actor.id);
      await checkPasswordOrThrow(user, request.body.currentPassword);
      await updatePasswordHash(options.db, user.id, await hashPassword(request.body.newPassword));
      await deleteOtherSessions(options.db, user.id, session.id);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/api/v1/me",
    {
      config: { auth: "user" },
      schema: { tags, body: DeleteAccountBody, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      const { actor } = signedInOrThrow(request);
      const user = await currentUserOrThrow(options.db, actor.id);
      await checkPasswordOrThrow(user, request.body.password);
      await deleteUserAndOwnedRecords(options.db, user.id);
      clearSessionCookie(request, reply, options.cookieSecure);
      setCsrfCookie(request, reply, newToken(), options.cookieSecure);
      return reply.code(204).send(null);
    },
  );
}
