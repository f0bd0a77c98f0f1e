// A hip replacement that hurts again, with a leaking scar: the result is the same-day surgical
// route (urgent), not the emergency screen, and it names an infection of the replacement as
// the likely cause, with the page's advice for someone with a replaced hip.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeWizard, type AnswerMap } from "./support/assessment.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser, openPage, VIEWPORTS } from "./support/browser.ts";
import { saveScreenshot } from "./support/screenshots.ts";

const REPLACED_HIP: AnswerMap = {
  age: 71,
  sex: "male",
  where: ["groin", "thigh-front"],
  "rf-nerve": [],
  "rf-general": [],
  "rf-history": ["hip-replacement"],
  "thr-problems": ["wound"],
  "weight-bearing": "limp",
  onset: "gradual",
  "rf-belly": [],
  activities: [],
  duration: 50,
  trend: "worse",
  severity: 5,
  side: "one",
  night: "no",
  mechanical: [],
  lump: "none",
  "worse-moves": ["walking"],
  "worse-positions": [],
  eases: ["lying-still"],
  "nerve-symptoms": [],
  urinary: [],
  "pelvic-pain-male": "no",
  "history-more": [],
  "check-hip-flexor": "no",
};

describe("assessment result: an infected hip replacement", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("sends a replaced hip that hurts again with a leaking scar to the surgical team today, naming the infection", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.phone });
    const run = await completeWizard(page, REPLACED_HIP);
    expect(run.triage).toBe("urgent");
    const banner = (await page.locator(".triage-banner").textContent()) ?? "";
    expect(banner).toMatch(/surgical team within 24 hours/);
    expect(banner).toMatch(/infection of a hip replacement/);
    const first = page.locator(".condition-card").first();
    await expect(first.getAttribute("data-condition")).resolves.toBe("septic-arthritis-hip");
    // The first card opens by itself.
    await expect(first.locator(".condition-panel").isVisible()).resolves.toBe(true);
    const panel = (await first.locator(".condition-panel").textContent()) ?? "";
    expect(panel).toMatch(/infected hip replacement is often quieter/);
    expect(panel).toMatch(/surgical team the same day/);
    expect(await page.locator(".assessment-result--emergency").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, "result-replaced-hip-phone", { fullPage: true });
    await context.close();
  });
});
