// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line), then
// rewrites docs/benchmarks.md, replacing each bench's own section between its markers and
// keeping the others, so benches can be added and re-run one at a time.
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";
import os from "node:os";
import type { BenchModule } from "./bench-module.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const docPath = fileURLToPath(new URL("../docs/benchmarks.md", import.meta.url));

function isBenchModule(value: unknown): value is BenchModule {
  return (
    typeof value === "object" &&
    value !== null &&
    "name" in value &&
    "run" in value &&
    typeof value.run === "function"
  );
}

async function loadBenches(): Promise<BenchModule[]> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  const benches: BenchModule[] = [];
  for (const file of files) {
    const loaded: unknown = await import(pathToFileURL(join(here, file)).href);
    const candidate =
      typeof loaded === "object" && loaded !== null && "default" in loaded
        ? loaded.default
        : undefined;
    if (!isBenchModule(candidate)) {
      throw new Error(`${file} must export default a BenchModule`);
    }
    benches.push(candidate);
  }
  return benches;
}

const HEADER = `# Benchmarks

Written by \`npm run bench\` (bench/run.ts); never edit the sections by hand. Each section
says when and how it was measured. Budgets are in DESIGN.md.
`;

function replaceSection(doc: string, name: string, body: string): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from !== -1 && to > from) {
    return `${doc.slice(0, from)}${block}${doc.slice(to + end.length)}`;
  }
  return `${doc.trimEnd()}\n\n${block}\n`;
}

const wanted = process.argv.slice(2);
const benches = (await loadBenches()).filter((b) => wanted.length === 0 || wanted.includes(b.name));
let doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : HEADER;
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`;
for (const bench of benches) {
  console.log(`bench: ${bench.name} …`);
  const section = await bench.run();
  const stamp = `\n\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- ${bench.name}\` on ${machine}.\n`;
  doc = replaceSection(doc, bench.name, `${section.trim()}${stamp}`);
  console.log(section);
}
writeFileSync(docPath, doc.endsWith("\n") ? doc : `${doc}\n`);
console.log(`bench: wrote ${docPath}`);
