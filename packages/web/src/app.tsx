// The application root: location, session and flash providers, the shared layout, and the
// router filled from the route table. It owns no state of its own.
import { LocationProvider, Route, Router } from "preact-iso";
import type { ApiClient } from "./api/client.ts";
import { AppShell } from "./layout/app-shell.tsx";
import { FlashProvider } from "./layout/flash.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { NavigationFocusProvider } from "./routing/navigation-focus.tsx";
import { RouteView } from "./routing/route-view.tsx";
import { ROUTES } from "./routing/routes.ts";
import { SessionProvider } from "./session/session-provider.tsx";

/** The whole app, talking to the API through `api`. */
export function App(props: { readonly api: ApiClient }) {
  return (
    <LocationProvider>
      <SessionProvider api={props.api}>
        <FlashProvider>
          <NavigationFocusProvider>
            <AppShell>
              <Router>
                {[
                  ...ROUTES.map((route) => (
                    <Route key={route.path} path={route.path} component={RouteView} route={route} />
                  )),
                  <Route key="not-found" default component={NotFoundPage} />,
                ]}
              </Router>
            </AppShell>
          </NavigationFocusProvider>
        </FlashProvider>
      </SessionProvider>
    </LocationProvider>
  );
}
