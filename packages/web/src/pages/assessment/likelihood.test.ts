import { describe, expect, it } from "vitest";
import { likelihood } from "./likelihood.ts";

describe("likelihood", () => {
  it("puts probabilities into four plain steps and never shows a number", () => {
    expect([0.9, 0.3, 0.08, 0.01].map((p) => likelihood(p).step)).toEqual([4, 3, 2, 1]);
    expect(likelihood(0.51).words).not.toMatch(/\d/);
  });
});
