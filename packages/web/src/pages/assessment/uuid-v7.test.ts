import { describe, expect, it } from "vitest";
import { uuidV7 } from "./uuid-v7.ts";

describe("uuidV7", () => {
  it("makes a version-7, RFC-variant UUID whose first 48 bits are the time", () => {
    const id = uuidV7(0x0190b6d25c3e);
    expect(id).toMatch(/^0190b6d2-5c3e-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("never repeats", () => {
    expect(uuidV7(1)).not.toBe(uuidV7(1));
  });
});
