// Clinician mode of the assessment wizard in a real browser against the real server: a
// clinician (signed up through the API with the clinician role) ticks "Include examination
// findings (clinician mode)" on the start screen and answers the dancer's groin-pain story
// plus what their examination found. Examination findings (ids "exam-…") are asked with an
// "Examination finding" caption, every next-step request asks for the clinician audience,
// the mode survives a reload, and the result is reached and saved. A patient and a person
// signed out never see the choice. Screens are checked with axe at 360 px.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountViaApi, signIn, type Account } from "./support/accounts.ts";
import { axeViolations } from "./support/axe.ts";
import {
  chooseAnswer,
  continueToNext,
  currentQuestionId,
  readAnswerFileOrThrow,
  type AnswerMap,
} from "./support/assessment.ts";
import { gotoReady, launchBrowser, openPage, VIEWPORTS } from "./support/browser.ts";
import { saveScreenshot } from "./support/screenshots.ts";

const MODE = "Include examination findings (clinician mode)";
const CAPTION = "Examination finding";
const EXAM = "exam-";

/** What the clinician found: the findings of a typical iliopsoas syndrome. */
const FINDINGS: AnswerMap = {
  "exam-thomas": "positive",
  "exam-modified-thomas-pain": "positive",
  "exam-resisted-hip-flexion": "positive",
  "exam-iliopsoas-palpation": "positive",
};

/** A clinician account made through the API, then signed in through the form on `page`. */
async function signInAsClinician(browser: Browser, page: Page): Promise<Account> {
  const scratch = await openPage(browser);
  const account = await createAccountViaApi(scratch.context, {}, { role: "clinician" });
  await scratch.context.close();
  await signIn(page, account);
  return account;
}

/** The audience of every POST /api/v1/assessments/next the page sends, in order. */
function recordAudiences(page: Page): string[] {
  const audiences: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/v1/assessments/next")) {
      const body: unknown = request.postDataJSON();
      const audience =
        typeof body === "object" && body !== null && "audience" in body ? body.audience : null;
      audiences.push(typeof audience === "string" ? audience : "(none)");
    }
  });
  return audiences;
}

/** The caption above the question heading, or null when there is none. */
async function caption(page: Page): Promise<string | null> {
  const captions = page.locator("main h1 .page-caption");
  return (await captions.count()) === 0 ? null : captions.textContent();
}

function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
}

describe("clinician mode of the assessment", () => {
  let browser: Browser;
  let story: AnswerMap;
  beforeAll(async () => {
    browser = await launchBrowser();
    story = {
      ...(await readAnswerFileOrThrow("e2e/fixtures/dancer-iliopsoas.json")),
      ...FINDINGS,
    };
  });
  afterAll(async () => {
    await browser.close();
  });

  it("offers clinician mode to a clinician, ticked by keyboard, and the start screen passes axe at 360 px", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    await signInAsClinician(browser, page);
    await gotoReady(page, "/assessment");
    await page.getByRole("heading", { level: 1, name: "Check your symptoms" }).waitFor();
    const mode = page.getByRole("checkbox", { name: MODE, exact: true });
    await expect(mode.isChecked()).resolves.toBe(false);
    await expect(
      mode.evaluate((box) =>
        document.getElementById(box.getAttribute("aria-describedby") ?? "")?.textContent?.trim(),
      ),
    ).resolves.toBe(
      "The interview will also ask for findings from your examination (Thomas test, FABER…).",
    );
    await mode.focus();
    await page.keyboard.press("Space");
    await expect(mode.isChecked()).resolves.toBe(true);
    await saveScreenshot(page, "assessment-clinician-start-narrow-phone", { fullPage: true });
    expect({ violations: await axeViolations(page), width: await scrollWidth(page) }).toEqual({
      violations: [],
      width: 360,
    });
    await context.close();
  });

  it("never offers clinician mode to a patient or to someone signed out", async () => {
    const patient = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    await createAccountViaApi(patient.context);
    await gotoReady(patient.page, "/assessment");
    await patient.page.getByRole("heading", { level: 1, name: "Check your symptoms" }).waitFor();
    await patient.page.getByRole("button", { name: "Start", exact: true }).waitFor();
    await expect(patient.page.getByText(/clinician mode/i).count()).resolves.toBe(0);
    await expect(patient.page.getByRole("checkbox").count()).resolves.toBe(0);
    await patient.context.close();

    const visitor = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    await gotoReady(visitor.page, "/assessment");
    await visitor.page.getByRole("button", { name: "Start", exact: true }).waitFor();
    await expect(visitor.page.getByText(/clinician mode/i).count()).resolves.toBe(0);
    await visitor.context.close();
  });

  it("asks examination findings with their caption, keeps the mode after a reload, and saves the result", async () => {
    const { context, page } = await openPage(browser, { viewport: VIEWPORTS.narrowPhone });
    await signInAsClinician(browser, page);
    const audiences = recordAudiences(page);
    await gotoReady(page, "/assessment");
    // Tapped by its label, as a person does (the whole row is the label's target).
    await page.locator("label.choice-label", { hasText: MODE }).click();
    await expect(page.getByRole("checkbox", { name: MODE, exact: true }).isChecked()).resolves.toBe(
      true,
    );
    await page.getByRole("button", { name: "Start", exact: true }).click();

    const shown: { readonly id: string; readonly caption: string | null }[] = [];
    let reloaded = false;
    let examScreen: { readonly violations: string[]; readonly width: number } | null = null;
    while ((await page.locator("[data-triage]").count()) === 0) {
      if (shown.length >= 45) {
        throw new Error(`No result after 45 screens: ${shown.map((s) => s.id).join(", ")}`);
      }
      const id = await currentQuestionId(page);
      shown.push({ id, caption: await caption(page) });
      if (id.startsWith(EXAM) && !reloaded) {
        // The first finding: check the screen, then reload and carry on in the same mode.
        // Screen readers hear the caption as part of the heading.
        await page
          .getByRole("heading", { level: 1, name: new RegExp(`^${CAPTION} \\S`) })
          .waitFor();
        await saveScreenshot(page, "assessment-exam-finding-narrow-phone", { fullPage: true });
        examScreen = { violations: await axeViolations(page), width: await scrollWidth(page) };
        await page.reload();
        await page.getByRole("heading", { level: 1, name: "Continue your assessment?" }).waitFor();
        await expect(
          page.getByRole("checkbox", { name: MODE, exact: true }).isChecked(),
        ).resolves.toBe(true);
        await page.getByRole("button", { name: "Continue where you left off" }).click();
        await expect(currentQuestionId(page)).resolves.toBe(id);
        reloaded = true;
      }
      await chooseAnswer(page, story[id] ?? "unsure");
      await continueToNext(page);
    }

    const exams = shown.filter((screen) => screen.id.startsWith(EXAM));
    expect(exams.length).toBeGreaterThan(0);
    expect(exams.every((screen) => screen.caption === CAPTION)).toBe(true);
    expect(shown.filter((screen) => screen.caption !== null)).toEqual(exams);
    expect(examScreen).toEqual({ violations: [], width: 360 });
    expect(audiences.length).toBeGreaterThan(shown.length);
    expect(audiences.filter((audience) => audience !== "clinician")).toEqual([]);

    await page.getByRole("heading", { level: 1, name: "Your saved result" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/assessments\/[0-9a-f-]{36}$/);
    await expect(
      page.locator(".condition-card .condition-name").first().textContent(),
    ).resolves.toBe("Psoas (iliopsoas) syndrome");
    await context.close();
  });
});
