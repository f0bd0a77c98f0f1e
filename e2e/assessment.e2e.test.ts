// The assessment wizard and its results in a real browser against the real server, driven
// from the engine team's answer files (eval/dev) by question id, never by question text:
// a dancer's typical iliopsoas story, a person with saddle numbness and new trouble passing
// urine, Back, resume after a reload, and saving to an account signed in and signed out.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountViaApi, newAccount } from "./support/accounts.ts";
import {
  answerScreens,
  chooseAnswer,
  completeWizard,
  continueToNext,
  currentQuestionId,
  readAnswerFileOrThrow,
  startAssessment,
  type AnswerMap,
} from "./support/assessment.ts";
import { gotoReady, launchBrowser, openPage, VIEWPORTS } from "./support/browser.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { firstStoneAt56 } from "../packages/core/src/assessment/test-fixtures.ts";

/** The emergency story as a small inline map, in case dev-001 changes. */
const SADDLE_AND_BLADDER: AnswerMap = {
  age: 47,
  sex: "male",
  where: ["low-back", "buttock"],
  "rf-nerve": ["saddle-numbness", "bladder-bowel"],
};

describe("assessment", () => {
  let browser: Browser;
  let dancer: AnswerMap;
  beforeAll(async () => {
    browser = await launchBrowser();
    dancer = await readAnswerFileOrThrow("e2e/fixtures/dancer-iliopsoas.json");
  });
  afterAll(async () => {
    await browser.close();
  });

  it("ranks psoas (iliopsoas) syndrome first for a dancer's typical story, with self-care or routine care and its reasons", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.phone });
    const run = await completeWizard(page, dancer);
    expect(run.withoutNotSure).toEqual([]);
    expect(["self-care", "routine"]).toContain(run.triage);
    expect(new URL(page.url()).pathname).toBe("/assessment/result");
    await saveScreenshot(page, `result-${run.triage}-phone`, { fullPage: true });
    const first = page.locator(".condition-card").first();
    await expect(first.locator(".condition-name").textContent()).resolves.toBe(
      "Psoas (iliopsoas) syndrome",
    );
    await expect(page.locator(".triage-banner .reason-list li").count()).resolves.toBeGreaterThan(
      0,
    );
    const why = first.locator(".condition-panel");
    await expect(why.isVisible()).resolves.toBe(true);
    await expect(why.locator(".why-list").first().locator("li").count()).resolves.toBeGreaterThan(
      0,
    );
    await expect(
      page.getByText("not a diagnosis", { exact: false }).count(),
    ).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it("shows only the emergency instruction within the first screens after saddle numbness and new trouble passing urine", async () => {
    for (const answers of [
      SADDLE_AND_BLADDER,
      await readAnswerFileOrThrow("eval/dev/dev-001.json"),
    ]) {
      const { context, page } = await openPage(browser, { viewport: VIEWPORTS.phone });
      const run = await completeWizard(page, answers, { maxScreens: 6 });
      expect(run.triage).toBe("emergency");
      expect(run.shown).toContain("rf-nerve");
      expect(run.shown.length).toBeLessThanOrEqual(6);
      await page.getByRole("heading", { level: 1, name: "Get emergency help now" }).waitFor();
      const main = page.locator("main");
      await expect(main.getByText(/emergency department/i).count()).resolves.toBeGreaterThan(0);
      await expect(main.locator(".condition-card").count()).resolves.toBe(0);
      await expect(main.getByRole("heading", { name: /possible causes/i }).count()).resolves.toBe(
        0,
      );
      await expect(main.getByText(/exercise|program/i).count()).resolves.toBe(0);
      await expect(main.getByRole("link").count()).resolves.toBe(0);
      await expect(main.getByRole("button").count()).resolves.toBe(0);
      await expect(main.getByText("not a diagnosis", { exact: false }).count()).resolves.toBe(1);
      if (answers === SADDLE_AND_BLADDER) {
        await saveScreenshot(page, "result-emergency-phone", { fullPage: true });
      }
      await context.close();
    }
  });

  it("asks about earlier stones before finishing a settled first stone-like attack at 56, and says why it is an emergency", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.phone });
    const run = await completeWizard(page, firstStoneAt56);
    expect(run.shown).toContain("history-more");
    expect(run.triage).toBe("emergency");
    const reasons = page.locator("main .reason-list li");
    await expect(reasons.count()).resolves.toBe(1);
    await expect(reasons.first().textContent()).resolves.toMatch(
      /first attack.*after 50.*aneurysm/,
    );
    await expect(
      page
        .locator("main")
        .getByText(/usually needs/)
        .count(),
    ).resolves.toBe(0);
    await context.close();
  });

  it("goes back to the previous question with its answer preselected", async () => {
    const { context, page } = await openPage(browser);
    await startAssessment(page);
    const [first, second] = await answerScreens(page, dancer, 2);
    const third = await currentQuestionId(page);
    await page.getByRole("button", { name: "Back" }).click();
    await page.waitForFunction(
      (id) =>
        document.querySelector("form[data-question-id]")?.getAttribute("data-question-id") === id,
      second,
    );
    const answer = dancer[second ?? ""];
    const checked = await page
      .locator("form[data-question-id] input:checked")
      .evaluateAll((inputs) => inputs.map((input) => input.getAttribute("value")));
    const typed = await page.locator('form[data-question-id] input[inputmode="numeric"]').count();
    if (typeof answer === "number") {
      await expect(
        page.locator('form[data-question-id] input[inputmode="numeric"]').inputValue(),
      ).resolves.toBe(String(answer));
    } else {
      expect(typed).toBe(0);
      const expected =
        answer === undefined
          ? ["unsure"]
          : typeof answer === "string"
            ? [answer]
            : answer.length === 0
              ? ["none"]
              : answer;
      expect(checked).toEqual(expected);
    }
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForFunction(
      (id) =>
        document.querySelector("form[data-question-id]")?.getAttribute("data-question-id") === id,
      third,
    );
    expect(first).not.toBe(second);
    await context.close();
  });

  it("asks to continue after a reload and carries on at the same question", async () => {
    const { context, page } = await openPage(browser);
    await startAssessment(page);
    await answerScreens(page, dancer, 3);
    const next = await currentQuestionId(page);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Continue your assessment?" }).waitFor();
    await page.getByRole("button", { name: "Continue where you left off" }).click();
    await expect(currentQuestionId(page)).resolves.toBe(next);
    await page.getByRole("button", { name: "Back" }).waitFor();
    await context.close();
  });

  it("says what is missing, in the announced summary, when Continue is pressed with no answer", async () => {
    const { context, page } = await openPage(browser);
    await startAssessment(page);
    const id = await currentQuestionId(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await page
      .getByRole("alert")
      .getByText(/choose “Not sure”/)
      .first()
      .waitFor();
    await expect(currentQuestionId(page)).resolves.toBe(id);
    await chooseAnswer(page, dancer[id] ?? "unsure");
    await continueToNext(page);
    await expect(currentQuestionId(page)).resolves.not.toBe(id);
    await context.close();
  });

  it("saves the result of a signed-in person and lists it on the home screen", async () => {
    const { context, page } = await openPage(browser);
    await createAccountViaApi(context);
    await completeWizard(page, dancer);
    await page.getByRole("heading", { level: 1, name: "Your saved result" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/assessments\/[0-9a-f-]{36}$/);
    await page.getByText("Your result is saved to your account.").waitFor();
    const saved = new URL(page.url()).pathname;
    const top = await page.locator(".condition-card .condition-name").first().textContent();
    await gotoReady(page, "/");
    const list = page.getByRole("region", { name: "Your assessments" });
    const link = list.getByRole("link").first();
    await link.waitFor();
    await expect(link.textContent()).resolves.toContain(top ?? "no top condition");
    await link.click();
    await page.getByRole("heading", { level: 1, name: "Your saved result" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(saved);
    await expect(page.locator(".condition-card").count()).resolves.toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it("saves a result made signed out once the person signs in from the result", async () => {
    const setup = await openPage(browser);
    const account = await createAccountViaApi(setup.context, newAccount());
    await setup.context.close();

    const { context, page } = await openPage(browser);
    await completeWizard(page, dancer);
    await page.getByRole("link", { name: "Sign in to save this result" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.getByLabel("Email address").fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Your saved result" }).waitFor();
    await gotoReady(page, "/");
    await page
      .getByRole("region", { name: "Your assessments" })
      .getByRole("link")
      .first()
      .waitFor();
    await expect(
      page.getByRole("region", { name: "Your assessments" }).getByRole("link").count(),
    ).resolves.toBe(1);
    await gotoReady(page, "/assessment");
    await page.getByRole("heading", { level: 1, name: "Check your symptoms" }).waitFor();
    await context.close();
  });
});
