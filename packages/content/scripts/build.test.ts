import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assembleKnowledgeBase, bundleText } from "./assemble.ts";

describe("content build", () => {
  it("has a committed generated/knowledge-base.json that matches data/ (run npm run build -w @ilio/content)", async () => {
    const { raw, problems } = assembleKnowledgeBase();
    expect(problems).toEqual([]);
    const committed = readFileSync(
      join(import.meta.dirname, "..", "generated", "knowledge-base.json"),
      "utf8",
    );
    expect(committed).toBe(await bundleText(raw));
  });

  it("derives the content version from the semver and the data files' hash", () => {
    const { raw } = assembleKnowledgeBase();
    expect(String(raw.contentVersion)).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });
});
