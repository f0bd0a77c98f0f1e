import { describe, expect, it } from "vitest";
import { checkEmail, checkNewPassword } from "./credentials.ts";

describe("checkNewPassword", () => {
  it("accepts 10 to 200 characters and explains anything else in a sentence", () => {
    expect(checkNewPassword("a".repeat(10))).toBeUndefined();
    expect(checkNewPassword("a".repeat(200))).toBeUndefined();
    expect(checkNewPassword("a".repeat(9))).toBe(
      "Your password must be at least 10 characters long.",
    );
    expect(checkNewPassword("a".repeat(201))).toBe(
      "Your password must be 200 characters or fewer.",
    );
    expect(checkNewPassword("")).toBe("Enter a password.");
  });

  it("counts characters as the server does, so emoji count once", () => {
    expect(checkNewPassword("🙂".repeat(9))).toBe(
      "Your password must be at least 10 characters long.",
    );
  });
});

describe("checkEmail", () => {
  it("asks for an address when empty and for the right format when it has no domain", () => {
    expect(checkEmail("  ")).toBe("Enter your email address.");
    expect(checkEmail("maya@example")).toMatch(/right format/);
    expect(checkEmail(" maya@example.org ")).toBeUndefined();
  });
});
