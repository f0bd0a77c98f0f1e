// The web app's JavaScript budget (DESIGN.md: first route ≤ 100 KB gzipped): builds the app,
// measures what index.html loads with packages/web/scripts/bundle-size.ts, and lists the
// lazy chunks (wizard, results, player, library) so a route that grows shows up here.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { BenchModule } from "./bench-module.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const assets = join(root, "packages/web/dist/assets");

function firstRouteBytes(): number {
  const out = execFileSync("npx", ["tsx", "packages/web/scripts/bundle-size.ts", "--json"], {
    cwd: root,
    encoding: "utf8",
  });
  const parsed: unknown = JSON.parse(out);
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    !("totalGzipBytes" in parsed) ||
    typeof parsed.totalGzipBytes !== "number"
  ) {
    throw new Error("bundle-size.ts --json printed no totalGzipBytes");
  }
  return parsed.totalGzipBytes;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

const bench: BenchModule = {
  name: "web-bundle",
  run() {
    execFileSync("npm", ["run", "build", "-w", "@ilio/web"], { cwd: root, stdio: "ignore" });
    const first = firstRouteBytes();
    const chunks = readdirSync(assets)
      .filter((f) => f.endsWith(".js"))
      .map((f) => ({ f, gz: gzipSync(readFileSync(join(assets, f)), { level: 9 }).length }))
      .sort((a, b) => b.gz - a.gz)
      .slice(0, 10);
    const rows = chunks.map((c) => `| ${c.f} | ${kb(c.gz)} |`).join("\n");
    return Promise.resolve(`## Web app JavaScript

Production build (\`npm run build -w @ilio/web\`), gzip level 9, KB = 1,000 bytes.

**First route: ${kb(first)} KB** of JavaScript gzipped (budget 100 KB, DESIGN.md).

Largest chunks (lazy routes load only what they need):

| chunk | KB gz |
| --- | --- |
${rows}`);
  },
};

export default bench;
