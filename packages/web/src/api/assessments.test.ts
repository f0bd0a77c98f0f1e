import { describe, expect, it } from "vitest";
import { decodeQuestion, fetchNextStep } from "./assessments.ts";
import type { ApiClient, ApiRequest } from "./client.ts";
import { fail, ok } from "./result.ts";

/** An exam finding as POST /api/v1/assessments/next presents it, with overrides. */
function examQuestionJson(overrides: Readonly<Record<string, unknown>> = {}) {
  return {
    kind: "single",
    id: "exam-thomas",
    text: "Thomas test: does the opposite thigh lift off the couch?",
    audience: "clinician",
    redFlag: false,
    options: [
      { id: "positive", text: "Positive" },
      { id: "negative", text: "Negative" },
    ],
    ...overrides,
  };
}

/** A client that records each request and answers it with `json` run through its decoder. */
function recordingClient(json: unknown) {
  const requests: ApiRequest<unknown>[] = [];
  const client: ApiClient = {
    send<T>(request: ApiRequest<T>) {
      requests.push(request);
      const decoded = request.decode(json);
      const problem = { status: 502, code: "TEST", title: "", detail: "undecoded", errors: [] };
      return Promise.resolve(decoded === undefined ? fail<T>(problem) : ok(decoded));
    },
  };
  return { client, requests };
}

describe("decodeQuestion", () => {
  it("keeps the clinician audience of an examination finding", () => {
    expect(decodeQuestion(examQuestionJson())).toMatchObject({
      id: "exam-thomas",
      kind: "single",
      audience: "clinician",
    });
  });

  it("reads a missing or unknown audience as a question for the person themselves", () => {
    const withoutAudience = Object.fromEntries(
      Object.entries(examQuestionJson()).filter(([key]) => key !== "audience"),
    );
    expect(decodeQuestion(withoutAudience)?.audience).toBe("patient");
    expect(decodeQuestion(examQuestionJson({ audience: "doctor" }))?.audience).toBe("patient");
    expect(decodeQuestion(examQuestionJson({ audience: "patient" }))?.audience).toBe("patient");
  });
});

describe("fetchNextStep", () => {
  const step = {
    kind: "question",
    question: examQuestionJson(),
    progress: { asked: 12, estimatedTotal: 20 },
    contentVersion: "0.1.0",
  };

  it("asks for the clinician audience in clinician mode and keeps it on the question", async () => {
    const { client, requests } = recordingClient(step);
    const result = await fetchNextStep(client, [["age", 24]], "clinician");
    expect(requests.map((r) => r.body)).toEqual([{ answers: { age: 24 }, audience: "clinician" }]);
    expect(result.ok && result.value.kind === "question" && result.value.question.audience).toBe(
      "clinician",
    );
  });

  it("asks for the patient audience by default", async () => {
    const { client, requests } = recordingClient(step);
    await fetchNextStep(client, []);
    expect(requests.map((r) => r.body)).toEqual([{ answers: {}, audience: "patient" }]);
  });
});
