// The signed-in state of the app as a value: still finding out, signed out, signed in as a
// User, or offline (the server could not be reached, so who is signed in is unknown; the
// pages that work offline still open). A discriminated union so every screen handles each.
import type { User } from "../api/user.ts";

/** Who is using the app right now. */
export type SessionState =
  | { readonly kind: "loading" }
  | { readonly kind: "signed-out" }
  | { readonly kind: "signed-in"; readonly user: User }
  | { readonly kind: "offline" };
