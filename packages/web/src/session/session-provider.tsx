// Provides the session state and the API client to the whole app. On start it asks the
// server who is signed in (GET /me); pages then report sign-in, sign-up, sign-out and
// account deletion here so the header and route guards update at once. It must not store
// anything about the user in localStorage: the HttpOnly session cookie is the only truth.
import { createContext, type ComponentChildren } from "preact";
import { useContext, useEffect, useMemo, useState } from "preact/hooks";
import type { ApiClient } from "../api/client.ts";
import { fetchMe } from "../api/me.ts";
import type { User } from "../api/user.ts";
import type { SessionState } from "./session.ts";

/** What components get from useSession(). */
export interface Session {
  readonly state: SessionState;
  readonly api: ApiClient;
  /** Call after the server confirmed sign-in or sign-up. */
  readonly signedIn: (user: User) => void;
  /** Call after sign-out or account deletion. */
  readonly signedOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** Makes the session available to its children. */
export function SessionProvider(props: {
  readonly api: ApiClient;
  readonly children: ComponentChildren;
}) {
  const [state, setState] = useState<SessionState>({ kind: "loading" });
  const { api } = props;

  useEffect(() => {
    let current = true;
    const ask = () => {
      void fetchMe(api).then((result) => {
        if (!current) {
          return;
        }
        if (result.ok) {
          setState({ kind: "signed-in", user: result.value });
        } else {
          // Status 0: no answer at all (offline). That says nothing about the session, so
          // it must not be mistaken for "signed out" (the player has to open offline).
          setState(result.problem.status === 0 ? { kind: "offline" } : { kind: "signed-out" });
        }
      });
    };
    ask();
    const retry = () => {
      setState((previous) => {
        if (previous.kind === "offline") {
          ask();
        }
        return previous;
      });
    };
    window.addEventListener("online", retry);
    return () => {
      current = false;
      window.removeEventListener("online", retry);
    };
  }, [api]);

  const session = useMemo<Session>(
    () => ({
      state,
      api,
      signedIn: (user) => setState({ kind: "signed-in", user }),
      signedOut: () => setState({ kind: "signed-out" }),
    }),
    [state, api],
  );
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

/** The current session; throws when used outside SessionProvider (a programming error). */
export function useSessionOrThrow(): Session {
  const session = useContext(SessionContext);
  if (session === null) {
    throw new Error("useSessionOrThrow() needs a <SessionProvider> above it.");
  }
  return session;
}
