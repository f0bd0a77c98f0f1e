// Account field rules as the CLI applies them (the HTTP schemas use the same patterns).
import { describe, expect, it } from "vitest";
import {
  displayNameProblem,
  emailProblem,
  normalizeEmail,
  passwordProblem,
} from "./account-rules.ts";

describe("account rules", () => {
  it("accepts ordinary and international addresses and normalizes case", () => {
    expect(emailProblem("ada@example.org")).toBeNull();
    expect(emailProblem("zoë.müller@例え.jp")).toBeNull();
    expect(normalizeEmail("Ada@Example.ORG")).toBe("ada@example.org");
  });

  it("rejects addresses without a dotted domain, with spaces, controls or direction marks", () => {
    for (const email of [
      "ada",
      "ada@example",
      "a da@example.org",
      "ada@@example.org",
      "nul\u0000@example.org",
      "\u202Eada@example.org",
      "ada@example..org",
    ]) {
      expect(emailProblem(email), email).not.toBeNull();
    }
    expect(emailProblem(`${"a".repeat(250)}@example.org`)).toBe("must be at most 254 characters");
  });

  it("bounds passwords at 10 and 200 characters, counted as code points", () => {
    expect(passwordProblem("123456789")).toBe("must be at least 10 characters");
    expect(passwordProblem("🙂".repeat(10))).toBeNull();
    expect(passwordProblem("p".repeat(201))).toBe("must be at most 200 characters");
    expect(passwordProblem("tab\tinside it")).not.toBeNull();
  });

  it("allows names in any script with direction marks but no control characters", () => {
    expect(displayNameProblem("\u200Fשרה")).toBeNull();
    expect(displayNameProblem("A\u0000B")).not.toBeNull();
    expect(displayNameProblem("\ud800")).not.toBeNull();
  });
});
