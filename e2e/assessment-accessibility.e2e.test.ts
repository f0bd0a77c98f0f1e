// The assessment screens pass axe-core (WCAG 2.1 A and AA) on a phone and a desktop: a
// single-choice, a multi-choice and a number question (and one with its error showing),
// a non-emergency result with its explanation open, and the emergency result. The same
// run checks that nothing scrolls sideways at 360 px and takes the README screenshots.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import {
  chooseAnswer,
  completeWizard,
  continueToNext,
  currentQuestionId,
  currentQuestionKind,
  readAnswerFileOrThrow,
  startAssessment,
  type AnswerMap,
  type QuestionKind,
} from "./support/assessment.ts";
import { launchBrowser, openPage, VIEWPORTS, type Viewport } from "./support/browser.ts";
import { saveScreenshot } from "./support/screenshots.ts";

const EMERGENCY: AnswerMap = {
  age: 47,
  sex: "male",
  where: ["low-back", "buttock"],
  "rf-nerve": ["saddle-numbness", "bladder-bowel"],
};

const SIZES: readonly { readonly label: string; readonly viewport: Viewport }[] = [
  { label: "phone", viewport: VIEWPORTS.phone },
  { label: "desktop", viewport: VIEWPORTS.desktop },
];

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
}

/** Answers screens until one of each kind has been checked with `check`. */
async function visitEachKind(
  page: Page,
  answers: AnswerMap,
  check: (kind: QuestionKind, id: string) => Promise<void>,
): Promise<readonly QuestionKind[]> {
  const seen = new Set<QuestionKind>();
  for (let screen = 0; screen < 30 && seen.size < 3; screen += 1) {
    const kind = await currentQuestionKind(page);
    const id = await currentQuestionId(page);
    if (!seen.has(kind)) {
      seen.add(kind);
      await check(kind, id);
    }
    await chooseAnswer(page, answers[id] ?? "unsure");
    await continueToNext(page);
  }
  return [...seen].sort();
}

describe("assessment accessibility and layout", () => {
  let browser: Browser;
  let dancer: AnswerMap;
  beforeAll(async () => {
    browser = await launchBrowser();
    dancer = await readAnswerFileOrThrow("e2e/fixtures/dancer-iliopsoas.json");
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const size of SIZES) {
    it(`has no violations on single, multi and number questions, with and without an error (${size.label})`, async () => {
      const { context, page } = await openPage(browser, { viewport: size.viewport });
      await startAssessment(page);
      await expect(axeViolations(page)).resolves.toEqual([]);
      const found: Record<string, string[]> = {};
      const kinds = await visitEachKind(page, dancer, async (kind) => {
        found[kind] = await axeViolations(page);
        if (kind === "single" && size.label === "phone") {
          await saveScreenshot(page, "assessment-question-phone");
        }
        if (kind === "multi") {
          await page.getByRole("button", { name: "Continue" }).click();
          await page
            .getByRole("alert")
            .getByText(/Not sure/)
            .first()
            .waitFor();
          found["multi with an error"] = await axeViolations(page);
        }
      });
      expect(kinds).toEqual(["multi", "number", "single"]);
      expect(found).toEqual({ single: [], multi: [], number: [], "multi with an error": [] });
      await context.close();
    });

    it(`has no violations on a non-emergency and an emergency result (${size.label})`, async () => {
      const routine = await openPage(browser, { viewport: size.viewport });
      await completeWizard(routine.page, dancer);
      await routine.page.locator(".condition-card").first().waitFor();
      await expect(axeViolations(routine.page)).resolves.toEqual([]);
      if (size.label === "desktop") {
        await saveScreenshot(routine.page, "result-desktop");
      }
      await routine.context.close();

      const emergency = await openPage(browser, { viewport: size.viewport });
      await completeWizard(emergency.page, EMERGENCY, { maxScreens: 6 });
      await expect(axeViolations(emergency.page)).resolves.toEqual([]);
      await emergency.context.close();
    });
  }

  it("never scrolls sideways on a 360 px phone, on questions and results", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    const widths: Record<string, number> = {};
    await startAssessment(page);
    await visitEachKind(page, dancer, async (kind) => {
      widths[kind] = await scrollWidth(page);
    });
    await completeWizard(page, dancer, { start: false });
    await page.locator(".condition-card").first().waitFor();
    widths.result = await scrollWidth(page);
    await completeWizard(page, EMERGENCY, { maxScreens: 6 });
    widths.emergency = await scrollWidth(page);
    expect(Object.entries(widths).filter(([, width]) => width > 360)).toEqual([]);
    await context.close();
  });
});
