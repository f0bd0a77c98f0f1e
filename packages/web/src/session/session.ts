// The signed-in state of the app as a value: still finding out, signed out, or signed in
// as a User. A discriminated union so every screen handles all three.
import type { User } from "../api/user.ts";

/** Who is using the app right now. */
export type SessionState =
  | { readonly kind: "loading" }
  | { readonly kind: "signed-out" }
  | { readonly kind: "signed-in"; readonly user: User };
