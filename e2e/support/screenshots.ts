// Saves the screenshots the README shows (docs/screenshots/<name>.png). They are taken by
// the tests at a fixed viewport so they always show the current app.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOT_DIR } from "./paths.ts";

/** Writes a screenshot of the viewport (or the full page) to docs/screenshots/<name>.png. */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { readonly fullPage?: boolean } = {},
): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  // Blur first so no focus ring or caret is caught mid-state.
  await page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement) {
      active.blur();
    }
  });
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: options.fullPage ?? false,
    animations: "disabled",
    caret: "hide",
  });
}
