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

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly isDynamicEntry?: boolean;
}

function isManifest(value: unknown): value is Record<string, ManifestChunk> {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every(
      (v: unknown) =>
        typeof v === "object" && v !== null && "file" in v && typeof v.file === "string",
    )
  );
}

/** Every JS file a chunk loads before it runs: itself and its static imports, recursively. */
function closure(manifest: Record<string, ManifestChunk>, key: string, seen: Set<string>): void {
  const chunk = manifest[key];
  if (chunk === undefined || seen.has(chunk.file)) {
    return;
  }
  seen.add(chunk.file);
  for (const next of chunk.imports ?? []) {
    closure(manifest, next, seen);
  }
}

/** JavaScript gzipped that opening each lazy route first loads, entry included. */
function routeTotals(): { route: string; bytes: number }[] {
  const raw: unknown = JSON.parse(
    readFileSync(join(root, "packages/web/dist/.vite/manifest.json"), "utf8"),
  );
  if (!isManifest(raw)) {
    throw new Error("packages/web/dist/.vite/manifest.json is not a Vite manifest");
  }
  const gz = (file: string) =>
    gzipSync(readFileSync(join(root, "packages/web/dist", file)), { level: 9 }).length;
  return Object.entries(raw)
    .filter(([, chunk]) => chunk.isDynamicEntry === true)
    .map(([key]) => {
      const files = new Set<string>();
      closure(raw, "index.html", files);
      closure(raw, key, files);
      return {
        route: key.replace(/^src\/pages\//, ""),
        bytes: [...files].filter((f) => f.endsWith(".js")).reduce((sum, f) => sum + gz(f), 0),
      };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

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
    const routes = routeTotals()
      .map((r) => `| ${r.route} | ${kb(r.bytes)} | ${r.bytes <= 100_000 ? "within" : "OVER"} |`)
      .join("\n");
    return Promise.resolve(`## Web app JavaScript

Production build (\`npm run build -w @ilio/web\`), gzip level 9, KB = 1,000 bytes.

**First route: ${kb(first)} KB** of JavaScript gzipped (budget 100 KB, DESIGN.md).

JavaScript loaded when a lazy route is the first page opened (the entry plus the route's
chunk and everything it imports statically; the session player is \`session/session-page.tsx\`):

| route module | KB gz | 100 KB budget |
| --- | --- | --- |
${routes}

Largest chunks:

| chunk | KB gz |
| --- | --- |
${rows}`);
  },
};

export default bench;
