// Layout from a 360 px phone to a desktop: nothing scrolls sideways at 360 px, touch
// targets are at least 44 px tall, the phone header is one row (the name and a Menu
// button whose list opens under it, closes on Escape, on a new page and on reload), and
// the desktop header keeps the name and navigation on one line. The README screenshots
// are taken here.
import { readdir } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAccountViaApi,
  credentialsWork,
  newAccount,
  type Account,
} from "./support/accounts.ts";
import { axeViolations } from "./support/axe.ts";
import { gotoReady, launchBrowser, openPage, VIEWPORTS } from "./support/browser.ts";
import { baseUrl } from "./support/base-url.ts";
import { SCREENSHOT_DIR } from "./support/paths.ts";
import { saveScreenshot } from "./support/screenshots.ts";

const SCREENSHOTS = [
  "home-phone",
  "sign-in-phone",
  "sign-in-error-phone",
  "sign-up-error-phone",
  "home-signed-in-phone",
  "account-phone",
  "home-desktop",
  "account-desktop",
];

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
}

/** Interactive elements shorter than 44 px (inline links inside text are exempt, WCAG 2.5.8). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "button, input, select, textarea, .site-nav-link, .brand, .button";
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter(
        (element) => element.offsetParent !== null && !element.classList.contains("choice-input"),
      )
      .filter((element) => element.getBoundingClientRect().height < 44)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}#${element.id} "${element.textContent?.trim() ?? ""}"`,
      );
  });
}

/** The phone menu button, inside the "Main" navigation landmark. */
function menuButton(page: Page) {
  return page
    .getByRole("navigation", { name: "Main" })
    .getByRole("button", { name: "Menu", exact: true });
}

/** The names of the visible links and buttons in the menu list, in order. */
function menuEntries(page: Page): Promise<string[]> {
  return page
    .getByRole("navigation", { name: "Main" })
    .getByRole("listitem")
    .evaluateAll((items) =>
      items
        .filter((item) => item instanceof HTMLElement && item.offsetParent !== null)
        .map((item) => item.textContent?.trim() ?? ""),
    );
}

/** Whether the Menu button has focus. */
function menuButtonFocused(page: Page): Promise<boolean> {
  return menuButton(page).evaluate((button) => button === document.activeElement);
}

/** Heights and positions of the header, the name and the Menu button. */
async function headerRow(page: Page) {
  const header = await page.locator(".site-header").boundingBox();
  const brand = await page.locator(".brand").boundingBox();
  const menu = await menuButton(page).boundingBox();
  if (header === null || brand === null || menu === null) {
    throw new Error("The header, the name or the Menu button has no box.");
  }
  return {
    height: header.height,
    centresApart: Math.abs(brand.y + brand.height / 2 - (menu.y + menu.height / 2)),
    menuRightOfName: menu.x > brand.x + brand.width,
    menuRightEdge: menu.x + menu.width,
  };
}

/** A fixed account, so the screenshots do not change from run to run. */
const SCREENSHOT_ACCOUNT: Account = {
  email: "maya@example.org",
  password: "quiet river morning",
  displayName: "Maya",
};

/** Signs the context in as `account`, creating it first when this server lacks it. */
async function signInOrCreate(context: BrowserContext, account: Account): Promise<void> {
  if (!(await credentialsWork(context, account.email, account.password))) {
    await createAccountViaApi(context, account);
  }
}

describe("layout", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("never scrolls sideways on a 360 px phone, signed out or in, with errors showing", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    const widths: Record<string, number> = {};
    for (const path of ["/", "/sign-in", "/sign-up", "/no-such-page"]) {
      await gotoReady(page, path);
      widths[path] = await scrollWidth(page);
    }
    await gotoReady(page, "/sign-up");
    await page.getByLabel("Email address").fill("no-at-sign");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("alert").getByRole("link").first().waitFor();
    widths["/sign-up with errors"] = await scrollWidth(page);

    const long = newAccount();
    await createAccountViaApi(context, { email: `a-rather-long-name-for-testing.${long.email}` });
    await gotoReady(page, "/");
    widths["/ signed in"] = await scrollWidth(page);
    await gotoReady(page, "/account");
    await page.getByRole("button", { name: "Delete account…" }).click();
    widths["/account with confirmation"] = await scrollWidth(page);

    const tooWide = Object.entries(widths).filter(([, width]) => width > 360);
    expect(tooWide).toEqual([]);
    await context.close();
  });

  it("makes every button, field and navigation link at least 44 px tall on a phone", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    for (const path of ["/", "/sign-in", "/sign-up"]) {
      await gotoReady(page, path);
      await expect(smallTargets(page)).resolves.toEqual([]);
    }
    await createAccountViaApi(context);
    await gotoReady(page, "/account");
    await page.getByRole("button", { name: "Delete account…" }).click();
    await expect(smallTargets(page)).resolves.toEqual([]);
    await context.close();
  });

  it("keeps the name and navigation on one line on a desktop", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.desktop, path: "/" });
    const brand = await page.locator(".brand").boundingBox();
    const nav = await page.getByRole("navigation", { name: "Main" }).boundingBox();
    expect(brand).not.toBeNull();
    expect(nav).not.toBeNull();
    if (brand !== null && nav !== null) {
      expect(Math.abs(brand.y + brand.height / 2 - (nav.y + nav.height / 2))).toBeLessThan(8);
      expect(nav.x).toBeGreaterThan(brand.x + brand.width);
    }
    await expect(scrollWidth(page)).resolves.toBeLessThanOrEqual(VIEWPORTS.desktop.width);
    await context.close();
  });

  it("fits the phone header in one row, the name and a Menu button, signed out and in", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    for (const signedIn of [false, true]) {
      if (signedIn) {
        await createAccountViaApi(context);
      }
      for (const path of ["/", "/exercises"]) {
        await gotoReady(page, path);
        const row = await headerRow(page);
        expect(row.height).toBeLessThanOrEqual(64);
        expect(row.centresApart).toBeLessThan(4);
        expect(row.menuRightOfName).toBe(true);
        expect(row.menuRightEdge).toBeLessThanOrEqual(VIEWPORTS.narrowPhone.width);
        await expect(menuButton(page).getAttribute("aria-expanded")).resolves.toBe("false");
        await expect(menuEntries(page)).resolves.toEqual([]);
        await expect(scrollWidth(page)).resolves.toBeLessThanOrEqual(360);
      }
    }
    await context.close();
  });

  it("opens the phone menu as a list of large links under the header, clean in axe open and closed", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    const expected = {
      signedOut: ["Home", "Assessment", "Exercises", "Sign in", "Sign up"],
      signedIn: ["Home", "Assessment", "Exercises", "Account", "Sign out"],
    };
    for (const [state, entries] of Object.entries(expected)) {
      if (state === "signedIn") {
        await createAccountViaApi(context);
      }
      await gotoReady(page, "/exercises");
      await expect(axeViolations(page)).resolves.toEqual([]);
      const closedHeight = (await headerRow(page)).height;

      await menuButton(page).click();
      await expect(menuButton(page).getAttribute("aria-expanded")).resolves.toBe("true");
      await expect(menuEntries(page)).resolves.toEqual(entries);
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(
        nav.getByRole("link", { name: "Exercises" }).getAttribute("aria-current"),
      ).resolves.toBe("page");
      await expect(
        nav.getByRole("link", { name: "Home" }).getAttribute("aria-current"),
      ).resolves.toBeNull();
      // The list opens under the row, in the page flow: the row itself does not move.
      const home = await nav.getByRole("link", { name: "Home" }).boundingBox();
      expect(home?.y).toBeGreaterThanOrEqual(closedHeight - 2);
      expect(home?.width).toBeGreaterThanOrEqual(VIEWPORTS.narrowPhone.width - 2);
      expect((await headerRow(page)).centresApart).toBeLessThan(4);
      await expect(smallTargets(page)).resolves.toEqual([]);
      await expect(scrollWidth(page)).resolves.toBeLessThanOrEqual(360);
      await expect(axeViolations(page)).resolves.toEqual([]);

      await menuButton(page).click();
      await expect(menuButton(page).getAttribute("aria-expanded")).resolves.toBe("false");
      await expect(menuEntries(page)).resolves.toEqual([]);
    }
    await context.close();
  });

  it("toggles the phone menu with Enter and Space, and Escape closes it and refocuses Menu", async () => {
    const { context, page } = await openPage(browser, {
      viewport: VIEWPORTS.narrowPhone,
      path: "/",
    });
    // Skip link, the name, then the Menu button.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
    }
    await expect(menuButtonFocused(page)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await expect(menuButton(page).getAttribute("aria-expanded")).resolves.toBe("true");
    await page.keyboard.press("Space");
    await expect(menuButton(page).getAttribute("aria-expanded")).resolves.toBe("false");
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "Assessment",
    );
    await page.keyboard.press("Escape");
    await expect(menuButton(page).getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(menuButtonFocused(page)).resolves.toBe(true);
    await expect(menuEntries(page)).resolves.toEqual([]);
    await context.close();
  });

  it("closes the phone menu when a link is chosen, the page changes or the page reloads", async () => {
    const { context, page } = await openPage(browser, {
      viewport: VIEWPORTS.narrowPhone,
      path: "/",
    });
    const nav = page.getByRole("navigation", { name: "Main" });
    await menuButton(page).click();
    await nav.getByRole("link", { name: "Exercises" }).click();
    await page.getByRole("heading", { level: 1, name: "Exercises" }).waitFor();
    // The new page takes focus on its heading (routing/navigation-focus.tsx).
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    await expect(menuButton(page).getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(menuEntries(page)).resolves.toEqual([]);

    await menuButton(page).click();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: /Understand your hip/ }).waitFor();
    await expect(menuButton(page).getAttribute("aria-expanded")).resolves.toBe("false");

    // The link to the page already open closes the menu and leaves focus on Menu.
    await menuButton(page).click();
    await nav.getByRole("link", { name: "Home" }).click();
    await expect(menuButton(page).getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(menuButtonFocused(page)).resolves.toBe(true);

    await menuButton(page).click();
    await page.reload();
    await page.locator("main h1").waitFor();
    await expect(menuButton(page).getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(menuEntries(page)).resolves.toEqual([]);
    await context.close();
  });

  it("shows the links and no Menu button on a desktop, clean in axe", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.desktop, path: "/" });
    await expect(menuButton(page).count()).resolves.toBe(0);
    await expect(menuEntries(page)).resolves.toEqual([
      "Home",
      "Assessment",
      "Exercises",
      "Sign in",
      "Sign up",
    ]);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await context.close();
  });

  it("saves screenshots of the phone header, closed and with the menu open", async () => {
    const { context, page } = await openPage(browser, {
      viewport: VIEWPORTS.narrowPhone,
      path: "/",
    });
    await saveScreenshot(page, "header-narrow-phone");
    await signInOrCreate(context, SCREENSHOT_ACCOUNT);
    await gotoReady(page, "/exercises");
    await menuButton(page).click();
    await saveScreenshot(page, "header-menu-open-narrow-phone");
    await context.close();
  });

  it("animates nothing for people who ask their system for reduced motion", async () => {
    const durations = async (reducedMotion: "reduce" | "no-preference") => {
      const context = await browser.newContext({ baseURL: baseUrl(), reducedMotion });
      const page = await context.newPage();
      await gotoReady(page, "/");
      const value = await page
        .locator(".button")
        .first()
        .evaluate((element) => getComputedStyle(element).transitionDuration);
      await context.close();
      return value;
    };
    await expect(durations("reduce")).resolves.toBe("0s");
    await expect(durations("no-preference")).resolves.not.toBe("0s");
  });

  it("saves the README screenshots on a phone and a desktop", async () => {
    const phone = await openPage(browser, { viewport: VIEWPORTS.phone, path: "/" });
    await saveScreenshot(phone.page, "home-phone");
    await gotoReady(phone.page, "/sign-in");
    await saveScreenshot(phone.page, "sign-in-phone");
    await phone.page.getByLabel("Email address").fill("maya@example.org");
    await phone.page.getByLabel("Password", { exact: true }).fill("not my password");
    await phone.page.getByRole("button", { name: "Sign in" }).click();
    await phone.page.getByRole("alert").getByText("Wrong e-mail or password.").waitFor();
    await saveScreenshot(phone.page, "sign-in-error-phone");
    await gotoReady(phone.page, "/sign-up");
    await phone.page.getByLabel("Email address").fill("maya@example");
    await phone.page.getByLabel("Password", { exact: true }).fill("short");
    await phone.page.getByRole("button", { name: "Create account" }).click();
    await phone.page.getByRole("alert").getByRole("link").first().waitFor();
    await saveScreenshot(phone.page, "sign-up-error-phone");
    await signInOrCreate(phone.context, SCREENSHOT_ACCOUNT);
    await gotoReady(phone.page, "/");
    await saveScreenshot(phone.page, "home-signed-in-phone");
    await gotoReady(phone.page, "/account");
    await saveScreenshot(phone.page, "account-phone", { fullPage: true });
    await phone.context.close();

    const desktop = await openPage(browser, { viewport: VIEWPORTS.desktop, path: "/" });
    await saveScreenshot(desktop.page, "home-desktop");
    await signInOrCreate(desktop.context, SCREENSHOT_ACCOUNT);
    await gotoReady(desktop.page, "/account");
    await saveScreenshot(desktop.page, "account-desktop");
    await desktop.context.close();

    const saved = await readdir(SCREENSHOT_DIR);
    expect(saved).toEqual(expect.arrayContaining(SCREENSHOTS.map((name) => `${name}.png`)));
  });
});
