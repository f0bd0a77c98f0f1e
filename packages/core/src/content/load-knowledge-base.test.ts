import { rawKnowledgeBase } from "@ilio/content";
import { describe, expect, it } from "vitest";
import { CONDITION_IDS } from "./condition-ids.ts";
import { loadKnowledgeBase } from "./load-knowledge-base.ts";

const clone = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(rawKnowledgeBase)) as Record<string, unknown>;

describe("loadKnowledgeBase", () => {
  it("accepts the bundled knowledge base with all 30 contract conditions", () => {
    const result = loadKnowledgeBase(rawKnowledgeBase);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect([...result.kb.conditions.keys()].sort()).toEqual([...CONDITION_IDS].sort());
    }
  });

  it("rejects a non-object with a problem at the root", () => {
    const result = loadKnowledgeBase(42);
    expect(result.ok).toBe(false);
  });

  it("collects every cross-reference problem with its path instead of stopping at the first", () => {
    const raw = clone();
    const text = JSON.stringify(raw)
      .replace('"iliopsoas-syndrome":4', '"iliopsoas-syndrom":4')
      .replace(
        '"kind":"source","source":"downie-2013"',
        '"kind":"source","source":"no-such-source"',
      )
      .replace('{"q":"rf-nerve","is":"saddle-numbness"}', '{"q":"rf-nerv","is":"saddle-numbness"}');
    const result = loadKnowledgeBase(JSON.parse(text));
    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    const messages = result.problems.map((p) => `${p.path} ${p.message}`).join("\n");
    expect(messages).toMatch(/unknown source "no-such-source"/);
    expect(messages).toMatch(/unknown question "rf-nerv"/);
    expect(result.problems.length).toBeGreaterThanOrEqual(2);
  });

  it("reports a likelihood ratio of zero and an unknown condition id in ratios", () => {
    const raw = clone();
    const text = JSON.stringify(raw).replace(
      '"pulsing","text":"A throbbing or pulsing feeling or lump in the belly","q":0.005,"lr":{"abdominal-aortic-aneurysm":100}',
      '"pulsing","text":"A throbbing or pulsing feeling or lump in the belly","q":0.005,"lr":{"abdominal-aortic-aneurysm":0,"aneurysm":2}',
    );
    const result = loadKnowledgeBase(JSON.parse(text));
    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    expect(result.problems.some((p) => p.message.includes("finite number > 0"))).toBe(true);
    expect(result.problems.some((p) => p.message.includes('unknown condition id "aneurysm"'))).toBe(
      true,
    );
  });

  it("reports schema errors with paths, such as a missing basis and unknown fields", () => {
    const raw = clone();
    const questions = raw.questions;
    if (!Array.isArray(questions)) {
      throw new Error("fixture");
    }
    const first: unknown = questions[1];
    if (
      typeof first === "object" &&
      first !== null &&
      "options" in first &&
      Array.isArray(first.options)
    ) {
      const option: unknown = first.options[0];
      if (typeof option === "object" && option !== null && "basis" in option) {
        delete option.basis;
      }
    }
    raw.extra = true;
    const result = loadKnowledgeBase(raw);
    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    expect(result.problems.some((p) => p.path.startsWith("/questions/1/options/0"))).toBe(true);
  });

  it("reports a missing contract condition and its missing page", () => {
    const raw = clone();
    const conditions = raw.conditions;
    const pages = raw.pages;
    if (!Array.isArray(conditions) || !Array.isArray(pages)) {
      throw new Error("fixture");
    }
    raw.conditions = conditions.filter((c: { id: string }) => c.id !== "scfe");
    raw.pages = pages.filter((p: { condition: string }) => p.condition !== "scfe");
    const result = loadKnowledgeBase(raw);
    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    expect(result.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'contract condition "scfe" is missing',
        'condition "scfe" has no plain-language page',
      ]),
    );
  });
});
