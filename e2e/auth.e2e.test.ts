// Signing up, in and out through the real forms, against the real server.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createAccountViaApi,
  newAccount,
  signIn,
  signUp,
  submitSignIn,
} from "./support/accounts.ts";
import { gotoReady, launchBrowser, openPage } from "./support/browser.ts";

describe("signing up, in and out", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("signs a new person up, greets them by name and offers their account page", async () => {
    const { context, page } = await openPage(browser);
    await signUp(page, { displayName: "Maya" });
    await page.getByRole("button", { name: "Menu", exact: true }).click();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Account", exact: true }).isVisible()).resolves.toBe(
      true,
    );
    await expect(nav.getByRole("link", { name: "Sign in", exact: true }).count()).resolves.toBe(0);
    await context.close();
  });

  it("signs out from the header, says so and forgets the session", async () => {
    const { context, page } = await openPage(browser);
    await signUp(page);
    await page.getByRole("button", { name: "Menu", exact: true }).click();
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("button", { name: "Sign out" })
      .click();
    await page.getByRole("status").filter({ hasText: "You have signed out." }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: /Understand your hip/ }).waitFor();
    await page.getByRole("button", { name: "Menu", exact: true }).click();
    await expect(page.getByRole("link", { name: "Account", exact: true }).count()).resolves.toBe(0);
    await context.close();
  });

  it("signs in with the right password and lands on the home screen", async () => {
    const setup = await openPage(browser);
    const account = await createAccountViaApi(setup.context, { displayName: "Sam" });
    await setup.context.close();

    const { context, page } = await openPage(browser);
    await signIn(page, account);
    expect(new URL(page.url()).pathname).toBe("/");
    await context.close();
  });

  it("shows a wrong password as a plain sentence in a live region and stays signed out", async () => {
    const setup = await openPage(browser);
    const account = await createAccountViaApi(setup.context);
    await setup.context.close();

    const { context, page } = await openPage(browser);
    await submitSignIn(page, account.email, "not the right password");
    const alert = page.getByRole("alert");
    await alert.getByText("Wrong e-mail or password.").waitFor();
    await expect(alert.getByRole("heading", { name: "There is a problem" }).count()).resolves.toBe(
      1,
    );
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.getByRole("button", { name: "Menu", exact: true }).click();
    await expect(page.getByRole("link", { name: "Account", exact: true }).count()).resolves.toBe(0);
    await context.close();
  });

  it("sends a signed-out visit to the account page to sign in, then back to the account page", async () => {
    const setup = await openPage(browser);
    const account = await createAccountViaApi(setup.context);
    await setup.context.close();

    const { context, page } = await openPage(browser);
    await page.goto("/account");
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(new URL(page.url()).searchParams.get("next")).toBe("/account");
    await page.getByLabel("Email address").fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await context.close();
  });

  it("keeps a signed-in person on the home screen when they open the sign-in page", async () => {
    const { context, page } = await openPage(browser);
    const account = await createAccountViaApi(context, newAccount({ displayName: "Lee" }));
    await gotoReady(page, "/sign-in");
    await page.getByRole("heading", { level: 1, name: `Hello, ${account.displayName}` }).waitFor();
    await context.close();
  });
});
