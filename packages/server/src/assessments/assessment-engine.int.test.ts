// The stateless routes on both databases: POST /api/v1/assessments/evaluate returns exactly
// the engine's result and POST /api/v1/assessments/next the interview's next step; neither
// needs an account and neither stores anything, whatever the input.
import { knowledgeBase as kb } from "@ilio/content";
import { evaluate, nextStep } from "@ilio/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DATABASES, type TestDatabase } from "../../../../test/databases.ts";
import { interviewAnswers } from "../../test/support/answer-sets.ts";
import { jsonRoundTrip } from "../../test/support/json-round-trip.ts";
import { expectProblem, fieldsOf } from "../../test/support/expect-problem.ts";
import { countRows } from "../../test/support/factories.ts";
import { Agent } from "../../test/support/http-agent.ts";
import { buildTestApp, type TestApp } from "../../test/support/test-app.ts";

const EVALUATE = "/api/v1/assessments/evaluate";
const NEXT = "/api/v1/assessments/next";

for (const database of DATABASES) {
  describe(`stateless assessment routes [${database.name}]`, () => {
    let test: TestDatabase;
    let t: TestApp;
    let agent: Agent;
    let before: Record<string, number>;

    beforeAll(async () => {
      test = await database.create();
      t = await buildTestApp(test.db, { knowledgeBase: kb });
      agent = new Agent(t.app);
      await agent.primeCsrf();
    });
    beforeEach(async () => {
      before = await countRows(test.db);
    });
    afterAll(async () => {
      await t.app.close();
      await test.destroy();
    });

    const post = (url: string, body: unknown) => agent.request({ method: "POST", url, body });
    const expectNothingStored = async () => {
      expect(await countRows(test.db)).toEqual(before);
    };

    it("evaluates a complete answer set to exactly the engine's result and stores nothing", async () => {
      const answers = interviewAnswers(kb);
      const response = await post(EVALUATE, { contentVersion: kb.contentVersion, answers });
      expect(response.statusCode).toBe(200);
      const result: unknown = response.json();
      expect(result).toEqual(jsonRoundTrip(evaluate(kb, answers)));
      expect(result).toMatchObject({ complete: true, pendingRedFlags: [] });
      await expectNothingStored();
    });

    it("gives triage emergency for saddle numbness with new bladder trouble", async () => {
      const response = await post(EVALUATE, {
        partial: true,
        answers: { age: 45, sex: "male", "rf-nerve": ["saddle-numbness", "bladder-bowel"] },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json<{ triage: { level: string }; redFlags: { because: string }[] }>();
      expect(body.triage.level).toBe("emergency");
      expect(body.redFlags.map((flag) => flag.because)).toContain("answer");
      await expectNothingStored();
    });

    it("fires only the red flag of a checklist item marked not sure", async () => {
      const response = await post(EVALUATE, {
        partial: true,
        answers: {
          age: 52,
          sex: "male",
          where: ["low-back"],
          "rf-nerve": [],
          "rf-general": ["unsure:weight-loss"],
          "rf-history": [],
        },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json<{
        triage: { level: string };
        redFlags: { id: string; because: string }[];
      }>();
      expect(body.redFlags).toEqual([expect.objectContaining({ id: "RF-07", because: "unsure" })]);
      expect(body.triage.level).toBe("urgent");
      await expectNothingStored();
    });

    it("gives a partial answer set a triage marked incomplete with the pending safety questions", async () => {
      const response = await post(EVALUATE, { partial: true, answers: { age: 30 } });
      expect(response.statusCode).toBe(200);
      const body = response.json<{
        complete: boolean;
        pendingRedFlags: string[];
        triage: { reasons: { kind: string }[] };
      }>();
      expect(body.complete).toBe(false);
      expect(body.pendingRedFlags).toContain("rf-nerve");
      expect(body.triage.reasons.map((reason) => reason.kind)).toContain("incomplete");
    });

    it("rejects an answer set with a red-flag question missing, naming each one, unless partial", async () => {
      const rest: Record<string, unknown> = { ...interviewAnswers(kb) };
      delete rest["rf-general"];
      delete rest["rf-history"];
      const response = await post(EVALUATE, { answers: rest });
      const problem = expectProblem(response, 400, "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID");
      expect(fieldsOf(problem)).toEqual(
        expect.arrayContaining(["body/answers/rf-general", "body/answers/rf-history"]),
      );
      expect(problem.errors?.[0]?.message).toMatch(/"unsure" is allowed.*"partial": true/);
      await expectNothingStored();
      const partial = await post(EVALUATE, { answers: rest, partial: true });
      expect(partial.statusCode).toBe(200);
      expect(partial.json()).toMatchObject({ complete: false });
    });

    it("asks the first safety question of an empty interview, without likelihood data", async () => {
      const response = await post(NEXT, { answers: {} });
      expect(response.statusCode).toBe(200);
      const step = nextStep(kb, {});
      expect(step.kind).toBe("question");
      const body = response.json<{ kind: string; question: Record<string, unknown> }>();
      expect(body).toMatchObject({
        kind: "question",
        contentVersion: kb.contentVersion,
        question: { id: step.kind === "question" ? step.question.id : "" },
        progress: { asked: 0 },
      });
      expect(body.question).not.toHaveProperty("bands");
      await expectNothingStored();
    });

    it("offers examination findings only to the clinician audience", async () => {
      const answers = interviewAnswers(kb);
      const patient = await post(NEXT, { answers });
      expect(patient.json()).toMatchObject({ kind: "done", result: { complete: true } });
      const clinician = await post(NEXT, { answers, audience: "clinician" });
      const expected = nextStep(kb, answers, { audience: "clinician" });
      expect(clinician.json()).toMatchObject(
        expected.kind === "question"
          ? { kind: "question", question: { id: expected.question.id, audience: "clinician" } }
          : { kind: "done" },
      );
    });

    const invalid: readonly [string, unknown, string, string][] = [
      [
        "an unknown question id",
        { answers: { shoe: "red" } },
        "body/answers/shoe",
        "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID",
      ],
      [
        "a wrong type",
        { answers: { age: "forty" } },
        "body/answers/age",
        "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID",
      ],
      [
        "a boolean answer",
        { answers: { sex: true } },
        "body/answers/sex",
        "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID",
      ],
      [
        "a number out of range",
        { answers: { age: 130 } },
        "body/answers/age",
        "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID",
      ],
      [
        "an unknown option",
        { answers: { sex: "other" } },
        "body/answers/sex",
        "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID",
      ],
      [
        "a contradiction (12 and after the menopause)",
        { answers: { age: 12, sex: "female", pregnancy: "menopause" } },
        "body/answers/pregnancy",
        "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID",
      ],
      [
        "a checklist item both ticked and marked not sure",
        { answers: { "rf-general": ["fever", "unsure:fever"] } },
        "body/answers/rf-general",
        "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID",
      ],
      [
        "a question that does not apply (pregnancy for a man)",
        { answers: { age: 30, sex: "male", pregnancy: "possible" } },
        "body/answers/pregnancy",
        "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID",
      ],
      [
        "answers from an older knowledge base",
        { contentVersion: "0.0.1+000000000000", answers: { age: 30 } },
        "body/contentVersion",
        "ILIO_ERR_ASSESSMENT_CONTENT_VERSION",
      ],
    ];

    for (const [what, body, field, code] of invalid) {
      it(`rejects ${what} with a 400 naming ${field}, on both routes, and stores nothing`, async () => {
        for (const url of [EVALUATE, NEXT]) {
          const problem = expectProblem(await post(url, body), 400, code);
          expect(fieldsOf(problem), url).toContain(field);
        }
        await expectNothingStored();
      });
    }

    it("rejects unknown fields with a 400 naming them and stores nothing", async () => {
      const problem = expectProblem(
        await post(EVALUATE, { answers: {}, result: { triage: "self-care" } }),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      expect(fieldsOf(problem)).toEqual(["body/result"]);
      const next = expectProblem(
        await post(NEXT, { answers: {}, audience: "doctor" }),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      expect(fieldsOf(next)).toEqual(["body/audience"]);
      await expectNothingStored();
    });

    it("rejects a missing answers object and malformed JSON with a 400", async () => {
      const problem = expectProblem(await post(EVALUATE, {}), 400, "ILIO_ERR_REQUEST_VALIDATION");
      expect(fieldsOf(problem)).toEqual(["body/answers"]);
      const raw = await agent.request({ method: "POST", url: EVALUATE, raw: '{"answers": {' });
      expectProblem(raw, 400, "ILIO_ERR_REQUEST_MALFORMED_JSON");
      await expectNothingStored();
    });
  });
}
