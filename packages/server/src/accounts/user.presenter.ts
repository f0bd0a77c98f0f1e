// Turns a `users` row into the API's user shape. The only place that decides which user
// columns leave the server: never the password hash.
import type { UserRow } from "../storage/database-schema.ts";
import type { SessionWithUser } from "./sessions.repository.ts";
import type { UserView } from "./accounts.schema.ts";

/** The public view of an account. */
export function presentUser(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    createdAt: row.created_at,
  };
}

/** The same view from the session lookup's join (GET /me answers from it). */
export function presentSessionUser(found: SessionWithUser): UserView {
  return {
    id: found.userId,
    email: found.email,
    displayName: found.displayName,
    role: found.role,
    createdAt: found.userCreatedAt,
  };
}
