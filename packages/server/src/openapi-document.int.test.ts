// The committed docs/openapi.json is what the app serves: regenerate it with
// `npm run openapi` whenever a route or schema changes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPENAPI_PATH, renderOpenApiDocument } from "../scripts/openapi-document.ts";

describe("OpenAPI document", () => {
  it("matches the committed docs/openapi.json (run npm run openapi after changing a route)", async () => {
    expect(await renderOpenApiDocument()).toBe(readFileSync(OPENAPI_PATH, "utf8"));
  });
});
