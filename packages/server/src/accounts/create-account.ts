// Creates an account: normalizes the e-mail, hashes the password, inserts the row. Shared
// by the sign-up route and `ilio admin create`. Field rules are checked by the caller's
// schema (HTTP) or account-rules.ts (CLI); a taken e-mail is a result value.
import type { Kysely } from "kysely";
import type { Clock } from "../clock.ts";
import type { DatabaseSchema, Role, UserRow } from "../storage/database-schema.ts";
import { normalizeEmail } from "./account-rules.ts";
import { hashPassword } from "./password-hashing.ts";
import { insertUser } from "./users.repository.ts";

/** What a new account needs. */
export interface AccountInput {
  readonly email: string;
  readonly password: string;
  readonly role: Role;
  readonly displayName?: string | undefined;
}

/** The result of creating an account. */
export type CreateAccountResult =
  | { readonly ok: true; readonly user: UserRow }
  | { readonly ok: false; readonly reason: "email-taken" };

/** Creates an account; returns `email-taken` when the normalized e-mail exists. */
export async function createAccount(
  db: Kysely<DatabaseSchema>,
  clock: Clock,
  input: AccountInput,
): Promise<CreateAccountResult> {
  const email = normalizeEmail(input.email);
  const existing = await db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst();
  if (existing !== undefined) {
    return { ok: false, reason: "email-taken" };
  }
  return insertUser(db, {
    email,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    displayName: input.displayName ?? null,
    createdAt: clock.now(),
  });
}
