// axe-core (WCAG 2.0/2.1 A and AA) finds nothing on any page, in each state a person can
// reach: signed out, with form errors showing, signed in, and with the delete-account
// confirmation open, on a phone and on a desktop.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountViaApi } from "./support/accounts.ts";
import { axeViolations } from "./support/axe.ts";
import { gotoReady, launchBrowser, openPage, VIEWPORTS, type Viewport } from "./support/browser.ts";

interface Scenario {
  readonly name: string;
  readonly signedIn: boolean;
  readonly path: string;
  /** Brings the page into the state to check, after it has loaded. */
  readonly act?: (page: Page) => Promise<void>;
}

async function submitEmpty(page: Page, button: string): Promise<void> {
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("alert").getByRole("link").first().waitFor();
}

/** Opens the phone menu; wide screens show the links and have no Menu button. */
async function openMenu(page: Page): Promise<void> {
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  if (await menu.isVisible()) {
    await menu.click();
    await page.locator('[aria-controls="site-nav-list"][aria-expanded="true"]').waitFor();
  }
}

const SCENARIOS: readonly Scenario[] = [
  { name: "home, signed out", signedIn: false, path: "/" },
  { name: "home, signed out, menu open", signedIn: false, path: "/", act: openMenu },
  { name: "sign in", signedIn: false, path: "/sign-in" },
  {
    name: "sign in with errors",
    signedIn: false,
    path: "/sign-in",
    act: (page) => submitEmpty(page, "Sign in"),
  },
  { name: "sign up", signedIn: false, path: "/sign-up" },
  {
    name: "sign up with errors",
    signedIn: false,
    path: "/sign-up",
    act: (page) => submitEmpty(page, "Create account"),
  },
  { name: "page not found", signedIn: false, path: "/no-such-page" },
  { name: "home, signed in", signedIn: true, path: "/" },
  { name: "account", signedIn: true, path: "/account" },
  { name: "account, menu open", signedIn: true, path: "/account", act: openMenu },
  {
    name: "account with change-password errors",
    signedIn: true,
    path: "/account",
    act: (page) => submitEmpty(page, "Change password"),
  },
  {
    name: "account with the delete confirmation open and an error",
    signedIn: true,
    path: "/account",
    act: async (page) => {
      await page.getByRole("button", { name: "Delete account…" }).click();
      await page.getByRole("button", { name: "Delete my account" }).click();
      await page.getByRole("alert").getByText("Enter your password to confirm.").waitFor();
    },
  },
];

const SIZES: readonly { readonly label: string; readonly viewport: Viewport }[] = [
  { label: "phone", viewport: VIEWPORTS.phone },
  { label: "desktop", viewport: VIEWPORTS.desktop },
];

describe("accessibility (axe-core, WCAG 2.1 AA)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const size of SIZES) {
    for (const scenario of SCENARIOS) {
      it(`has no violations on ${scenario.name} (${size.label})`, async () => {
        const { context, page } = await openPage(browser, { viewport: size.viewport });
        if (scenario.signedIn) {
          await createAccountViaApi(context);
        }
        await gotoReady(page, scenario.path);
        await scenario.act?.(page);
        await expect(axeViolations(page)).resolves.toEqual([]);
        await context.close();
      });
    }
  }
});
