// Renders one route from the table: sets the document title, waits for the session to be
// known, and applies the route's access rule: signed-out people asking for a signed-in
// page go to sign in (and come back afterwards); offline, only pages that work offline open; signed-in people opening sign-in or
// sign-up go to where they were heading, or home.
import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useSessionOrThrow } from "../session/session-provider.tsx";
import { LoadingPage } from "../pages/loading-page.tsx";
import { OfflinePage } from "../pages/offline-page.tsx";
import { Redirect } from "./redirect.tsx";
import type { AppRoute } from "./routes.ts";
import { safeNext } from "./safe-next.ts";

/** Sets `document.title` to "<title> – Ilio". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Ilio`;
  }, [title]);
}

/** One guarded route. */
export function RouteView(props: { readonly route: AppRoute }) {
  const { route } = props;
  const { state } = useSessionOrThrow();
  const location = useLocation();
  useDocumentTitle(route.title);
  if (state.kind === "loading") {
    return <LoadingPage />;
  }
  if (state.kind === "offline" && route.access !== "anyone" && route.worksOffline !== true) {
    return <OfflinePage />;
  }
  const signedIn = state.kind === "signed-in";
  if (route.access === "signed-in" && state.kind === "signed-out") {
    return <Redirect to={`/sign-in?next=${encodeURIComponent(location.url)}`} />;
  }
  if (route.access === "signed-out" && signedIn) {
    return <Redirect to={safeNext(location.query.next)} />;
  }
  const Screen = route.component;
  return <Screen />;
}
