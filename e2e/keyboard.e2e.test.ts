// Keyboard-only use: the skip link comes first, every step of signing in works with Tab,
// typing and Enter, the phone menu opens with Enter and closes with Escape, and whatever
// has focus shows a visible focus indicator.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountViaApi } from "./support/accounts.ts";
import { gotoReady, launchBrowser, openPage, VIEWPORTS } from "./support/browser.ts";

/** What has focus: its tag, id, text, and whether a focus outline is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) {
      return { tag: "", id: "", text: "", outlined: false };
    }
    const style = getComputedStyle(element);
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: element.textContent?.trim() ?? "",
      outlined: style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2,
    };
  });
}

describe("keyboard only", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("signs in with Tab, typing and Enter, starting from the skip link", async () => {
    const setup = await openPage(browser);
    const account = await createAccountViaApi(setup.context, { displayName: "Kai" });
    await setup.context.close();

    const { context, page } = await openPage(browser, { path: "/sign-in" });
    await page.keyboard.press("Tab");
    await expect(focused(page)).resolves.toMatchObject({
      text: "Skip to main content",
      outlined: true,
    });
    await page.keyboard.press("Enter");
    await expect(focused(page)).resolves.toMatchObject({ id: "main" });

    await page.keyboard.press("Tab");
    await expect(focused(page)).resolves.toMatchObject({ id: "sign-in-email", outlined: true });
    await page.keyboard.type(account.email);
    await page.keyboard.press("Tab");
    await expect(focused(page)).resolves.toMatchObject({ id: "sign-in-password", outlined: true });
    await page.keyboard.type(account.password);
    await page.keyboard.press("Tab");
    await expect(focused(page)).resolves.toMatchObject({
      tag: "button",
      text: "Sign in",
      outlined: true,
    });
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { level: 1, name: "Hello, Kai" }).waitFor();
    await context.close();
  });

  it("moves focus to the new page's heading after following a link", async () => {
    const { context, page } = await openPage(browser, { path: "/" });
    await page.getByRole("link", { name: "Sign up" }).first().focus();
    await page.keyboard.press("Enter");
    // The page moves focus to its heading once it has rendered.
    await page.waitForFunction(
      () =>
        document.activeElement?.tagName === "H1" &&
        document.activeElement.textContent === "Create an account",
    );
    await context.close();
  });

  it("reaches every navigation link with Tab and shows where focus is", async () => {
    // On a phone the links are behind the Menu button: see the next test.
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await gotoReady(page, "/");
    const seen: string[] = [];
    // Tab until the last navigation link (bounded), so a new nav entry does not break this.
    for (let i = 0; i < 12 && !seen.includes("Sign up"); i++) {
      await page.keyboard.press("Tab");
      const now = await focused(page);
      expect(now.outlined).toBe(true);
      seen.push(now.text);
    }
    expect(seen).toEqual(
      expect.arrayContaining([
        "Skip to main content",
        "Ilio",
        "Home",
        "Exercises",
        "Sign in",
        "Sign up",
      ]),
    );
    await context.close();
  });

  it("opens the phone menu with Enter, reaches every navigation link with Tab and closes with Escape", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    await gotoReady(page, "/");
    const seen: string[] = [];
    for (let i = 0; i < 4 && !seen.includes("Menu"); i++) {
      await page.keyboard.press("Tab");
      seen.push((await focused(page)).text);
    }
    expect(seen).toEqual(["Skip to main content", "Ilio", "Menu"]);
    await expect(focused(page)).resolves.toMatchObject({ tag: "button", outlined: true });
    await page.keyboard.press("Enter");
    const links: string[] = [];
    for (let i = 0; i < 12 && !links.includes("Sign up"); i++) {
      await page.keyboard.press("Tab");
      const now = await focused(page);
      expect(now.outlined).toBe(true);
      links.push(now.text);
    }
    expect(links).toEqual(["Home", "Assessment", "Exercises", "Sign in", "Sign up"]);
    await page.keyboard.press("Escape");
    await expect(focused(page)).resolves.toMatchObject({ tag: "button", text: "Menu" });
    await expect(
      page.getByRole("button", { name: "Menu", exact: true }).getAttribute("aria-expanded"),
    ).resolves.toBe("false");
    await context.close();
  });
});
