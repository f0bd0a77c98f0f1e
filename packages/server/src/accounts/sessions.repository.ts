// Reads and writes `sessions`. A session row is keyed by the sha256 of the cookie token
// and carries the CSRF token bound to it. Expiry is compared with the caller's clock, never
// the database's, so tests control time. It must not see raw cookie tokens.
import type { Kysely } from "kysely";
import type { DatabaseSchema, Role } from "../storage/database-schema.ts";

/** A live session joined with its user. */
export interface SessionWithUser {
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
  readonly lastSeenAt: string;
  readonly userId: string;
  readonly role: Role;
  readonly email: string;
  readonly displayName: string | null;
  readonly userCreatedAt: string;
}

/** Stores a new session. */
export async function insertSession(
  db: Kysely<DatabaseSchema>,
  session: { id: string; userId: string; csrfToken: string; now: Date; ttlMs: number },
): Promise<void> {
  const now = session.now.toISOString();
  await db
    .insertInto("sessions")
    .values({
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(session.now.getTime() + session.ttlMs).toISOString(),
    })
    .execute();
}

/** Finds a session and its user by session id (expired ones too: the caller decides). */
export async function findSessionWithUser(
  db: Kysely<DatabaseSchema>,
  sessionId: string,
): Promise<SessionWithUser | undefined> {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id as sessionId",
      "sessions.csrf_token as csrfToken",
      "sessions.expires_at as expiresAt",
      "sessions.last_seen_at as lastSeenAt",
      "users.id as userId",
      "users.role as role",
      "users.email as email",
      "users.display_name as displayName",
      "users.created_at as userCreatedAt",
    ])
    .where("sessions.id", "=", sessionId)
    .executeTakeFirst();
}

/** Slides a session's expiry forward from `now`. */
export async function touchSession(
  db: Kysely<DatabaseSchema>,
  sessionId: string,
  now: Date,
  ttlMs: number,
): Promise<void> {
  await db
    .updateTable("sessions")
    .set({
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + ttlMs).toISOString(),
    })
    .where("id", "=", sessionId)
    .execute();
}

/** Deletes one session. */
export async function deleteSession(db: Kysely<DatabaseSchema>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Deletes every session of a user except `keepSessionId`. */
export async function deleteOtherSessions(
  db: Kysely<DatabaseSchema>,
  userId: string,
  keepSessionId: string,
): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where("user_id", "=", userId)
    .where("id", "!=", keepSessionId)
    .execute();
}
