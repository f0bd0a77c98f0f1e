import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DATA_DIR } from "@ilio/content/assemble";
import { describe, expect, it } from "vitest";
import { runCommand } from "./cli-test-io.ts";
import { contentCommand } from "./content-check.ts";

describe("ilio content check", () => {
  it("passes on the shipped knowledge base and prints counts per kind", async () => {
    const ran = await runCommand(contentCommand, ["check", "--json"]);
    expect(ran.code).toBe(0);
    const out = JSON.parse(ran.stdout) as { ok: boolean; counts: Record<string, number> };
    expect(out.ok).toBe(true);
    expect(out.counts.conditions).toBe(30);
    expect(out.counts["red-flag rules"]).toBeGreaterThanOrEqual(22);
  });

  it("lists every problem with its path and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ilio-content-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, "red-flags.json");
    writeFileSync(
      file,
      readFileSync(file, "utf8")
        .replace('"q": "rf-nerve"', '"q": "rf-nerves"')
        .replace('"source": "bass-2018"', '"source": "bass-2019"'),
    );
    const ran = await runCommand(contentCommand, ["check", "--dir", dir]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/\/redFlags\/0\/when\/q: refers to unknown question "rf-nerves"/);
    expect(ran.stderr).toMatch(/unknown source "bass-2019"/);
  });
});
