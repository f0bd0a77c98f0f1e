import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadKnowledgeBaseOrThrow } from "@ilio/core";
import { describe, expect, it } from "vitest";
import { assembleKnowledgeBase, bundleText } from "./assemble.ts";
import { displayTextsOf } from "./display-texts.ts";

const committed = (file: string) =>
  readFileSync(join(import.meta.dirname, "..", "generated", file), "utf8");

describe("content build", () => {
  it("has a committed generated/knowledge-base.json that matches data/ (run npm run build -w @ilio/content)", async () => {
    const { raw, problems } = assembleKnowledgeBase();
    expect(problems).toEqual([]);
    expect(committed("knowledge-base.json")).toBe(await bundleText(raw));
  });

  it("has a committed generated/display-texts.json that matches data/ (run npm run build -w @ilio/content)", async () => {
    const { raw, problems } = assembleKnowledgeBase();
    expect(problems).toEqual([]);
    const kb = loadKnowledgeBaseOrThrow(raw);
    expect(committed("display-texts.json")).toBe(await bundleText(displayTextsOf(kb.raw)));
  });

  it("derives the content version from the semver and the data files' hash", () => {
    const { raw } = assembleKnowledgeBase();
    expect(String(raw.contentVersion)).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });
});
