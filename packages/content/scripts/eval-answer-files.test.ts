// The evaluation sets (eval/) stay usable as the knowledge base changes: every answer file
// validates against the current content with no errors, and every story in a set has its
// answer file. A renamed question or option would otherwise silently turn an answer into
// "not sure" and change what the sets measure.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateAnswers } from "@ilio/core";
import { describe, expect, it } from "vitest";
import { knowledgeBase } from "../src/index.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const evalDir = join(root, "eval");

/** [set name, answers folder, vignettes file or undefined] for every set in eval/. */
function sets(): [string, string, string | undefined][] {
  // dev's stories live outside the repository (shared/vignettes/dev.json).
  const out: [string, string, string | undefined][] = [["dev", join(evalDir, "dev"), undefined]];
  for (const name of readdirSync(evalDir).sort()) {
    const answers = join(evalDir, name, "answers");
    if (existsSync(answers)) {
      out.push([name, answers, join(evalDir, name, "vignettes.json")]);
    }
  }
  return out;
}

describe("evaluation answer files", () => {
  it.each(sets())("%s: every answer file validates against the current content", (_, dir) => {
    const problems: string[] = [];
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = validateAnswers(
        knowledgeBase,
        JSON.parse(readFileSync(join(dir, file), "utf8")),
      );
      if (!result.ok) {
        problems.push(`${file}: ${JSON.stringify(result)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(sets().filter(([, , vignettes]) => vignettes !== undefined))(
    "%s: every story has its answer file",
    (_, dir, vignettes) => {
      const stories = JSON.parse(readFileSync(vignettes ?? "", "utf8")) as {
        vignettes: { id: string }[];
      };
      const missing = stories.vignettes
        .map((v) => v.id)
        .filter((id) => !existsSync(join(dir, `${id}.json`)));
      expect(missing).toEqual([]);
    },
  );
});
