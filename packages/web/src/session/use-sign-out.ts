// Signing out, shared by the header and the account page: ask the server to end the
// session, forget the program cached on this device, then go home and say so. A 401 means the session had already ended, which is
// the outcome wanted; any other failure leaves the person signed in and says why.
import { useLocation } from "preact-iso";
import { signOut } from "../api/auth.ts";
import { forgetCachedPrograms } from "../offline/program-cache.ts";
import { useFlash } from "../layout/flash.tsx";
import { useSessionOrThrow } from "./session-provider.tsx";

/** Returns a function that signs the current person out. */
export function useSignOut(): () => Promise<void> {
  const session = useSessionOrThrow();
  const flash = useFlash();
  const { route, path } = useLocation();
  return async () => {
    const result = await signOut(session.api);
    if (result.ok || result.problem.status === 401) {
      // The cached program is health data: it leaves with the person. Sessions waiting in
      // the outbox stay, because they were acknowledged as saved (they sync at next sign-in).
      forgetCachedPrograms();
      flash.show("You have signed out.", "/");
      route("/");
      session.signedOut();
      return;
    }
    flash.show(result.problem.detail, path);
  };
}
