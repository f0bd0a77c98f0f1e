// `npm run build -w @ilio/content`: assembles data/*.json, validates it with core's loader
// (printing every problem and failing once), prints counts, and writes
// generated/knowledge-base.json: deterministic (stable key order, prettier-formatted, no
// timestamps), committed,
// and checked in CI with `--check` (exit 1 when the committed file is stale).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadKnowledgeBase } from "@ilio/core";
import { assembleKnowledgeBase, bundleText } from "./assemble.ts";
import { countKnowledgeBase } from "../src/count.ts";

const OUT = join(import.meta.dirname, "..", "generated", "knowledge-base.json");

async function main(argv: readonly string[]): Promise<number> {
  const { raw, problems } = assembleKnowledgeBase();
  const loaded = loadKnowledgeBase(raw);
  const all = [...problems, ...(loaded.ok ? [] : loaded.problems)];
  if (all.length > 0 || !loaded.ok) {
    for (const p of all) {
      process.stderr.write(`${p.path}: ${p.message}\n`);
    }
    process.stderr.write(`knowledge base invalid: ${all.length} problem(s)\n`);
    return 1;
  }
  const text = await bundleText(raw);
  const counts = countKnowledgeBase(loaded.kb);
  process.stdout.write(`content ${loaded.kb.contentVersion}\n`);
  for (const [k, v] of Object.entries(counts)) {
    process.stdout.write(`  ${k}: ${v}\n`);
  }
  if (argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(OUT, "utf8");
    } catch {
      current = "";
    }
    if (current !== text) {
      process.stderr.write(
        "generated/knowledge-base.json is out of date: run npm run build -w @ilio/content\n",
      );
      return 1;
    }
    process.stdout.write("generated/knowledge-base.json is up to date\n");
    return 0;
  }
  writeFileSync(OUT, text);
  process.stdout.write(`wrote ${OUT}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
