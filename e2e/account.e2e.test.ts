// The account page: changing the password and deleting the account, each checked against
// the server afterwards (the old password stops working; a deleted account cannot sign in).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credentialsWork, signUp } from "./support/accounts.ts";
import { gotoReady, launchBrowser, openPage } from "./support/browser.ts";

describe("account page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("changes the password: the new one works and the old one no longer does", async () => {
    const { context, page } = await openPage(browser);
    const account = await signUp(page);
    await gotoReady(page, "/account");
    const newPassword = `${account.password} and more`;
    await page.getByLabel("Current password").fill(account.password);
    await page.getByLabel("New password").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("status").getByText("Your password has been changed.").waitFor();
    await expect(page.getByLabel("Current password").inputValue()).resolves.toBe("");

    const check = await openPage(browser);
    await expect(credentialsWork(check.context, account.email, account.password)).resolves.toBe(
      false,
    );
    await expect(credentialsWork(check.context, account.email, newPassword)).resolves.toBe(true);
    await check.context.close();
    await context.close();
  });

  it("rejects a wrong current password by the field and keeps the old password", async () => {
    const { context, page } = await openPage(browser);
    const account = await signUp(page);
    await gotoReady(page, "/account");
    await page.getByLabel("Current password").fill("this is not it at all");
    await page.getByLabel("New password").fill("a brand new password");
    await page.getByRole("button", { name: "Change password" }).click();
    const sentence = "The current password is wrong.";
    await page.getByRole("alert").getByText(sentence).waitFor();
    const field = page.getByLabel("Current password");
    await expect(field.getAttribute("aria-invalid")).resolves.toBe("true");

    const check = await openPage(browser);
    await expect(credentialsWork(check.context, account.email, account.password)).resolves.toBe(
      true,
    );
    await check.context.close();
    await context.close();
  });

  it("deletes the account only after confirmation with the password", async () => {
    const { context, page } = await openPage(browser);
    const account = await signUp(page);
    await gotoReady(page, "/account");
    await page.getByRole("button", { name: "Delete account…" }).click();
    await page.getByRole("heading", { name: "Are you sure?" }).waitFor();
    // Opening the panel moves focus to its heading (after the render, hence the wait).
    await page.waitForFunction(() => document.activeElement?.textContent === "Are you sure?");

    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("alert").getByText("Enter your password to confirm.").waitFor();

    await page.getByLabel("Password", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.getByText("Your account and everything in it have been deleted.").waitFor();
    await page.getByRole("heading", { level: 1, name: /Understand your hip/ }).waitFor();

    const check = await openPage(browser);
    await expect(credentialsWork(check.context, account.email, account.password)).resolves.toBe(
      false,
    );
    await check.context.close();
    await context.close();
  });

  it("keeps the account when the deletion is cancelled", async () => {
    const { context, page } = await openPage(browser);
    const account = await signUp(page);
    await gotoReady(page, "/account");
    await page.getByRole("button", { name: "Delete account…" }).click();
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Delete account…" }).waitFor();
    // Cancelling gives focus back to the button that opened the panel.
    await page.waitForFunction(() => document.activeElement?.id === "delete-account-open");

    const check = await openPage(browser);
    await expect(credentialsWork(check.context, account.email, account.password)).resolves.toBe(
      true,
    );
    await check.context.close();
    await context.close();
  });
});
