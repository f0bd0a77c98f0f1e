// A result that names serious causes the answers cannot rule out: a 16-year-old high jumper
// whose story points to the hip flexor still sees a slipped growth plate (SCFE) listed as
// worth ruling out, below the likely causes, in plain words and without a percentage.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeWizard, type AnswerMap } from "./support/assessment.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser, openPage, VIEWPORTS } from "./support/browser.ts";
import { saveScreenshot } from "./support/screenshots.ts";

const TEEN_JUMPER: AnswerMap = {
  age: 16,
  sex: "male",
  where: ["groin", "low-back"],
  "rf-nerve": [],
  "rf-general": [],
  "rf-history": [],
  "weight-bearing": "normal",
  onset: "gradual",
  "rf-belly": [],
  activities: ["running", "field-sport"],
  "rf-sport": [],
  duration: 17,
  trend: "same",
  severity: 5,
  side: "one",
  "worse-moves": ["lift-knee", "sprint-kick"],
  eases: ["rest-days"],
  "growth-spurt": "yes",
  "check-hip-flexor": "yes",
  night: "no",
  mechanical: [],
  urinary: [],
};

describe("assessment result: causes not ruled out", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("lists a slipped growth plate as worth ruling out for a teenage jumper, after the likely causes", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.phone });
    const run = await completeWizard(page, TEEN_JUMPER);
    expect(run.triage).toBe("routine");
    const section = page.locator("section.not-ruled-out");
    await expect(section.locator("h2").textContent()).resolves.toBe(
      "Less likely, but worth ruling out",
    );
    const names = await section.locator("li").allTextContents();
    expect(names).toContain("Slipped capital femoral epiphysis");
    const likely = await page.locator(".condition-card .condition-name").allTextContents();
    expect(likely).not.toContain("Slipped capital femoral epiphysis");
    expect(await section.textContent()).not.toMatch(/%/);
    // the section comes after the list of likely causes
    const order = await page.evaluate(() => {
      const list = document.querySelector(".condition-list");
      const extra = document.querySelector("section.not-ruled-out");
      return list !== null && extra !== null
        ? list.compareDocumentPosition(extra) & Node.DOCUMENT_POSITION_FOLLOWING
        : 0;
    });
    expect(order).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, "result-not-ruled-out-phone", { fullPage: true });
    await context.close();
  });
});
