// The banner on every screen: the Ilio name (a link home) and the main navigation
// (site-nav.tsx), which folds behind a "Menu" button on phones so the banner stays one
// row there. It holds no state of its own.
import { SiteNav } from "./site-nav.tsx";

/** The site header with the main navigation. */
export function SiteHeader() {
  return (
    <header class="site-header">
      <div class="site-header-inner">
        <a class="brand" href="/">
          <img class="brand-icon" src="/icons/icon.svg" alt="" width={32} height={32} />
          <span class="brand-name">Ilio</span>
        </a>
        <SiteNav />
      </div>
    </header>
  );
}
