// The banner on every screen: the Ilio name (a link home) and the main navigation, built
// from the route table so new screens appear by adding a row there. The current page is
// marked with aria-current; signed-in people also get a Sign out button.
import { useLocation } from "preact-iso";
import { isRouteOpen, ROUTES } from "../routing/routes.ts";
import { useSessionOrThrow } from "../session/session-provider.tsx";
import { useSignOut } from "../session/use-sign-out.ts";

/** The site header with the main navigation. */
export function SiteHeader() {
  const { state } = useSessionOrThrow();
  const { path } = useLocation();
  const signOut = useSignOut();
  const signedIn = state.kind === "signed-in";
  const links = ROUTES.filter(
    (route) =>
      route.nav !== undefined &&
      (state.kind === "loading" ? route.access === "anyone" : isRouteOpen(route, signedIn)),
  );
  return (
    <header class="site-header">
      <div class="site-header-inner">
        <a class="brand" href="/">
          <img class="brand-icon" src="/icons/icon.svg" alt="" width={32} height={32} />
          <span class="brand-name">Ilio</span>
        </a>
        <nav class="site-nav" aria-label="Main">
          <ul class="site-nav-list">
            {links.map((route) => (
              <li key={route.path}>
                <a
                  class="site-nav-link"
                  href={route.path}
                  aria-current={route.path === path ? "page" : undefined}
                >
                  {route.nav?.label}
                </a>
              </li>
            ))}
            {signedIn ? (
              <li>
                <button
                  class="site-nav-link site-nav-button"
                  type="button"
                  onClick={() => void signOut()}
                >
                  Sign out
                </button>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </header>
  );
}
