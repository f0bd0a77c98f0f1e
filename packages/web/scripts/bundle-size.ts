// Measures the JavaScript the first route loads: every script and modulepreload that
// dist/index.html references (plus registerSW.js), gzipped at level 9, in KB (1,000
// bytes). The budget is 100 KB (DESIGN.md, Budgets). Prints one line per file and a total
// line `first-route-js-gzip-kb: N`; with --json prints `{ files, totalGzipBytes, budget }`.
// Exits 1 when over budget. Run after `npm run build`:
//   npx tsx packages/web/scripts/bundle-size.ts [--json]
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = join(import.meta.dirname, "..", "dist");
/** The first-route JavaScript budget in bytes (100 KB). */
const BUDGET_BYTES = 100_000;

/** Paths of the JavaScript files an HTML page loads (scripts and modulepreloads). */
function scriptsLoadedBy(html: string): string[] {
  const paths = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    if (match[1] !== undefined) {
      paths.add(match[1]);
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) {
    if (match[1] !== undefined) {
      paths.add(match[1]);
    }
  }
  return [...paths].filter((path) => path.endsWith(".js") && !/^[a-z]+:\/\//.test(path));
}

const html = await readFile(join(DIST, "index.html"), "utf8");
const files = await Promise.all(
  scriptsLoadedBy(html).map(async (path) => {
    const bytes = await readFile(join(DIST, path.replace(/^\//, "")));
    return { path, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  }),
);
const totalGzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ files, totalGzipBytes, budget: BUDGET_BYTES }));
} else {
  for (const file of files) {
    console.log(
      `${file.path}: ${(file.gzipBytes / 1000).toFixed(1)} KB gzip (${(file.rawBytes / 1000).toFixed(1)} KB raw)`,
    );
  }
  console.log(
    `first-route-js-gzip-kb: ${(totalGzipBytes / 1000).toFixed(1)} (budget ${BUDGET_BYTES / 1000})`,
  );
}
if (totalGzipBytes > BUDGET_BYTES) {
  process.exitCode = 1;
}
