// What a person sees when the sign-up form cannot be accepted: a plain sentence by the
// field (tied to it with aria-describedby), the same sentence in the announced summary,
// and no account created.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountViaApi, credentialsWork, newAccount } from "./support/accounts.ts";
import { gotoReady, launchBrowser, openPage } from "./support/browser.ts";

async function fillSignUp(page: Page, email: string, password: string): Promise<void> {
  await gotoReady(page, "/sign-up");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** The ids an input's aria-describedby points at, and the text of those elements. */
async function description(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  const ids = (await input.getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(
    ids
      .split(" ")
      .filter((id) => id !== "")
      .map((id) => page.locator(`[id="${id}"]`).innerText()),
  );
  return texts.join(" ");
}

describe("sign-up validation", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("explains a too-short password by the field and in the summary, and creates no account", async () => {
    const { context, page } = await openPage(browser);
    const account = newAccount({ password: "short" });
    await fillSignUp(page, account.email, account.password);

    const sentence = "Your password must be at least 10 characters long.";
    await page.getByRole("alert").getByRole("link", { name: sentence }).waitFor();
    const password = page.getByLabel("Password", { exact: true });
    await expect(password.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(description(page, "Password")).resolves.toContain(sentence);

    const check = await openPage(browser);
    await expect(credentialsWork(check.context, account.email, account.password)).resolves.toBe(
      false,
    );
    await check.context.close();
    await context.close();
  });

  it("says when the email already has an account, next to the email field", async () => {
    const setup = await openPage(browser);
    const existing = await createAccountViaApi(setup.context);
    await setup.context.close();

    const { context, page } = await openPage(browser);
    await fillSignUp(page, existing.email, "another long password");
    const sentence = "An account with this e-mail already exists.";
    await page.getByRole("alert").getByText(sentence).waitFor();
    await expect(description(page, "Email address")).resolves.toContain(sentence);
    expect(new URL(page.url()).pathname).toBe("/sign-up");

    const check = await openPage(browser);
    await expect(
      credentialsWork(check.context, existing.email, "another long password"),
    ).resolves.toBe(false);
    await check.context.close();
    await context.close();
  });

  it("moves focus to the field when its error in the summary is followed", async () => {
    const { context, page } = await openPage(browser);
    await fillSignUp(page, "not-an-email", "a long enough password");
    const link = page.getByRole("alert").getByRole("link", { name: /right format/ });
    await link.click();
    const focusedId = await page.evaluate(() => document.activeElement?.id ?? "");
    expect(focusedId).toBe("sign-up-email");
    await context.close();
  });
});
