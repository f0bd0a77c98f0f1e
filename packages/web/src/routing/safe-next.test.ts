import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next.ts";

describe("safeNext", () => {
  it("allows paths on this site", () => {
    expect(safeNext("/account")).toBe("/account");
    expect(safeNext("/account?tab=password")).toBe("/account?tab=password");
  });

  it("sends anything that could leave the site home instead", () => {
    for (const next of [
      undefined,
      "",
      "//evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "/\\evil.example",
    ]) {
      expect(safeNext(next)).toBe("/");
    }
  });
});
