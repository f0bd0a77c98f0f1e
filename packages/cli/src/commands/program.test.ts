import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { programCommand } from "./program.ts";

function streams() {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on("data", (c: Buffer) => out.push(c.toString()));
  stderr.on("data", (c: Buffer) => err.push(c.toString()));
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {} }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "ilio-program-"));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

const assessment = {
  triage: { level: "self-care" },
  ranking: [{ condition: "iliopsoas-syndrome", probability: 0.7 }],
  answers: { severity: 8, activities: ["running"] },
};

describe("ilio program", () => {
  it("prints the program as JSON for a saved assessment", async () => {
    const { io, out, err } = streams();
    const code = await programCommand.run(
      ["--assessment", file("ok.json", assessment), "--start", "2025-03-03", "--json"],
      io,
    );
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    const program: unknown = JSON.parse(out.join(""));
    expect(program).toMatchObject({
      startDate: "2025-03-03",
      irritability: "high",
      populations: ["runners"],
    });
  });

  it("prints a short summary without --json", async () => {
    const { io, out } = streams();
    await programCommand.run(
      ["--assessment", file("ok2.json", assessment), "--start", "2025-03-03"],
      io,
    );
    expect(out.join("")).toMatch(/^Home program for iliopsoas-syndrome/);
  });

  it("says plainly why there is no program after urgent triage, exit 1", async () => {
    const { io, out, err } = streams();
    const urgent = { ...assessment, triage: { level: "urgent" } };
    const code = await programCommand.run(
      ["--assessment", file("urgent.json", urgent), "--json"],
      io,
    );
    expect(code).toBe(1);
    expect(out.join("")).toBe("");
    expect(err.join("")).toMatch(/triage-too-urgent.*seek care/);
  });

  it("rejects a file that is not an assessment, naming the field", async () => {
    const { io, err } = streams();
    const code = await programCommand.run(["--assessment", file("bad.json", { ranking: [] })], io);
    expect(code).toBe(1);
    expect(err.join("")).toMatch(/not an assessment result.*: \/triage/);
  });

  it("rejects unreadable files, bad JSON and missing arguments", async () => {
    for (const argv of [
      ["--assessment", join(dir, "missing.json")],
      ["--assessment", file("junk.json", "{")],
      [],
      ["--what"],
    ]) {
      const { io, err } = streams();
      expect(await programCommand.run(argv, io)).toBe(1);
      expect(err.join("")).toMatch(/^ilio program: /);
      expect(err.join("")).not.toMatch(/ {4}at /);
    }
  });
});

describe("ilio program with ilio assess output", () => {
  it("reads the bare triage level of `ilio assess --json` and answers from --answers", async () => {
    const { io, out, err } = streams();
    const printed = {
      triage: "self-care",
      ranking: [{ condition: "iliopsoas-syndrome", probability: 0.7 }],
    };
    const answers = { answers: { severity: 2, activities: ["dance"] } };
    const argv = [
      "--assessment",
      file("cli.json", printed),
      "--answers",
      file("a.json", answers),
      "--start",
      "2025-03-03",
      "--json",
    ];
    expect(await programCommand.run(argv, io)).toBe(0);
    expect(err.join("")).toBe("");
    expect(JSON.parse(out.join(""))).toMatchObject({
      irritability: "low",
      populations: ["dancers"],
    });
  });
});
