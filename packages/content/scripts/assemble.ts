// Reads packages/content/data/*.json (not the exercise library) and assembles the raw
// knowledge base that core's loader validates: one object, with a content version made of
// the semver in meta.json and a short sha256 of the data files (sorted by name, exact
// bytes), so any data change gives a new version. Build-time only (uses node:fs/crypto).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "@ilio/core";
import { format } from "prettier";

export const DATA_DIR = join(import.meta.dirname, "..", "data");

/** Files that make up the knowledge base, in the order they are hashed. */
export function dataFiles(dir = DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

export interface Assembled {
  readonly raw: Record<string, unknown>;
  readonly problems: readonly Problem[];
}

function field(file: string, value: unknown, key: string, problems: Problem[]): unknown {
  if (typeof value === "object" && value !== null && key in value) {
    return Object.entries(value).find(([k]) => k === key)?.[1];
  }
  problems.push({ path: `data/${file}`, message: `missing top-level "${key}"` });
  return undefined;
}

/** Assemble the raw knowledge base from the data directory, collecting file-level problems. */
export function assembleKnowledgeBase(dir = DATA_DIR): Assembled {
  const problems: Problem[] = [];
  const hash = createHash("sha256");
  const parsed = new Map<string, unknown>();
  for (const file of dataFiles(dir)) {
    const text = readFileSync(join(dir, file), "utf8");
    hash.update(`${file}\n${text}\n`);
    try {
      parsed.set(file, JSON.parse(text));
    } catch (error) {
      problems.push({
        path: `data/${file}`,
        message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  const get = (file: string, key: string): unknown =>
    parsed.has(file) ? field(file, parsed.get(file), key, problems) : undefined;
  const version = get("meta.json", "version");
  const questions = [...parsed.keys()]
    .filter((f) => f.startsWith("questions-"))
    .flatMap((f) => {
      const list = get(f, "questions");
      return Array.isArray(list) ? list.map((q: unknown) => q) : [];
    });
  const raw: Record<string, unknown> = {
    contentVersion: `${String(version)}+${hash.digest("hex").slice(0, 12)}`,
    sources: get("sources.json", "sources"),
    ageBands: get("conditions.json", "ageBands"),
    conditions: get("conditions.json", "conditions"),
    questions,
    redFlags: get("red-flags.json", "redFlags"),
    consistency: get("red-flags.json", "consistency"),
    policy: get("policy.json", "policy"),
    pages: get("pages.json", "pages"),
  };
  return { raw, problems };
}

/** A generated file's exact text: pretty JSON, formatted as the repository's prettier does. */
export async function bundleText(value: object): Promise<string> {
  return format(JSON.stringify(value), { parser: "json", printWidth: 100 });
}
