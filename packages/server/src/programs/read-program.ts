// Reads one program for an actor through the access layer: find whose it is, then ask
// recordsFor(actor) for it, which applies the care-link policy and audits any access to
// someone else's program, allowed or denied ("write" when the caller is about to change
// it). A missing id is 404; an existing one the actor may not reach is 403 (and audited).
import type { Actor } from "../access/actor.ts";
import { recordsFor, type AccessDependencies } from "../access/records-for.ts";
import { ApiError } from "../errors/api-error.ts";
import type { ProgramRow } from "../storage/database-schema.ts";
import { findProgramOwner } from "./programs.repository.ts";

/** The error for a program id that does not exist (or is not the caller's to log against). */
export function programNotFound(id: string): ApiError {
  return new ApiError("ILIO_ERR_REQUEST_NOT_FOUND", `There is no program ${id}.`);
}

/** The error for a program the actor may not reach. */
export function programAccessDenied(): ApiError {
  return new ApiError("ILIO_ERR_ACCESS_DENIED", "You have no access to this patient's records.");
}

/** Program `id` if `actor` may read it (or change it, with `purpose: "write"`); throws 404/403. */
export async function reachableProgramOrThrow(
  actor: Actor,
  id: string,
  deps: AccessDependencies,
  purpose: "read" | "write" = "read",
): Promise<ProgramRow> {
  const owner = await findProgramOwner(deps.db, id);
  if (owner === undefined) {
    throw programNotFound(id);
  }
  const records = recordsFor(actor, deps);
  const access =
    purpose === "write"
      ? await records.programToChange(owner, id)
      : await records.program(owner, id);
  if (!access.ok) {
    throw programAccessDenied();
  }
  const row = access.records.find((r) => r.id === id);
  if (row === undefined) {
    throw programNotFound(id);
  }
  return row;
}
