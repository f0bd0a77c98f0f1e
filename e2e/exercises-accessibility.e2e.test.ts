// The exercise library for everyone: axe finds nothing on the list and on two exercise
// pages, on a phone and a desktop; nothing scrolls sideways at 360 px; and the README
// screenshots, including the printed handout (Chromium's PDF, rendered to PNG by
// poppler's pdftoppm), are taken here.
import { execFile } from "node:child_process";
import { mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { gotoReady, launchBrowser, openPage, VIEWPORTS, type Viewport } from "./support/browser.ts";
import { SCREENSHOT_DIR } from "./support/paths.ts";
import { saveScreenshot } from "./support/screenshots.ts";

const run = promisify(execFile);

const PAGES = [
  "/exercises",
  "/exercises?equipment=none&phase=restore",
  "/exercises/half-kneeling-hip-flexor-stretch",
  "/exercises/isometric-hip-flexion",
] as const;

const SCREENS: readonly { readonly name: string; readonly viewport: Viewport }[] = [
  { name: "phone", viewport: VIEWPORTS.phone },
  { name: "desktop", viewport: VIEWPORTS.desktop },
];

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
}

describe("exercise library accessibility and layout", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const screen of SCREENS) {
    it(`has no axe violations on the list and two exercise pages (${screen.name})`, async () => {
      const { context, page } = await openPage(browser, { viewport: screen.viewport });
      const found: Record<string, string[]> = {};
      for (const path of PAGES) {
        await gotoReady(page, path);
        found[path] = await axeViolations(page);
      }
      expect(found).toEqual(Object.fromEntries(PAGES.map((path) => [path, []])));
      await context.close();
    });
  }

  it("never scrolls sideways on a 360 px phone", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    const widths: Record<string, number> = {};
    for (const path of [...PAGES, "/exercises/dance-re-entry", "/exercises?q=nothing-matches"]) {
      await gotoReady(page, path);
      widths[path] = await scrollWidth(page);
    }
    expect(Object.entries(widths).filter(([, width]) => width > 360)).toEqual([]);
    await context.close();
  });

  it("takes the library and exercise screenshots, and the printed page from a PDF", async () => {
    const phone = await openPage(browser, { viewport: VIEWPORTS.phone, path: "/exercises" });
    await saveScreenshot(phone.page, "library-phone");
    await gotoReady(phone.page, "/exercises/half-kneeling-hip-flexor-stretch");
    await saveScreenshot(phone.page, "exercise-half-kneeling-phone", { fullPage: true });
    await phone.context.close();

    const desktop = await openPage(browser, {
      viewport: VIEWPORTS.desktop,
      path: "/exercises/half-kneeling-hip-flexor-stretch",
    });
    await saveScreenshot(desktop.page, "exercise-desktop");
    await desktop.page.emulateMedia({ media: "print" });
    const dir = await mkdtemp(join(tmpdir(), "ilio-print-"));
    const pdf = join(dir, "exercise.pdf");
    await desktop.page.pdf({ path: pdf, format: "A4", printBackground: true });
    await desktop.context.close();
    await run("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      join(dir, "page"),
    ]);
    await rename(join(dir, "page.png"), join(SCREENSHOT_DIR, "exercise-print.png"));
    await rm(dir, { recursive: true });
  });
});
