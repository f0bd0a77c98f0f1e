// "Not sure" about one item of a red-flag checklist, in a real browser against the real
// server: a person answers the dancer's plain story but cannot tell whether they have lost
// weight, so on "Do any of these apply now?" (rf-general) they choose "I'm not sure about
// some of these", mark weight loss Not sure and the rest No. Only that item's red flag fires
// (urgent, not emergency), Back shows their choices again, and the per-item screen passes
// axe on a phone and a desktop, works by keyboard and never scrolls sideways at 360 px.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import {
  chooseAnswer,
  chooseItem,
  completeWizard,
  continueToNext,
  currentQuestionId,
  readAnswerFileOrThrow,
  startAssessment,
  type AnswerMap,
} from "./support/assessment.ts";
import { launchBrowser, openPage, VIEWPORTS } from "./support/browser.ts";
import { saveScreenshot } from "./support/screenshots.ts";

const CHECKLIST = "rf-general";
const ITEMS = [
  "fever",
  "very-unwell",
  "weight-loss",
  "constant-pain",
  "uncontrolled-pain",
  "red-eye",
  "hot-swollen",
] as const;
const UNSURE_SOME = "I'm not sure about some of these";
const FORM = "form[data-question-id]";

/** Answers plainly from `answers` until the red-flag checklist rf-general is on screen. */
async function answerUntilChecklist(page: Page, answers: AnswerMap): Promise<void> {
  for (let screen = 0; screen < 20; screen += 1) {
    const id = await currentQuestionId(page);
    if (id === CHECKLIST) {
      await page.getByRole("heading", { level: 1, name: "Do any of these apply now?" }).waitFor();
      return;
    }
    await chooseAnswer(page, answers[id] ?? "unsure");
    await continueToNext(page);
  }
  throw new Error(`"${CHECKLIST}" was not asked within 20 screens.`);
}

/** The chosen value of each item's radios, by option id ("" for none chosen). */
function itemChoices(page: Page): Promise<Record<string, string>> {
  return page
    .locator(`${FORM} fieldset[data-option-id]`)
    .evaluateAll((sets) =>
      Object.fromEntries(
        sets.map((set) => [
          set.getAttribute("data-option-id") ?? "",
          set.querySelector<HTMLInputElement>("input:checked")?.value ?? "",
        ]),
      ),
    );
}

/** Taps a choice's label, as a person does (the label covers the whole row, input too). */
function tapChoice(page: Page, label: string | RegExp): Promise<void> {
  return page.locator(FORM).locator("label.choice-label", { hasText: label }).click();
}

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
}

const WEIGHT_LOSS_UNSURE = Object.fromEntries(
  ITEMS.map((id) => [id, id === "weight-loss" ? "unsure" : "no"]),
);

describe("not sure about one item of a red-flag checklist", () => {
  let browser: Browser;
  let dancer: AnswerMap;
  beforeAll(async () => {
    browser = await launchBrowser();
    dancer = await readAnswerFileOrThrow("e2e/fixtures/dancer-iliopsoas.json");
  });
  afterAll(async () => {
    await browser.close();
  });

  it("asks Yes, No or Not sure per item, names the items still open, and passes axe at 360 px and on a desktop", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    await startAssessment(page);
    await answerUntilChecklist(page, dancer);
    const form = page.locator(FORM);
    await expect(form.getByLabel("Not sure", { exact: true }).count()).resolves.toBe(0);

    // By keyboard: Space ticks the box, Tab reaches the first item, an arrow chooses No.
    await tapChoice(page, /^Fever/);
    const unsureSome = form.getByRole("checkbox", { name: UNSURE_SOME });
    await unsureSome.focus();
    await page.keyboard.press("Space");
    await expect(unsureSome.isChecked()).resolves.toBe(true);
    await expect(form.getByRole("checkbox", { name: /^Fever/ }).count()).resolves.toBe(0);
    await expect(form.getByRole("group").count()).resolves.toBe(1 + ITEMS.length);
    await expect(itemChoices(page)).resolves.toEqual({
      fever: "yes",
      "very-unwell": "",
      "weight-loss": "",
      "constant-pain": "",
      "uncontrolled-pain": "",
      "red-eye": "",
      "hot-swollen": "",
    });
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    await expect(
      form
        .getByRole("group", { name: /^Fever/ })
        .getByRole("radio", { name: "No", exact: true })
        .isChecked(),
    ).resolves.toBe(true);

    await page.getByRole("button", { name: "Continue" }).click();
    await page
      .getByRole("alert")
      .getByText("Choose Yes, No or Not sure for each item. 6 items have no answer yet.")
      .waitFor();
    await expect(currentQuestionId(page)).resolves.toBe(CHECKLIST);
    await expect(form.locator(".item-answer.field--invalid").count()).resolves.toBe(6);
    const withError = await axeViolations(page);

    for (const [id, value] of Object.entries(WEIGHT_LOSS_UNSURE)) {
      await chooseItem(page, id, value);
    }
    await expect(itemChoices(page)).resolves.toEqual(WEIGHT_LOSS_UNSURE);
    await expect(form.locator(".item-answer.field--invalid").count()).resolves.toBe(0);
    await saveScreenshot(page, "assessment-unsure-items-phone", { fullPage: true });
    const phone = await axeViolations(page);
    const width = await scrollWidth(page);

    await page.setViewportSize(VIEWPORTS.desktop);
    const desktop = await axeViolations(page);
    expect({ withError, phone, desktop, width }).toEqual({
      withError: [],
      phone: [],
      desktop: [],
      width: 360,
    });
    await context.close();
  });

  it("sends weight loss as not sure: Back shows the choices again and the result is urgent, not emergency, with the reason", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await startAssessment(page);
    await answerUntilChecklist(page, dancer);
    await tapChoice(page, UNSURE_SOME);
    for (const [id, value] of Object.entries(WEIGHT_LOSS_UNSURE)) {
      await chooseItem(page, id, value);
    }
    await continueToNext(page);
    await expect(currentQuestionId(page)).resolves.not.toBe(CHECKLIST);

    await page.getByRole("button", { name: "Back" }).click();
    await page.waitForFunction(
      (id) =>
        document.querySelector("form[data-question-id]")?.getAttribute("data-question-id") === id,
      CHECKLIST,
    );
    await expect(page.locator(FORM).getByLabel(UNSURE_SOME).isChecked()).resolves.toBe(true);
    await expect(itemChoices(page)).resolves.toEqual(WEIGHT_LOSS_UNSURE);
    await continueToNext(page);

    const run = await completeWizard(page, dancer, { start: false });
    expect(run.triage).toBe("urgent");
    await page.getByRole("heading", { level: 2, name: "See a doctor soon" }).waitFor();
    await expect(
      page.getByRole("heading", { level: 1, name: "Get emergency help now" }).count(),
    ).resolves.toBe(0);
    const reasons = await page.locator(".triage-banner .reason-list li").allTextContents();
    expect(
      reasons.filter(
        (reason) =>
          /weight loss/i.test(reason) &&
          reason.includes(
            'You answered "not sure" to a safety question, so Ilio treats it as a yes to be safe.',
          ),
      ),
    ).toHaveLength(1);
    await context.close();
  });
});
