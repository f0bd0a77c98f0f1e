import { describe, expect, it } from "vitest";
import { fieldName, parseProblem } from "./problem.ts";

describe("parseProblem", () => {
  it("keeps the server's detail, code and field errors with the field's last path segment", () => {
    const problem = parseProblem(400, {
      type: "https://ilio.dev/errors/ILIO_ERR_REQUEST_VALIDATION",
      title: "Invalid request",
      status: 400,
      detail: "The request has invalid fields.",
      code: "ILIO_ERR_REQUEST_VALIDATION",
      errors: [{ field: "body/password", message: "must be at least 10 characters" }],
    });
    expect(problem).toEqual({
      status: 400,
      code: "ILIO_ERR_REQUEST_VALIDATION",
      title: "Invalid request",
      detail: "The request has invalid fields.",
      errors: [{ field: "password", message: "must be at least 10 characters" }],
    });
  });

  it("falls back to a plain sentence for the status when the body is not problem+json", () => {
    const problem = parseProblem(429, "<html>Too Many Requests</html>");
    expect(problem.detail).toBe("Too many attempts. Wait a minute, then try again.");
    expect(problem.errors).toEqual([]);
  });

  it("drops malformed field errors instead of showing empty lines", () => {
    const problem = parseProblem(400, { errors: [{ field: "body/email" }, "nonsense", null] });
    expect(problem.errors).toEqual([]);
  });
});

describe("fieldName", () => {
  it("turns JSON-pointer-like paths into the form's field name", () => {
    expect(fieldName("body/email")).toBe("email");
    expect(fieldName("/body/currentPassword")).toBe("currentPassword");
    expect(fieldName("email")).toBe("email");
  });
});
