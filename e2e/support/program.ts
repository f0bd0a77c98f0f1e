// Test-data factories and drivers for the home program: save the dancer's assessment and
// make a program from it through the API (with the CSRF handshake the app uses), read back
// the sessions the server stored, and drive the session player to its finish screen with
// Playwright's controlled clock (no sleeps: countdowns are run through with clock.runFor).
import type { BrowserContext, Page } from "playwright-core";
import { randomUUID } from "node:crypto";
import { readAnswerFileOrThrow } from "./assessment.ts";

async function csrfToken(context: BrowserContext): Promise<string> {
  const response = await context.request.get("/api/v1/auth/csrf");
  const body: unknown = await response.json();
  return typeof body === "object" &&
    body !== null &&
    "csrfToken" in body &&
    typeof body.csrfToken === "string"
    ? body.csrfToken
    : "";
}

async function sendJsonOrThrow(
  context: BrowserContext,
  method: "POST" | "PUT",
  path: string,
  data: unknown,
): Promise<unknown> {
  const headers = { "x-csrf-token": await csrfToken(context) };
  const response = await context.request.fetch(path, { method, headers, data });
  if (!response.ok()) {
    throw new Error(`${method} ${path} failed with ${response.status()}: ${await response.text()}`);
  }
  const body: unknown = await response.json();
  return body;
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null && name in value
    ? Object.entries(value).find(([key]) => key === name)?.[1]
    : undefined;
}

/** Saves the dancer's (routine, iliopsoas) assessment to the signed-in account; returns its id. */
export async function saveDancerAssessment(context: BrowserContext): Promise<string> {
  const answers = await readAnswerFileOrThrow("e2e/fixtures/dancer-iliopsoas.json");
  const evaluated = await sendJsonOrThrow(context, "POST", "/api/v1/assessments/evaluate", {
    answers,
  });
  const contentVersion = field(evaluated, "contentVersion");
  const id = randomUUID();
  await sendJsonOrThrow(context, "PUT", `/api/v1/assessments/${id}`, {
    contentVersion: typeof contentVersion === "string" ? contentVersion : "",
    answers,
  });
  return id;
}

/** Makes a program from a saved assessment through the API; returns the program id. */
export async function createProgramViaApi(
  context: BrowserContext,
  assessmentId: string,
): Promise<string> {
  const body = await sendJsonOrThrow(context, "POST", "/api/v1/programs", { assessmentId });
  const id = field(field(body, "program"), "id");
  if (typeof id !== "string") {
    throw new Error("POST /api/v1/programs returned no program id.");
  }
  return id;
}

/** A stored session as the tests read it. */
export interface StoredSessionView {
  readonly id: string;
  readonly painBefore: unknown;
  readonly painDuring: unknown;
  readonly painAfter: unknown;
  readonly feedback: unknown;
  readonly exercises: unknown;
}

/** The sessions the server stored for a program. */
export async function storedSessions(
  context: BrowserContext,
  programId: string,
): Promise<StoredSessionView[]> {
  const response = await context.request.get(`/api/v1/programs/${programId}/sessions`);
  const sessions = field(await response.json(), "sessions");
  if (!Array.isArray(sessions)) {
    throw new Error("GET sessions returned no list.");
  }
  return sessions.map((s: unknown) => ({
    id: String(field(s, "id")),
    painBefore: field(s, "painBefore"),
    painDuring: field(s, "painDuring"),
    painAfter: field(s, "painAfter"),
    feedback: field(s, "feedback"),
    exercises: field(s, "exercises"),
  }));
}

/**
 * Installs the controlled clock two hours in the past: a session run through in minutes of
 * fake time must still finish before the server's "now" (it refuses logs from the future).
 */
export async function installSessionClock(page: Page): Promise<void> {
  await page.clock.install({ time: Date.now() - 2 * 60 * 60 * 1000 });
}

/** Answers the pain-before question and starts the player. */
export async function startSession(
  page: Page,
  programId: string,
  painBefore: number,
): Promise<void> {
  await page.goto(`/programs/${programId}/session`);
  const before = page.getByRole("group", { name: "Pain right now, before you start" });
  await before.getByLabel(String(painBefore), { exact: true }).check();
  await page.getByRole("button", { name: "Start the session" }).click();
  await page.locator("[data-player-step]").waitFor();
}

/** The player's step index (changes on every step). */
async function stepIndex(page: Page): Promise<string> {
  return (await page.locator("[data-player-step]").getAttribute("data-player-step")) ?? "";
}

/** Presses a button of the player and waits until the player has moved to another step. */
export async function pressAndMove(page: Page, name: string): Promise<void> {
  const before = await stepIndex(page);
  await page.getByRole("button", { name, exact: true }).click();
  await page
    .locator(`[data-player-step]:not([data-player-step="${before}"])`)
    .or(page.getByRole("heading", { level: 1, name: "Session finished" }))
    .waitFor();
}

/** What the player shows at one moment, for the drivers. */
export type PlayerScreen = "finished" | "intro" | "reps" | "countdown";

/** Which kind of step is on screen. */
export async function playerScreen(page: Page): Promise<PlayerScreen> {
  if (await page.getByRole("heading", { level: 1, name: "Session finished" }).isVisible()) {
    return "finished";
  }
  if (await page.getByRole("button", { name: "Start", exact: true }).isVisible()) {
    return "intro";
  }
  if (await page.getByRole("button", { name: "Set done", exact: true }).isVisible()) {
    return "reps";
  }
  return "countdown";
}

/**
 * Plays the session to the finish screen: starts each exercise, taps "Set done" for sets of
 * repetitions and runs the controlled clock through every countdown. `onScreen` is called
 * before each move, e.g. to take a screenshot.
 */
export async function playToFinish(
  page: Page,
  onScreen?: (screen: PlayerScreen) => Promise<void>,
): Promise<void> {
  for (let moves = 0; moves < 2000; moves += 1) {
    const screen = await playerScreen(page);
    await onScreen?.(screen);
    switch (screen) {
      case "finished":
        return;
      case "intro":
        await pressAndMove(page, "Start");
        break;
      case "reps":
        await pressAndMove(page, "Set done");
        break;
      case "countdown":
        await page.clock.runFor(4_000);
        break;
    }
  }
  throw new Error("The session did not reach its finish screen.");
}

/** Answers the finish questions and saves the session. */
export async function answerFinish(
  page: Page,
  answers: { readonly during: number; readonly after: number; readonly feedback: string },
): Promise<void> {
  await page
    .getByRole("group", { name: "Worst pain during the session" })
    .getByLabel(String(answers.during), { exact: true })
    .check();
  await page
    .getByRole("group", { name: "Pain now" })
    .getByLabel(String(answers.after), { exact: true })
    .check();
  await page.locator("label.choice-label", { hasText: answers.feedback }).click();
  await page.getByRole("button", { name: "Save this session" }).click();
  await page.getByRole("heading", { level: 1, name: "Session saved" }).waitFor();
}
