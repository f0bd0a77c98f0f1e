import { describe, expect, it } from "vitest";
import { fail, ok } from "../api/result.ts";
import type { Problem } from "../api/problem.ts";
import { sendOutcome } from "./send-outcome.ts";

function problem(status: number, detail = "Pain must be a whole number from 0 to 10."): Problem {
  return { status, code: "ILIO_ERR_TEST", title: "t", detail, errors: [] };
}

describe("sendOutcome", () => {
  it("removes the entry only after the server acknowledged it", () => {
    expect(sendOutcome(ok(true))).toEqual({ kind: "acknowledged" });
  });

  it.each([0, 401, 429, 500, 503])("keeps the entry waiting after status %i", (status) => {
    expect(sendOutcome(fail(problem(status)))).toEqual({ kind: "retry-later" });
  });

  it("keeps a conflicting session as refused with a plain sentence", () => {
    const outcome = sendOutcome(fail(problem(409)));
    expect(outcome.kind).toBe("refused");
  });

  it("keeps a rejected session as refused with the server's reason", () => {
    expect(sendOutcome(fail(problem(400)))).toEqual({
      kind: "refused",
      message: "This session was not saved: Pain must be a whole number from 0 to 10.",
    });
  });
});
