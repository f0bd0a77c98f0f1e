// Launches the Debian Chromium headless through playwright-core and opens isolated pages
// on the server under test. Every page gets its own browser context (its own cookies, so
// tests never share a session), created with browser.newContext() because axe-core only
// analyses pages from such contexts. Never downloads a browser.
import { randomInt } from "node:crypto";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { baseUrl } from "./base-url.ts";
import { CHROMIUM_PATH } from "./paths.ts";

/** Flags from STACK.md: root needs --no-sandbox; the rest keep Chromium off the network. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Screen sizes the tests use. */
export const VIEWPORTS = {
  /** The narrowest phone the app supports. */
  narrowPhone: { width: 360, height: 740 },
  /** A common phone (iPhone 12–15), used for the README screenshots. */
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/** A viewport size. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** Starts headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/** An isolated page (fresh cookies and storage) on the server under test. */
export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * A client address of its own for each context. The server trusts X-Forwarded-For in the
 * tests (TRUST_PROXY=1, as behind a real proxy), so per-IP rate limits apply to each
 * "person" separately rather than to the whole suite.
 */
function clientAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** Opens a page in a new context; `path` is loaded when given. */
export async function openPage(
  browser: Browser,
  options: {
    readonly viewport?: Viewport;
    readonly path?: string;
    /** Another server than the suite's own (e.g. the PostgreSQL-backed one). */
    readonly baseUrl?: string;
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    baseURL: options.baseUrl ?? baseUrl(),
    viewport: options.viewport ?? VIEWPORTS.phone,
    reducedMotion: "reduce",
    locale: "en-GB",
    timezoneId: "UTC",
    extraHTTPHeaders: { "x-forwarded-for": clientAddress() },
  });
  const page = await context.newPage();
  if (options.path !== undefined) {
    await gotoReady(page, options.path);
  }
  return { context, page };
}

/**
 * Loads a path and waits until the app has rendered a page heading, i.e. the session
 * check has finished (the loading placeholder has no heading).
 */
export async function gotoReady(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator("main h1").first().waitFor();
}
