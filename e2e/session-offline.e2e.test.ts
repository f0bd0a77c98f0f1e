// Offline sessions on both databases: the phone loses its connection mid-session, the
// session is finished and kept on the device ("saved on this device"), and when the
// connection is back the outbox sends it: exactly one session is stored, also after a reload
// that runs the outbox again (the replay is a 200 no-op). SQLite is the suite's own server;
// PostgreSQL is a second `ilio serve` on a throwaway cluster started here.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgresCluster, type PostgresCluster } from "../test/postgres-cluster.ts";
import { createAccountViaApi } from "./support/accounts.ts";
import { baseUrl } from "./support/base-url.ts";
import { gotoReady, launchBrowser, openPage } from "./support/browser.ts";
import {
  answerFinish,
  createProgramViaApi,
  installSessionClock,
  pressAndMove,
  playToFinish,
  saveDancerAssessment,
  startSession,
  storedSessions,
} from "./support/program.ts";
import { startServerOrThrow, type RunningServer } from "./support/server-process.ts";

const DATABASES = ["sqlite", "postgres"] as const;

for (const database of DATABASES) {
  describe(`offline session [${database}]`, () => {
    let browser: Browser;
    let cluster: PostgresCluster | undefined;
    let server: RunningServer | undefined;
    let url: string;

    beforeAll(async () => {
      browser = await launchBrowser();
      if (database === "postgres") {
        cluster = await startPostgresCluster();
        server = await startServerOrThrow({ databaseUrl: cluster.url });
        url = server.baseUrl;
      } else {
        url = baseUrl();
      }
    });

    afterAll(async () => {
      await browser.close();
      await server?.stop();
      cluster?.stop();
    });

    it("keeps a session finished offline on the device and stores it exactly once when back online", async () => {
      const { page, context } = await openPage(browser, { baseUrl: url });
      await createAccountViaApi(context);
      const programId = await createProgramViaApi(context, await saveDancerAssessment(context));
      await installSessionClock(page);
      await gotoReady(page, `/programs/${programId}`);
      await page.getByRole("heading", { level: 2, name: "Today's session" }).waitFor();
      await startSession(page, programId, 2);
      await pressAndMove(page, "Start");
      await context.setOffline(true);
      await playToFinish(page);
      await answerFinish(page, { during: 4, after: 2, feedback: "Too hard" });
      await page.getByText("Your session is saved on this device.").waitFor();
      await context.setOffline(false);
      await page.getByText("Your session is saved to your account.").waitFor();
      expect(await storedSessions(context, programId)).toHaveLength(1);
      await gotoReady(page, `/programs/${programId}`);
      await page.getByRole("heading", { level: 2, name: "Today's session" }).waitFor();
      const sessions = await storedSessions(context, programId);
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({
        painBefore: 2,
        painDuring: 4,
        painAfter: 2,
        feedback: "too-hard",
      });
      await context.close();
    });

    it("opens the program and today's session on a cold start with no network", async () => {
      const { page, context } = await openPage(browser, { baseUrl: url });
      await createAccountViaApi(context);
      const programId = await createProgramViaApi(context, await saveDancerAssessment(context));
      await gotoReady(page, `/programs/${programId}`);
      await page.getByRole("heading", { level: 2, name: "Today's session" }).waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // The service worker controls pages from the next load on.
      await gotoReady(page, `/programs/${programId}`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await context.setOffline(true);
      await page.reload();
      await page.getByRole("heading", { level: 2, name: "Today's session" }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/programs/${programId}`);
      await startSession(page, programId, 3);
      await expect(page.locator("[data-player-step]").count()).resolves.toBe(1);
      await gotoReady(page, "/account");
      await page.getByRole("heading", { level: 1, name: "You are offline" }).waitFor();
      await context.setOffline(false);
      await context.close();
    });

    it("sends a session left in the outbox when the app starts again, and only once", async () => {
      const { page, context } = await openPage(browser, { baseUrl: url });
      await createAccountViaApi(context);
      const programId = await createProgramViaApi(context, await saveDancerAssessment(context));
      await installSessionClock(page);
      await gotoReady(page, `/programs/${programId}`);
      await startSession(page, programId, 1);
      await context.setOffline(true);
      await playToFinish(page);
      await answerFinish(page, { during: 2, after: 1, feedback: "About right" });
      await page.getByText("Your session is saved on this device.").waitFor();
      // Back online on a fresh load: the home screen's outbox sends it on start.
      await context.setOffline(false);
      await gotoReady(page, "/");
      await expect.poll(async () => (await storedSessions(context, programId)).length).toBe(1);
      await page.reload();
      await page.locator("main h1").first().waitFor();
      await gotoReady(page, `/programs/${programId}`);
      await page.getByRole("heading", { level: 2, name: "Today's session" }).waitFor();
      expect(await storedSessions(context, programId)).toHaveLength(1);
      await context.close();
    });
  });
}
