// The main navigation, built from the route table so new screens appear by adding a row
// there. On wide screens its links sit in a row beside the Ilio name; on phones (below
// 48rem, styles/app.css) they fold behind a "Menu" button that shows them as a list under
// the header: the disclosure navigation pattern of the WAI-ARIA Authoring Practices. CSS
// alone decides whether the button shows, so nothing here measures the screen. The menu
// starts closed on every load, closes when the route changes or a link is chosen, and
// Escape closes it and gives focus back to the button. The current page keeps
// aria-current. It must not trap focus or animate.
import { useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { isRouteOpen, ROUTES } from "../routing/routes.ts";
import { useSessionOrThrow } from "../session/session-provider.tsx";
import { useSignOut } from "../session/use-sign-out.ts";

const LIST_ID = "site-nav-list";

/** Three bars, or a cross while the menu is open; decoration only (the button says "Menu"). */
function MenuIcon(props: { readonly open: boolean }) {
  return (
    <svg class="site-nav-toggle-icon" viewBox="0 0 20 20" width={20} height={20} aria-hidden="true">
      <path d={props.open ? "M5 5l10 10M15 5L5 15" : "M3 5h14M3 10h14M3 15h14"} />
    </svg>
  );
}

/** The "Main" navigation landmark with its phone menu button. */
export function SiteNav() {
  const { state } = useSessionOrThrow();
  const { path } = useLocation();
  const signOut = useSignOut();
  const toggle = useRef<HTMLButtonElement>(null);
  // The path the menu was opened on: moving to another page closes it without an effect,
  // so the new page never renders with the menu open for a frame.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;
  const signedIn = state.kind === "signed-in";
  const links = ROUTES.filter(
    (route) =>
      route.nav !== undefined &&
      (state.kind === "loading" ? route.access === "anyone" : isRouteOpen(route, signedIn)),
  );

  /**
   * Closes the menu and puts focus on its button, since whatever had focus inside the list
   * is about to be hidden. A new page then moves focus to its heading (layout/page.tsx).
   * On wide screens the button is not displayed, so focus() leaves focus where it is.
   */
  const closeAndRefocus = () => {
    setOpenOn(null);
    toggle.current?.focus();
  };

  return (
    <nav
      class={open ? "site-nav site-nav--open" : "site-nav"}
      aria-label="Main"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.preventDefault();
          closeAndRefocus();
        }
      }}
    >
      <button
        ref={toggle}
        class="site-nav-toggle"
        type="button"
        aria-expanded={open}
        aria-controls={LIST_ID}
        onClick={() => setOpenOn(open ? null : path)}
      >
        <MenuIcon open={open} />
        Menu
      </button>
      <ul class="site-nav-list" id={LIST_ID}>
        {links.map((route) => (
          <li key={route.path}>
            <a
              class="site-nav-link"
              href={route.path}
              aria-current={route.path === path ? "page" : undefined}
              onClick={closeAndRefocus}
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
              onClick={() => {
                closeAndRefocus();
                void signOut();
              }}
            >
              Sign out
            </button>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
