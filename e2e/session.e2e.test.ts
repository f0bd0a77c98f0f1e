// The session player in real Chromium against the real server (SQLite): a whole session on
// Playwright's controlled clock from the first exercise to the finish screen, stored exactly
// once with the reported pains and feedback; a 60 s jump of the clock (what a throttled
// background tab sees) finishing a hold; axe on the program page and the player on a phone
// and a desktop; no sideways scrolling at 360 px. Takes the player and program screenshots.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccountViaApi } from "./support/accounts.ts";
import { axeViolations } from "./support/axe.ts";
import {
  gotoReady,
  launchBrowser,
  openPage,
  VIEWPORTS,
  type OpenedPage,
  type Viewport,
} from "./support/browser.ts";
import {
  answerFinish,
  createProgramViaApi,
  installSessionClock,
  playerScreen,
  playToFinish,
  pressAndMove,
  saveDancerAssessment,
  startSession,
  storedSessions,
} from "./support/program.ts";
import { saveScreenshot } from "./support/screenshots.ts";

/** A signed-in page with a program made from the dancer's assessment. */
async function withProgram(
  browser: Browser,
  viewport: Viewport = VIEWPORTS.phone,
): Promise<OpenedPage & { programId: string }> {
  const opened = await openPage(browser, { viewport });
  await createAccountViaApi(opened.context, { displayName: "Maya" });
  const programId = await createProgramViaApi(
    opened.context,
    await saveDancerAssessment(opened.context),
  );
  return { ...opened, programId };
}

function scrollWidth(opened: OpenedPage): Promise<number> {
  return opened.page.evaluate(
    () => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
  );
}

describe("session player [sqlite]", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it("plays a whole session on a controlled clock and stores it once with the pains and feedback", async () => {
    const opened = await withProgram(browser);
    const { page, context, programId } = opened;
    await installSessionClock(page);
    await gotoReady(page, `/programs/${programId}`);
    await page.getByRole("heading", { level: 2, name: "Today's session" }).waitFor();
    await saveScreenshot(page, "program-phone");
    await startSession(page, programId, 2);
    const taken = new Set<string>();
    await playToFinish(page, async (screen) => {
      if (screen !== "countdown") {
        return;
      }
      if (!taken.has("hold") && (await page.getByText("Hold", { exact: true }).isVisible())) {
        await page.clock.runFor(8_000);
        await saveScreenshot(page, "player-hold-phone");
        taken.add("hold");
      } else if (!taken.has("rest") && (await page.getByText(/^Rest, then set/).isVisible())) {
        await saveScreenshot(page, "player-rest-phone");
        taken.add("rest");
      }
    });
    await saveScreenshot(page, "player-finish-phone");
    await answerFinish(page, { during: 3, after: 1, feedback: "About right" });
    await page.getByText("Your session is saved to your account.").waitFor();
    const sessions = await storedSessions(context, programId);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      painBefore: 2,
      painDuring: 3,
      painAfter: 1,
      feedback: "right",
    });
    expect([...taken].sort()).toEqual(["hold", "rest"]);
    await context.close();
  });

  it("finishes a hold and shows what comes next after a 60 s jump of the clock (a background tab)", async () => {
    const { page, context, programId } = await withProgram(browser);
    await installSessionClock(page);
    await startSession(page, programId, 1);
    // Move to the first timed hold: start exercises, end sets of repetitions, skip untimed ones.
    for (let moves = 0; moves < 200; moves += 1) {
      if (await page.getByText("Hold", { exact: true }).isVisible()) {
        break;
      }
      const screen = await playerScreen(page);
      if (screen === "intro") {
        await pressAndMove(page, "Start");
      } else if (screen === "reps") {
        await pressAndMove(page, "Skip this exercise");
      } else {
        await page.clock.runFor(1_000);
      }
    }
    const set = page.locator(".player-set");
    const holdSet = await set.textContent();
    await page.clock.fastForward(60_000);
    await expect
      .poll(async () => ((await set.isVisible()) ? await set.textContent() : "moved on"))
      .not.toBe(holdSet);
    expect(await playerScreen(page)).not.toBe("finished");
    await context.close();
  });

  for (const [name, viewport] of [
    ["phone", VIEWPORTS.phone],
    ["desktop", VIEWPORTS.desktop],
  ] as const) {
    it(`has no axe violations on the program page and the player (${name})`, async () => {
      const opened = await withProgram(browser, viewport);
      const { page, context, programId } = opened;
      await gotoReady(page, `/programs/${programId}`);
      await page.getByRole("heading", { level: 2, name: "Today's session" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await installSessionClock(page);
      await startSession(page, programId, 0);
      expect(await axeViolations(page)).toEqual([]);
      await pressAndMove(page, "Start");
      await page.clock.runFor(6_000);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it("does not scroll sideways at 360 px on the program page or the player", async () => {
    const opened = await withProgram(browser, VIEWPORTS.narrowPhone);
    const { page, context, programId } = opened;
    await gotoReady(page, `/programs/${programId}`);
    await page.getByRole("heading", { level: 2, name: "Today's session" }).waitFor();
    expect(await scrollWidth(opened)).toBeLessThanOrEqual(360);
    await installSessionClock(page);
    await startSession(page, programId, 0);
    await pressAndMove(page, "Start");
    await page.clock.runFor(6_000);
    expect(await scrollWidth(opened)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
