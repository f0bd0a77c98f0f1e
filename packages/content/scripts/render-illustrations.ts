// Renders every exercise's illustration to PNG so people can LOOK at them: one 320 px
// still per exercise (the reduced-motion key pose, exactly what a patient with motion
// turned off or a printed handout sees) in docs/illustrations/<id>.png, plus a contact
// sheet of all of them. Uses playwright-core with the system Chromium; run with
// `npx tsx packages/content/scripts/render-illustrations.ts`. Build-time tool only.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { renderExerciseIllustration } from "@ilio/core";
import { exerciseLibrary } from "../src/exercises.ts";

const OUT = join(import.meta.dirname, "../../../docs/illustrations");
const WIDTH = 320;
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

const page = (body: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><style>` +
  `body{margin:0;background:#fff;font:600 13px/1.3 system-ui,sans-serif;color:#1f2328}` +
  `.sheet{display:grid;grid-template-columns:repeat(4,${WIDTH}px);gap:12px;padding:12px}` +
  `figure{margin:0;border:1px solid #d0d7de}figcaption{padding:4px 6px}svg{display:block}` +
  `</style></head><body>${body}</body></html>`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    const tab = await browser.newPage({
      viewport: { width: WIDTH, height: 240 },
      deviceScaleFactor: 1,
    });
    await tab.emulateMedia({ reducedMotion: "reduce" });
    for (const exercise of exerciseLibrary.exercises) {
      await tab.setContent(page(renderExerciseIllustration(exercise, { width: WIDTH })));
      await tab.locator("svg").screenshot({ path: join(OUT, `${exercise.id}.png`) });
    }
    const figures = exerciseLibrary.exercises.map(
      (e) =>
        `<figure>${renderExerciseIllustration(e, { width: WIDTH })}<figcaption>${e.id}</figcaption></figure>`,
    );
    await tab.setViewportSize({ width: 4 * WIDTH + 60, height: 800 });
    await tab.setContent(page(`<div class="sheet">${figures.join("")}</div>`));
    await tab.screenshot({ path: join(OUT, "contact-sheet.png"), fullPage: true });
    process.stdout.write(
      `Rendered ${exerciseLibrary.exercises.length} illustrations and a contact sheet to ${OUT}\n`,
    );
  } finally {
    await browser.close();
  }
}

await main();
