// Drives the assessment wizard the way a person would, from an answer file of the engine
// team (eval/dev/*.json): on each screen it reads the question id from the form's
// data-question-id, answers it from the file by option ids (a number, an option, a list of
// options, [] for "None of these", "unsure:<id>" for an item marked not sure), and answers
// "Not sure" to anything the file does not answer, like the engine's --simulate mode. A
// red-flag checklist takes "not sure" per item: "I'm not sure about some of these", then
// Yes, No or Not sure for each item. Nothing here depends on question texts, which
// the knowledge-base team may change at any time.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { gotoReady } from "./browser.ts";
import { REPO_ROOT } from "./paths.ts";

/** One answer as the answer files write it. */
export type FileAnswer = string | number | readonly string[];
/** An answer file's answers by question id. */
export type AnswerMap = Readonly<Record<string, FileAnswer>>;

/** The kinds of question a screen can show. */
export type QuestionKind = "single" | "multi" | "number";

const FORM = "form[data-question-id]";

function isAnswer(value: unknown): value is FileAnswer {
  return (
    typeof value === "string" ||
    typeof value === "number" ||
    (Array.isArray(value) && value.every((item) => typeof item === "string"))
  );
}

/** Reads an answer file (a path from the repository root); throws when it is not one. */
export async function readAnswerFileOrThrow(path: string): Promise<AnswerMap> {
  const text = await readFile(join(REPO_ROOT, path), "utf8");
  const json: unknown = JSON.parse(text);
  if (typeof json !== "object" || json === null || !("answers" in json)) {
    throw new Error(`${path} has no "answers".`);
  }
  const answers = json.answers;
  if (typeof answers !== "object" || answers === null) {
    throw new Error(`${path}: "answers" is not an object.`);
  }
  const out: Record<string, FileAnswer> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (!isAnswer(value)) {
      throw new Error(`${path}: the answer to "${id}" is not an answer.`);
    }
    out[id] = value;
  }
  return out;
}

/** The id of the question on screen (waits for a question form). */
export async function currentQuestionId(page: Page): Promise<string> {
  const form = page.locator(FORM);
  await form.waitFor();
  const id = await form.getAttribute("data-question-id");
  if (id === null) {
    throw new Error("The question form has no data-question-id.");
  }
  return id;
}

/** What kind of question is on screen, from its inputs. */
export async function currentQuestionKind(page: Page): Promise<QuestionKind> {
  const form = page.locator(FORM);
  if ((await form.locator('input[type="radio"]').count()) > 0) {
    return "single";
  }
  if ((await form.locator('input[inputmode="numeric"]').count()) > 0) {
    return "number";
  }
  return "multi";
}

/** Ticks a radio or checkbox by tapping its label, as a person does (the row is the target). */
async function tick(page: Page, value: string): Promise<void> {
  const input = page.locator(FORM).locator(`input[value="${value}"]`);
  if (await input.isChecked()) {
    return;
  }
  const id = await input.getAttribute("id");
  if (id === null) {
    throw new Error(`The choice "${value}" has no id for its label.`);
  }
  await page.locator(`label[for="${id}"]`).click();
}

/** The value of a red-flag checklist's "I'm not sure about some of these" box. */
const UNSURE_ITEMS = "unsure-items";
const UNSURE_ITEM = "unsure:";

/** Taps Yes, No or Not sure ("yes", "no", "unsure") for one item of the per-item view. */
export async function chooseItem(page: Page, option: string, value: string): Promise<void> {
  const input = page
    .locator(FORM)
    .locator(`fieldset[data-option-id="${option}"] input[value="${value}"]`);
  const id = await input.getAttribute("id");
  if (id === null) {
    throw new Error(`The item "${option}" has no "${value}" choice with an id.`);
  }
  await page.locator(`label[for="${id}"]`).click();
}

/**
 * Answers a red-flag checklist per item: the ids in `answer` Yes, "unsure:<id>" Not sure,
 * the rest No ("unsure" alone: every item Not sure).
 */
async function chooseItems(page: Page, answer: FileAnswer): Promise<void> {
  await tick(page, UNSURE_ITEMS);
  const list = typeof answer === "string" || typeof answer === "number" ? [] : answer;
  const items = page.locator(FORM).locator("fieldset[data-option-id]");
  for (const option of await items.evaluateAll((sets) =>
    sets.map((set) => set.getAttribute("data-option-id") ?? ""),
  )) {
    const value =
      answer === "unsure" || list.includes(`${UNSURE_ITEM}${option}`)
        ? "unsure"
        : list.includes(option)
          ? "yes"
          : "no";
    await chooseItem(page, option, value);
  }
}

/** Selects an answer on the current screen (does not press Continue). */
export async function chooseAnswer(page: Page, answer: FileAnswer): Promise<void> {
  const form = page.locator(FORM);
  const kind = await currentQuestionKind(page);
  if (kind === "number") {
    if (typeof answer === "number") {
      await form.locator('input[inputmode="numeric"]').fill(String(answer));
    } else {
      await tick(page, "unsure");
    }
    return;
  }
  if (typeof answer === "number") {
    throw new Error(`A number cannot answer a ${kind} question.`);
  }
  const unsureItems = form.locator(`input[value="${UNSURE_ITEMS}"]`);
  const perItem =
    answer === "unsure" ||
    (typeof answer !== "string" && answer.some((value) => value.startsWith(UNSURE_ITEM)));
  if (perItem && (await unsureItems.count()) > 0) {
    await chooseItems(page, answer);
    return;
  }
  const values = typeof answer === "string" ? [answer] : answer.length === 0 ? ["none"] : answer;
  for (const value of values) {
    await tick(page, value);
  }
}

/** Presses Continue and waits for the next question or for a result screen. */
export async function continueToNext(page: Page): Promise<void> {
  const before = await currentQuestionId(page);
  const asked = await page.locator(".assessment-progress-text").textContent();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForFunction(
    ([id, progress]) => {
      const form = document.querySelector("form[data-question-id]");
      const text = document.querySelector(".assessment-progress-text")?.textContent ?? null;
      return (
        document.querySelector("[data-triage]") !== null ||
        (form !== null && (form.getAttribute("data-question-id") !== id || text !== progress))
      );
    },
    [before, asked],
  );
}

/** Opens /assessment and presses Start (or Start again, if a draft is on the device). */
export async function startAssessment(page: Page): Promise<void> {
  await gotoReady(page, "/assessment");
  const again = page.getByRole("button", { name: "Start again" });
  if ((await again.count()) > 0) {
    await again.click();
  } else {
    await page.getByRole("button", { name: "Start", exact: true }).click();
  }
  await page.locator(FORM).waitFor();
}

/** How a run of the wizard went. */
export interface WizardRun {
  /** Question ids in the order they were shown. */
  readonly shown: readonly string[];
  /** Ids of screens without a "Not sure" choice (should be none). */
  readonly withoutNotSure: readonly string[];
  /** The triage level the result screen shows. */
  readonly triage: string;
}

/** Whether the current screen offers "Not sure" (on a red-flag checklist, per item). */
export async function offersNotSure(page: Page): Promise<boolean> {
  const form = page.locator(FORM);
  return (
    (await form.getByLabel("Not sure", { exact: true }).count()) === 1 ||
    (await form.locator(`input[value="${UNSURE_ITEMS}"]`).count()) === 1
  );
}

/**
 * Answers screens from `answers` until a result screen appears; stops with an error after
 * `maxScreens`. Waits for the result to render before returning.
 */
export async function completeWizard(
  page: Page,
  answers: AnswerMap,
  options: { readonly maxScreens?: number; readonly start?: boolean } = {},
): Promise<WizardRun> {
  if (options.start !== false) {
    await startAssessment(page);
  }
  const shown: string[] = [];
  const withoutNotSure: string[] = [];
  const max = options.maxScreens ?? 40;
  while ((await page.locator("[data-triage]").count()) === 0) {
    if (shown.length >= max) {
      throw new Error(`No result after ${max} screens: ${shown.join(", ")}`);
    }
    const id = await currentQuestionId(page);
    shown.push(id);
    if (!(await offersNotSure(page))) {
      withoutNotSure.push(id);
    }
    await chooseAnswer(page, answers[id] ?? "unsure");
    await continueToNext(page);
  }
  const triage = (await page.locator("[data-triage]").first().getAttribute("data-triage")) ?? "";
  return { shown, withoutNotSure, triage };
}

/** Answers the screens for the first `count` questions; stays on the next question. */
export async function answerScreens(
  page: Page,
  answers: AnswerMap,
  count: number,
): Promise<string[]> {
  const shown: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = await currentQuestionId(page);
    shown.push(id);
    await chooseAnswer(page, answers[id] ?? "unsure");
    await continueToNext(page);
  }
  return shown;
}
