// Who is making a request: a signed-in user with a role, or nobody. Every access decision
// takes an Actor; nothing in the server reads "the current user" from anywhere else.
import type { Role } from "../storage/database-schema.ts";

/** A signed-in user. */
export interface UserActor {
  readonly kind: "user";
  readonly id: string;
  readonly role: Role;
}

/** Nobody signed in. */
export interface AnonymousActor {
  readonly kind: "anonymous";
}

/** The subject of every access decision. */
export type Actor = UserActor | AnonymousActor;

/** The one anonymous actor. */
export const ANONYMOUS: AnonymousActor = Object.freeze({ kind: "anonymous" });

/** Builds a user actor. */
export function userActor(id: string, role: Role): UserActor {
  return { kind: "user", id, role };
}
