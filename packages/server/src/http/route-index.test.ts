// The route index behind 405 answers: patterns with parameters match concrete paths,
// catch-alls are ignored, and methods come back sorted.
import { describe, expect, it } from "vitest";
import { RouteIndex, compilePathPattern } from "./route-index.ts";

describe("RouteIndex", () => {
  it("matches parameters to one segment and ignores a trailing slash", () => {
    const pattern = compilePathPattern("/api/v1/patients/:patientId/assessments");
    expect(pattern.test("/api/v1/patients/abc/assessments")).toBe(true);
    expect(pattern.test("/api/v1/patients/abc/assessments/")).toBe(true);
    expect(pattern.test("/api/v1/patients/a/b/assessments")).toBe(false);
    expect(compilePathPattern("/api/v1/openapi.json").test("/api/v1/openapiXjson")).toBe(false);
  });

  it("lists the methods of every matching route, sorted, and skips catch-alls", () => {
    const index = new RouteIndex();
    index.add("GET", "/api/v1/me");
    index.add(["DELETE", "HEAD"], "/api/v1/me");
    index.add("GET", "/*");
    expect(index.methodsFor("/api/v1/me")).toEqual(["DELETE", "GET", "HEAD"]);
    expect(index.methodsFor("/anything")).toEqual([]);
  });
});
