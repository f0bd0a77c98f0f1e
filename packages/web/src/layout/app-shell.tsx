// The frame around every screen: a skip link (the first thing a keyboard user reaches),
// the header with navigation, the <main> landmark the skip link jumps to, and a footer.
// Screens render inside <main>; they never render landmarks of their own.
import type { ComponentChildren } from "preact";
import { SiteHeader } from "./site-header.tsx";

/** Skip link, header, main and footer around the routed screen. */
export function AppShell(props: { readonly children: ComponentChildren }) {
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to main content
      </a>
      <SiteHeader />
      <main class="site-main" id="main" tabIndex={-1}>
        {props.children}
      </main>
      <footer class="site-footer">
        <p>
          Ilio offers education and decision support. It does not diagnose, and it does not replace
          care from a health professional.
        </p>
      </footer>
    </>
  );
}
