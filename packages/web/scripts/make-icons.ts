// Draws the Ilio app icon and writes it as SVG plus the PNG sizes the manifest and iOS need
// (192, 512, a maskable 512 and a 180 px apple-touch icon) into public/icons/. It renders
// with the Debian Chromium through playwright-core, so it never downloads a browser. Run it
// by hand after changing the drawing (`npx tsx packages/web/scripts/make-icons.ts`); the
// PNGs are committed, so the build itself needs no browser.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright-core";

const OUT = join(import.meta.dirname, "..", "public", "icons");
const ACCENT = "#0e6b68";

/** The glyph on a 512 unit canvas: a lowercase "i" whose stem curves out like the psoas. */
const GLYPH = `
  <circle cx="256" cy="128" r="42" fill="#ffffff"/>
  <path d="M256 214 V 300 C 256 360, 282 396, 330 410" fill="none" stroke="#ffffff"
    stroke-width="46" stroke-linecap="round" stroke-linejoin="round"/>`;

/** Rounded tile for browsers and home screens that show the icon as is. */
const roundedSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="112" fill="${ACCENT}"/>${GLYPH}
</svg>
`;

/** Full-bleed tile with the glyph inside the 80 % safe zone, for platforms that mask icons. */
const maskableSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="${ACCENT}"/>
  <g transform="translate(76.8 76.8) scale(0.7)">${GLYPH}</g>
</svg>
`;

const targets: readonly { file: string; svg: string; size: number }[] = [
  { file: "icon-192.png", svg: roundedSvg, size: 192 },
  { file: "icon-512.png", svg: roundedSvg, size: 512 },
  { file: "icon-maskable-512.png", svg: maskableSvg, size: 512 },
  { file: "apple-touch-icon.png", svg: maskableSvg, size: 180 },
];

await mkdir(OUT, { recursive: true });
await writeFile(join(OUT, "icon.svg"), roundedSvg);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  for (const target of targets) {
    const page = await browser.newPage({
      viewport: { width: target.size, height: target.size },
    });
    const body = target.svg.replace(
      "<svg ",
      `<svg width="${target.size}" height="${target.size}" `,
    );
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${body}</body></html>`,
    );
    await page.screenshot({ path: join(OUT, target.file), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons written to ${OUT}`);
