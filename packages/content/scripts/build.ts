// `npm run build -w @ilio/content`: assembles data/*.json, validates it with core's loader
// (printing every problem and failing once), prints counts, and writes
// generated/knowledge-base.json and generated/display-texts.json (the display words only,
// derived from the same validated data for @ilio/content/texts): deterministic (stable key
// order, prettier-formatted, no timestamps), committed, and checked in CI with `--check`
// (exit 1 when a committed file is stale).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadKnowledgeBase } from "@ilio/core";
import { assembleKnowledgeBase, bundleText } from "./assemble.ts";
import { displayTextsOf } from "./display-texts.ts";
import { countKnowledgeBase } from "../src/count.ts";

const GENERATED = join(import.meta.dirname, "..", "generated");

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

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
  const outputs = [
    { file: "knowledge-base.json", text: await bundleText(raw) },
    { file: "display-texts.json", text: await bundleText(displayTextsOf(loaded.kb.raw)) },
  ];
  const counts = countKnowledgeBase(loaded.kb);
  process.stdout.write(`content ${loaded.kb.contentVersion}\n`);
  for (const [k, v] of Object.entries(counts)) {
    process.stdout.write(`  ${k}: ${v}\n`);
  }
  if (argv.includes("--check")) {
    const stale = outputs.filter((o) => readOrEmpty(join(GENERATED, o.file)) !== o.text);
    for (const o of stale) {
      process.stderr.write(
        `generated/${o.file} is out of date: run npm run build -w @ilio/content\n`,
      );
    }
    if (stale.length > 0) {
      return 1;
    }
    process.stdout.write("generated files are up to date\n");
    return 0;
  }
  for (const o of outputs) {
    const path = join(GENERATED, o.file);
    writeFileSync(path, o.text);
    process.stdout.write(`wrote ${path}\n`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
