// Test-data factories for accounts. `newAccount()` makes unique credentials; `signUp` and
// `signIn` drive the real forms the way a person would; `createAccountViaApi` makes an
// account through the API (with the CSRF handshake the app uses) when the test is about
// something else. Every account gets a unique email so tests never collide.
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { gotoReady } from "./browser.ts";

/** Credentials of a test account. */
export interface Account {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
}

/** Unique credentials; override any part. */
export function newAccount(overrides: Partial<Account> = {}): Account {
  const id = randomUUID().slice(0, 8);
  return {
    email: `e2e-${id}@example.test`,
    password: `calm hills ${id}`,
    displayName: "Ada",
    ...overrides,
  };
}

/** Fills and submits the sign-up form; waits for the greeting. */
export async function signUp(page: Page, overrides: Partial<Account> = {}): Promise<Account> {
  const account = newAccount(overrides);
  await gotoReady(page, "/sign-up");
  await page.getByLabel("Your name").fill(account.displayName);
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { level: 1, name: `Hello, ${account.displayName}` }).waitFor();
  return account;
}

/** Fills and submits the sign-in form (does not wait for the outcome). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await gotoReady(page, "/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the form and waits for the home screen greeting. */
export async function signIn(page: Page, account: Account): Promise<void> {
  await submitSignIn(page, account.email, account.password);
  await page.getByRole("heading", { level: 1, name: `Hello, ${account.displayName}` }).waitFor();
}

/** Posts JSON to the API the way the app does: CSRF token first, then the request. */
async function postWithCsrf(context: BrowserContext, path: string, data: unknown): Promise<number> {
  const csrf = await context.request.get("/api/v1/auth/csrf");
  const body: unknown = await csrf.json();
  const token =
    typeof body === "object" &&
    body !== null &&
    "csrfToken" in body &&
    typeof body.csrfToken === "string"
      ? body.csrfToken
      : "";
  const response = await context.request.post(path, { headers: { "x-csrf-token": token }, data });
  return response.status();
}

/**
 * Creates an account through the API; the context is signed in afterwards. Sign-up makes a
 * patient unless `role` asks for a clinician (admins only come from `ilio admin create`).
 */
export async function createAccountViaApi(
  context: BrowserContext,
  overrides: Partial<Account> = {},
  options: { readonly role?: "patient" | "clinician" } = {},
): Promise<Account> {
  const account = newAccount(overrides);
  const body = options.role === undefined ? account : { ...account, role: options.role };
  const status = await postWithCsrf(context, "/api/v1/auth/sign-up", body);
  if (status !== 201) {
    throw new Error(`Creating ${account.email} through the API failed with status ${status}.`);
  }
  return account;
}

/**
 * Whether these credentials sign in, asked of the API. Pass a context the test does not
 * otherwise use: a successful check signs that context in.
 */
export async function credentialsWork(
  scratch: BrowserContext,
  email: string,
  password: string,
): Promise<boolean> {
  return (await postWithCsrf(scratch, "/api/v1/auth/sign-in", { email, password })) === 200;
}
