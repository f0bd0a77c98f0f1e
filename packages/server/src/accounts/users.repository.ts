// Reads and writes `users`. Returns rows; presenters turn them into API shapes. It must
// not hash passwords or decide who may do what: callers bring a hash and an allowed actor.
import type { Kysely } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { DatabaseSchema, Role, UserRow } from "../storage/database-schema.ts";
import { isUniqueViolation } from "../storage/unique-violation.ts";

/** What a new account needs; `email` must already be normalized. */
export interface NewUser {
  readonly email: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly displayName: string | null;
  readonly createdAt: Date;
}

/** The result of inserting a user. */
export type InsertUserResult =
  | { readonly ok: true; readonly user: UserRow }
  | { readonly ok: false; readonly reason: "email-taken" };

/** Inserts a user with a fresh UUIDv7 id; a duplicate e-mail is a value, not a throw. */
export async function insertUser(
  db: Kysely<DatabaseSchema>,
  user: NewUser,
): Promise<InsertUserResult> {
  const row: UserRow = {
    id: uuidv7(),
    email: user.email,
    password_hash: user.passwordHash,
    role: user.role,
    display_name: user.displayName,
    created_at: user.createdAt.toISOString(),
  };
  try {
    await db.insertInto("users").values(row).execute();
    return { ok: true, user: row };
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, reason: "email-taken" };
    }
    throw error;
  }
}

/** Finds a user by normalized e-mail. */
export async function findUserByEmail(
  db: Kysely<DatabaseSchema>,
  email: string,
): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

/** Finds a user by id. */
export async function findUserById(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Replaces a user's password hash. */
export async function updatePasswordHash(
  db: Kysely<DatabaseSchema>,
  id: string,
  passwordHash: string,
): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", id).execute();
}

/**
 * Deletes a user and everything the user owns, in one transaction. Foreign keys cascade
 * too; the explicit deletes keep this true even on a database opened without them.
 */
export async function deleteUserAndOwnedRecords(
  db: Kysely<DatabaseSchema>,
  id: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("assessments").where("patient_id", "=", id).execute();
    await trx
      .deleteFrom("care_links")
      .where((eb) => eb.or([eb("patient_id", "=", id), eb("clinician_id", "=", id)]))
      .execute();
    await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
    await trx.deleteFrom("users").where("id", "=", id).execute();
  });
}
