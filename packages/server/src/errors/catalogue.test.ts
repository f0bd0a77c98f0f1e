// The error catalogue is closed and documented: every code follows ILIO_ERR_<AREA>_<WHAT>
// and has a section in docs/errors.md stating its status.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CATALOGUE, ERROR_CODES } from "./catalogue.ts";
import { toApiError } from "./error-mapper.ts";

const docs = readFileSync(new URL("../../../../docs/errors.md", import.meta.url), "utf8");

describe("error catalogue", () => {
  it("names every code ILIO_ERR_<AREA>_<WHAT>", () => {
    for (const code of ERROR_CODES) {
      expect(code).toMatch(/^ILIO_ERR_[A-Z]+_[A-Z_]+$/);
    }
  });

  it("documents every code with its status in docs/errors.md", () => {
    for (const code of ERROR_CODES) {
      const row = new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${ERROR_CATALOGUE[code].status}\\s*\\|`);
      expect(docs, code).toMatch(row);
    }
  });

  it("maps an unknown error to a generic 500 that repeats none of its message", () => {
    const mapped = toApiError(new Error("connection to 10.0.0.5 refused"));
    expect(mapped.code).toBe("ILIO_ERR_SERVER_INTERNAL");
    expect(mapped.detail).not.toContain("10.0.0.5");
  });
});
