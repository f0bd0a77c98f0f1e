// Access policies as small declarative functions of the actor and the facts they need.
// Pure: the facts (e.g. whether an active care link exists) are looked up by the caller.
// DESIGN.md, Data: every record belongs to one patient; a clinician sees a patient's
// records only through an active care link. Admins manage accounts, not clinical records.
import type { Actor } from "./actor.ts";
import type { RouteAuth } from "../auth/route-auth.ts";

/** The outcome of a policy. */
export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: "anonymous" | "role" | "no-care-link" };

const ALLOW: Decision = { allowed: true };

/** May `actor` read the records of `patientId`, given whether an active care link exists? */
export function canReadPatientRecords(
  actor: Actor,
  patientId: string,
  activeCareLink: boolean,
): Decision {
  if (actor.kind === "anonymous") {
    return { allowed: false, reason: "anonymous" };
  }
  if (actor.id === patientId) {
    return ALLOW;
  }
  switch (actor.role) {
    case "clinician":
      return activeCareLink ? ALLOW : { allowed: false, reason: "no-care-link" };
    case "patient":
    case "admin":
      return { allowed: false, reason: "role" };
  }
}

/** May `actor` call a route that declares `auth`? */
export function canCallRoute(actor: Actor, auth: RouteAuth): Decision {
  if (auth === "public") {
    return ALLOW;
  }
  if (actor.kind === "anonymous") {
    return { allowed: false, reason: "anonymous" };
  }
  if (auth === "user" || actor.role === auth.role) {
    return ALLOW;
  }
  return { allowed: false, reason: "role" };
}
