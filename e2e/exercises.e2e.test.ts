// The exercise library in a real browser, signed out: search and every filter narrow the
// list and live in the URL; "no equipment" keeps only exercises that need nothing; an
// exercise page shows its steps, the worked side, the dose, the no-equipment alternative,
// the stop card and an illustration with a text alternative; print hides the navigation.
// Axe and the 360 px layout are checked in exercises-accessibility.e2e.test.ts.
import { exerciseLibrary } from "@ilio/content/exercises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./support/browser.ts";

const TOTAL = exerciseLibrary.exercises.length;

/** The exercise ids of the cards on the page, in order. */
function cardIds(page: Page): Promise<string[]> {
  return page
    .locator(".exercise-card-link")
    .evaluateAll((links) =>
      links.map((link) => (link.getAttribute("href") ?? "").replace("/exercises/", "")),
    );
}

/** Waits until the live count says `n` exercises. */
async function waitForCount(page: Page, n: number): Promise<void> {
  const words = n === 1 ? "1 exercise" : `${n} exercises`;
  await page.getByRole("status").filter({ hasText: words }).waitFor();
}

function idsWhere(keep: (e: (typeof exerciseLibrary.exercises)[number]) => boolean): string[] {
  return exerciseLibrary.exercises.filter(keep).map((e) => e.id);
}

describe("exercise library", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("is open to a signed-out visitor from the main navigation and lists every exercise", async () => {
    const { context, page } = await openPage(browser, { path: "/" });
    await page.getByRole("button", { name: "Menu", exact: true }).click();
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Exercises" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Exercises" }).waitFor();
    await waitForCount(page, TOTAL);
    await expect(cardIds(page)).resolves.toEqual(exerciseLibrary.exercises.map((e) => e.id));
    await context.close();
  });

  it("narrows the list as a search is typed and keeps the search in the URL", async () => {
    const { context, page } = await openPage(browser, { path: "/exercises" });
    await page.getByLabel("Search by name or purpose").pressSequentially("hip flexor");
    const expected = idsWhere((e) => /hip flexor/i.test(`${e.name} ${e.purpose}`));
    await waitForCount(page, expected.length);
    expect(expected.length).toBeLessThan(TOTAL);
    await expect(cardIds(page)).resolves.toEqual(expected);
    expect(new URL(page.url()).searchParams.get("q")).toBe("hip flexor");
    await expect(page.getByLabel("Search by name or purpose").inputValue()).resolves.toBe(
      "hip flexor",
    );
    await context.close();
  });

  const FILTERS = [
    {
      label: "Purpose",
      key: "category",
      value: "stretch",
      keep: (e: Ex) => e.category === "stretch",
    },
    {
      label: "Position",
      key: "position",
      value: "kneeling",
      keep: (e: Ex) => e.position === "kneeling",
    },
    {
      label: "Equipment",
      key: "equipment",
      value: "chair",
      keep: (e: Ex) => e.equipment.includes("chair"),
    },
    {
      label: "Body region",
      key: "region",
      value: "groin",
      keep: (e: Ex) => e.bodyRegions.includes("groin"),
    },
    { label: "Phase", key: "phase", value: "calm", keep: (e: Ex) => e.phases.includes("calm") },
  ] as const;

  for (const filter of FILTERS) {
    it(`filters by ${filter.label.toLowerCase()}, shows it in the URL and restores it from a link`, async () => {
      const { context, page } = await openPage(browser, { path: "/exercises" });
      const expected = idsWhere(filter.keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(TOTAL);
      await page.getByLabel(filter.label, { exact: true }).selectOption(filter.value);
      await waitForCount(page, expected.length);
      await expect(cardIds(page)).resolves.toEqual(expected);
      expect(new URL(page.url()).searchParams.get(filter.key)).toBe(filter.value);

      const { page: shared, context: other } = await openPage(browser, {
        path: new URL(page.url()).pathname + new URL(page.url()).search,
      });
      await waitForCount(shared, expected.length);
      await expect(shared.getByLabel(filter.label, { exact: true }).inputValue()).resolves.toBe(
        filter.value,
      );
      await other.close();
      await context.close();
    });
  }

  it("keeps only exercises that need no equipment at all under 'No equipment needed'", async () => {
    const { context, page } = await openPage(browser, { path: "/exercises" });
    await page
      .getByLabel("Equipment", { exact: true })
      .selectOption({ label: "No equipment needed" });
    const expected = idsWhere((e) => e.equipment.length === 0);
    await waitForCount(page, expected.length);
    await expect(cardIds(page)).resolves.toEqual(expected);
    expect(new URL(page.url()).searchParams.get("equipment")).toBe("none");
    await context.close();
  });

  it("says so, with a way back, when nothing matches", async () => {
    const { context, page } = await openPage(browser, { path: "/exercises?q=trampoline" });
    await waitForCount(page, 0);
    await page.getByText("No exercise matches").waitFor();
    await page.getByRole("link", { name: "Clear search and filters" }).click();
    await waitForCount(page, TOTAL);
    expect(new URL(page.url()).search).toBe("");
    await context.close();
  });
});

type Ex = (typeof exerciseLibrary.exercises)[number];

describe("exercise page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("shows steps, the worked side, the dose, the no-equipment option, the stop card and the illustration", async () => {
    const exercise = exerciseLibrary.exercises.find(
      (e) => e.id === "side-lying-hip-flexor-stretch",
    );
    expect(exercise).toBeDefined();
    if (exercise === undefined) {
      return;
    }
    const { context, page } = await openPage(browser, { path: "/exercises" });
    await page.getByRole("link", { name: exercise.name }).click();
    await page.getByRole("heading", { level: 1, name: exercise.name }).waitFor();

    const steps = page.getByRole("region", { name: "Steps" }).getByRole("listitem");
    await expect(steps.allTextContents()).resolves.toEqual(exercise.steps);
    const side = page.getByRole("region", { name: "Which side works" });
    await expect(side.textContent()).resolves.toContain(exercise.side?.worked ?? "missing");
    await expect(side.textContent()).resolves.toContain(exercise.side?.howToTell ?? "missing");
    const dose = page.getByRole("region", { name: "How much" });
    await expect(dose.textContent()).resolves.toContain("30 seconds each time");
    await expect(dose.textContent()).resolves.toContain("Each side in turn");
    await expect(
      page.getByRole("region", { name: "Equipment, or none" }).textContent(),
    ).resolves.toContain(exercise.noEquipment);
    const stop = page.getByRole("region", { name: "Stop and seek advice" }).getByRole("listitem");
    await expect(stop.allTextContents()).resolves.toEqual(exerciseLibrary.stopCard);

    const picture = page.getByRole("img", { name: new RegExp(`^${exercise.name}`) });
    await expect(picture.count()).resolves.toBe(1);
    const description = await picture.evaluate(
      (svg) => svg.querySelector("desc")?.textContent ?? "",
    );
    expect(description).toMatch(/lying on their side/);
    // Reduced motion (the test browser asks for it): the still picture, not the animation.
    await expect(page.locator(".exercise-illustration .ilio-still").isVisible()).resolves.toBe(
      true,
    );
    await expect(page.locator(".exercise-illustration .ilio-anim").isVisible()).resolves.toBe(
      false,
    );
    await context.close();
  });

  it("says that the back leg is the one stretched in the half-kneeling hip flexor stretch", async () => {
    const { context, page } = await openPage(browser, {
      path: "/exercises/half-kneeling-hip-flexor-stretch",
    });
    const side = page.getByRole("region", { name: "Which side works" });
    await expect(side.textContent()).resolves.toMatch(/stretched is the back one/);
    await expect(side.textContent()).resolves.toMatch(/front of that back hip/);
    await page.getByRole("link", { name: "Standing stretch, back foot on a chair" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Standing stretch, back foot on a chair" })
      .waitFor();
    await context.close();
  });

  it("prints without the navigation, footer or buttons, and with a still illustration", async () => {
    const { context, page } = await openPage(browser, {
      path: "/exercises/half-kneeling-hip-flexor-stretch",
    });
    await expect(page.getByRole("navigation", { name: "Main" }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: "print", reducedMotion: "no-preference" });
    await expect(page.getByRole("navigation", { name: "Main" }).isVisible()).resolves.toBe(false);
    await expect(page.locator(".site-footer").isVisible()).resolves.toBe(false);
    await expect(
      page.getByRole("button", { name: "Print this exercise" }).isVisible(),
    ).resolves.toBe(false);
    await expect(page.locator(".exercise-illustration .ilio-anim").isVisible()).resolves.toBe(
      false,
    );
    await expect(page.locator(".exercise-illustration .ilio-still").isVisible()).resolves.toBe(
      true,
    );
    await expect(
      page.getByRole("region", { name: "Stop and seek advice" }).isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });

  it("shows a way back to the library for an unknown exercise", async () => {
    const { context, page } = await openPage(browser, { path: "/exercises/no-such-exercise" });
    await page
      .getByRole("heading", { level: 1, name: "We could not find this exercise" })
      .waitFor();
    await page.getByRole("link", { name: "See all exercises" }).click();
    await page.getByRole("heading", { level: 1, name: "Exercises" }).waitFor();
    await context.close();
  });
});
