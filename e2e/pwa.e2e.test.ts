// The installable app: a manifest named Ilio with real icons and a theme colour, a service
// worker that takes control and precaches the app shell, and the shell opening offline.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gotoReady, launchBrowser, openPage } from "./support/browser.ts";

interface ManifestIcon {
  readonly src: string;
  readonly sizes: string;
  readonly type: string;
}

function isIcon(value: unknown): value is ManifestIcon {
  return (
    typeof value === "object" &&
    value !== null &&
    "src" in value &&
    typeof value.src === "string" &&
    "sizes" in value &&
    typeof value.sizes === "string" &&
    "type" in value &&
    typeof value.type === "string"
  );
}

describe("progressive web app", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("links a manifest named Ilio with a theme colour and 192 and 512 px icons that load", async () => {
    const { context, page } = await openPage(browser, { path: "/" });
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).not.toBeNull();
    const response = await context.request.get(href ?? "");
    expect(response.status()).toBe(200);
    const manifest: unknown = await response.json();
    expect(manifest).toMatchObject({
      name: "Ilio",
      short_name: "Ilio",
      display: "standalone",
      start_url: "/",
      theme_color: "#0e6b68",
    });
    const icons =
      typeof manifest === "object" &&
      manifest !== null &&
      "icons" in manifest &&
      Array.isArray(manifest.icons)
        ? manifest.icons.filter(isIcon)
        : [];
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of icons) {
      const image = await context.request.get(icon.src);
      expect({
        src: icon.src,
        status: image.status(),
        type: image.headers()["content-type"],
      }).toEqual({
        src: icon.src,
        status: 200,
        type: icon.type,
      });
    }
    await context.close();
  });

  it("registers a service worker that precaches the app shell", async () => {
    const { context, page } = await openPage(browser, { path: "/" });
    const registration = await page.evaluate(async () => {
      const ready = await navigator.serviceWorker.ready;
      const cacheNames = await caches.keys();
      const cached: string[] = [];
      for (const name of cacheNames) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          cached.push(new URL(request.url).pathname);
        }
      }
      return { scope: new URL(ready.scope).pathname, active: ready.active !== null, cached };
    });
    expect(registration.scope).toBe("/");
    expect(registration.active).toBe(true);
    expect(registration.cached).toEqual(
      expect.arrayContaining(["/index.html", "/manifest.webmanifest"]),
    );
    expect(registration.cached.some((path) => /^\/assets\/.+\.js$/.test(path))).toBe(true);
    await context.close();
  });

  it("opens the app shell offline once it has been visited", async () => {
    const { context, page } = await openPage(browser, { path: "/" });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // A page is controlled by its service worker from the next load on.
    await gotoReady(page, "/");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("banner").getByRole("link", { name: "Ilio" }).waitFor();
    await page.locator("main h1").first().waitFor();
    await context.setOffline(false);
    await context.close();
  });
});
