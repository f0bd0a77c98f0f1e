import { describe, expect, it } from "vitest";
import type { Problem } from "../../api/problem.ts";
import { mapProblem, toSentence } from "./problem-to-fields.ts";

const problem = (overrides: Partial<Problem>): Problem => ({
  status: 400,
  code: "ILIO_ERR_REQUEST_VALIDATION",
  title: "Invalid request",
  detail: "The request has invalid fields.",
  errors: [],
  ...overrides,
});

const mapping = {
  fields: ["email", "password"] as const,
  labels: { email: "Email address", password: "Password" },
  codeFields: { ILIO_ERR_AUTH_EMAIL_TAKEN: "email" as const },
};

describe("mapProblem", () => {
  it("puts each server field error by its field as a sentence with the field's label", () => {
    const mapped = mapProblem(
      problem({ errors: [{ field: "password", message: "must be at least 10 characters" }] }),
      mapping,
    );
    expect(mapped).toEqual({
      errors: { password: "Password must be at least 10 characters." },
      unplaced: [],
    });
  });

  it("ties an error code to its field, using the detail", () => {
    const mapped = mapProblem(
      problem({
        status: 409,
        code: "ILIO_ERR_AUTH_EMAIL_TAKEN",
        detail: "An account with this e-mail already exists.",
      }),
      mapping,
    );
    expect(mapped.errors).toEqual({ email: "An account with this e-mail already exists." });
  });

  it("shows the detail in the summary when no field is named", () => {
    const mapped = mapProblem(
      problem({ status: 401, detail: "Wrong e-mail or password." }),
      mapping,
    );
    expect(mapped).toEqual({ errors: {}, unplaced: ["Wrong e-mail or password."] });
  });

  it("keeps errors on fields the form does not have in the summary", () => {
    const mapped = mapProblem(
      problem({ errors: [{ field: "role", message: "is not an accepted field" }] }),
      mapping,
    );
    expect(mapped.unplaced).toEqual(["Role is not an accepted field."]);
  });
});

describe("toSentence", () => {
  it("leaves whole sentences alone apart from a missing full stop", () => {
    expect(toSentence("Password", "The current password is wrong.")).toBe(
      "The current password is wrong.",
    );
    expect(toSentence("Password", "Too short")).toBe("Too short.");
  });
});
