// The stored interview on both databases: start → answer → undo → result for the owner;
// client-generated ids replay without duplicates (POST and PUT); the server evaluates
// saved answers itself; and every bad request is a 4xx problem that changes nothing.
import { knowledgeBase as kb } from "@ilio/content";
import { evaluate } from "@ilio/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { DATABASES, type TestDatabase } from "../../../../test/databases.ts";
import { GROIN_PAIN_PROFILE, interviewAnswers } from "../../test/support/answer-sets.ts";
import { jsonRoundTrip } from "../../test/support/json-round-trip.ts";
import { expectProblem, fieldsOf } from "../../test/support/expect-problem.ts";
import { buildEvaluatedAssessment, buildUser, countRows } from "../../test/support/factories.ts";
import { Agent } from "../../test/support/http-agent.ts";
import { buildTestApp, TEST_START, type TestApp } from "../../test/support/test-app.ts";
import type { UserRow } from "../storage/database-schema.ts";

interface Interview {
  assessment: { id: string; status: string; answers: Record<string, unknown>; updatedAt: string };
  next: { kind: string; question?: { id: string } };
}

for (const database of DATABASES) {
  describe(`stored assessment interview [${database.name}]`, () => {
    let test: TestDatabase;
    let t: TestApp;
    let agent: Agent;
    let patient: UserRow;

    beforeEach(async () => {
      test = await database.create();
      t = await buildTestApp(test.db, { knowledgeBase: kb });
      const built = await buildUser(test.db);
      patient = built.user;
      agent = await new Agent(t.app).signIn(patient.email, built.password);
    });
    afterEach(async () => {
      await t.app.close();
      await test.destroy();
    });

    const start = (body: unknown = {}) =>
      agent.request({ method: "POST", url: "/api/v1/assessments", body });
    const answer = (id: string, questionId: string, value: unknown) =>
      agent.request({
        method: "POST",
        url: `/api/v1/assessments/${id}/answers`,
        body: { questionId, value },
      });
    const undo = (id: string) =>
      agent.request({ method: "POST", url: `/api/v1/assessments/${id}/undo` });
    const rowsOf = () => test.db.selectFrom("assessments").selectAll().orderBy("id").execute();

    it("runs start → answer → undo → result for the owner", async () => {
      const started = await start();
      expect(started.statusCode).toBe(201);
      const first = started.json<Interview>();
      expect(first.assessment).toMatchObject({
        status: "in-progress",
        answers: {},
        contentVersion: kb.contentVersion,
        patientId: patient.id,
        createdAt: TEST_START.toISOString(),
      });
      expect(first.next).toMatchObject({ kind: "question", question: { id: "age" } });
      const id = first.assessment.id;

      expect((await answer(id, "age", 34)).statusCode).toBe(200);
      t.clock.advance(1000);
      const second = (await answer(id, "sex", "female")).json<Interview>();
      expect(Object.entries(second.assessment.answers)).toEqual([
        ["age", 34],
        ["sex", "female"],
      ]);
      expect(second.assessment.updatedAt).toBe(new Date(TEST_START.getTime() + 1000).toISOString());
      expect(second.next.question?.id).toBe("where");

      const undone = await undo(id);
      expect(undone.statusCode).toBe(200);
      expect(undone.json<Interview>()).toMatchObject({
        assessment: { answers: { age: 34 } },
        next: { kind: "question", question: { id: "sex" } },
      });
      expect(Object.keys(undone.json<Interview>().assessment.answers)).toEqual(["age"]);

      const read = await agent.request({ url: `/api/v1/assessments/${id}` });
      expect(read.statusCode).toBe(200);
      const engine = evaluate(kb, { age: 34 });
      const expected = jsonRoundTrip(engine);
      expect(read.json()).toMatchObject({
        assessment: { id, status: "in-progress" },
        result: expected,
      });
      const result = await agent.request({ url: `/api/v1/assessments/${id}/result` });
      expect(result.json()).toEqual(expected);
      expect(result.json()).toMatchObject({ complete: false });

      const list = await agent.request({ url: "/api/v1/me/assessments" });
      expect(list.json()).toMatchObject({
        assessments: [{ id, status: "in-progress", triage: engine.triage.level }],
      });
    });

    it("marks an interview complete once the engine has nothing more to ask", async () => {
      const id = (await start()).json<Interview>().assessment.id;
      let last: Interview | undefined;
      for (const [questionId, value] of Object.entries(interviewAnswers(kb))) {
        const response = await answer(id, questionId, value);
        expect(response.statusCode, questionId).toBe(200);
        last = response.json<Interview>();
      }
      expect(last).toMatchObject({ assessment: { status: "complete" }, next: { kind: "done" } });
      const [row] = await rowsOf();
      expect(row).toMatchObject({ status: "complete", content_version: kb.contentVersion });
    });

    it("replays POST with the same id as a 200 with the same assessment and no duplicate", async () => {
      const id = uuidv7();
      expect((await start({ id })).statusCode).toBe(201);
      await answer(id, "age", 50);
      const replay = await start({ id });
      expect(replay.statusCode).toBe(200);
      expect(replay.json<Interview>()).toMatchObject({
        assessment: { id, answers: { age: 50 } },
        next: { question: { id: "sex" } },
      });
      expect(await rowsOf()).toHaveLength(1);
    });

    it("saves a finished on-device interview with PUT, evaluated by the server, idempotently", async () => {
      const id = uuidv7();
      const answers = interviewAnswers(kb);
      const body = { contentVersion: kb.contentVersion, answers };
      const created = await agent.request({
        method: "PUT",
        url: `/api/v1/assessments/${id}`,
        body,
      });
      expect(created.statusCode).toBe(201);
      const engine = evaluate(kb, answers);
      const expected = jsonRoundTrip(engine);
      expect(created.json()).toMatchObject({
        assessment: { id, status: "complete" },
        result: expected,
      });

      const replay = await agent.request({ method: "PUT", url: `/api/v1/assessments/${id}`, body });
      expect(replay.statusCode).toBe(200);
      const rows = await rowsOf();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        id,
        patient_id: patient.id,
        status: "complete",
        triage: engine.triage.level,
        top_condition: engine.ranking[0]?.condition,
        content_version: kb.contentVersion,
      });
      expect(JSON.parse(rows[0]?.result_json ?? "")).toEqual(expected);
      expect(JSON.parse(rows[0]?.answers_json ?? "")).toEqual(Object.entries(answers));

      const partial = { contentVersion: kb.contentVersion, answers: { age: 40 } };
      const replaced = await agent.request({
        method: "PUT",
        url: `/api/v1/assessments/${id}`,
        body: partial,
      });
      expect(replaced.json()).toMatchObject({
        assessment: { status: "in-progress", answers: { age: 40 } },
      });
      expect(await rowsOf()).toHaveLength(1);
    });

    it("saves a clinician's finished interview, examination findings included, as complete", async () => {
      const answers = interviewAnswers(
        kb,
        {
          ...GROIN_PAIN_PROFILE,
          "exam-thomas": "positive",
          "exam-iliopsoas-palpation": "positive",
        },
        "clinician",
      );
      expect(Object.keys(answers).some((q) => q.startsWith("exam-"))).toBe(true);
      const id = uuidv7();
      const saved = await agent.request({
        method: "PUT",
        url: `/api/v1/assessments/${id}`,
        body: { contentVersion: kb.contentVersion, answers },
      });
      expect(saved.statusCode).toBe(201);
      expect(saved.json()).toMatchObject({ assessment: { id, status: "complete" } });
    });

    it("refuses a client's own result in a PUT body and stores nothing", async () => {
      const before = await countRows(test.db);
      const response = await agent.request({
        method: "PUT",
        url: `/api/v1/assessments/${uuidv7()}`,
        body: { contentVersion: kb.contentVersion, answers: {}, result: { triage: "self-care" } },
      });
      expect(fieldsOf(expectProblem(response, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
        "body/result",
      ]);
      expect(await countRows(test.db)).toEqual(before);
    });

    describe("bad input to an interview in progress", () => {
      let id: string;
      let before: Record<string, number>;
      let rowsBefore: unknown;

      beforeEach(async () => {
        id = (await start()).json<Interview>().assessment.id;
        await answer(id, "age", 12);
        await answer(id, "sex", "female");
        before = await countRows(test.db);
        rowsBefore = await rowsOf();
      });
      const expectNothingChanged = async () => {
        expect(await countRows(test.db)).toEqual(before);
        expect(await rowsOf()).toEqual(rowsBefore);
      };

      const cases: readonly [string, string, unknown, string][] = [
        ["an unknown question id", "shoe-size", 42, "body/questionId"],
        ["a question already answered", "age", 13, "body/questionId"],
        ["a question that does not apply", "pelvic-pain-male", "no", "body/questionId"],
        ["an examination finding", "exam-thomas", "positive", "body/questionId"],
        ["a wrong type", "where", "groin", "body/value"],
        ["an unknown option", "where", ["elbow"], "body/value"],
        ["a contradiction (12 and after the menopause)", "pregnancy", "menopause", "body/value"],
      ];
      for (const [what, questionId, value, field] of cases) {
        it(`rejects ${what} with a 400 naming ${field} and changes nothing`, async () => {
          const problem = expectProblem(
            await answer(id, questionId, value),
            400,
            "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID",
          );
          expect(fieldsOf(problem)).toEqual([field]);
          await expectNothingChanged();
        });
      }

      it("rejects a number out of range with a 400 naming body/value and changes nothing", async () => {
        const other = (await start()).json<Interview>().assessment.id;
        before = await countRows(test.db);
        rowsBefore = await rowsOf();
        const problem = expectProblem(
          await answer(other, "age", 121),
          400,
          "ILIO_ERR_ASSESSMENT_ANSWERS_INVALID",
        );
        expect(fieldsOf(problem)).toEqual(["body/value"]);
        expect(problem.errors?.[0]?.message).toContain("between 0 and 120");
        await expectNothingChanged();
      });

      it("rejects unknown fields, missing fields and malformed JSON, changing nothing", async () => {
        const url = `/api/v1/assessments/${id}/answers`;
        const extra = await agent.request({
          method: "POST",
          url,
          body: { questionId: "where", value: [], triage: "self-care" },
        });
        expect(fieldsOf(expectProblem(extra, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
          "body/triage",
        ]);
        const missing = await agent.request({ method: "POST", url, body: { questionId: "where" } });
        expect(fieldsOf(expectProblem(missing, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
          "body/value",
        ]);
        const raw = await agent.request({ method: "POST", url, raw: '{"questionId": "where", ' });
        expectProblem(raw, 400, "ILIO_ERR_REQUEST_MALFORMED_JSON");
        const badId = await agent.request({
          method: "POST",
          url: "/api/v1/assessments/not-a-uuid/undo",
        });
        expect(fieldsOf(expectProblem(badId, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
          "params/id",
        ]);
        await expectNothingChanged();
      });

      it("rejects a PUT with answers from an older knowledge base and changes nothing", async () => {
        const response = await agent.request({
          method: "PUT",
          url: `/api/v1/assessments/${id}`,
          body: { contentVersion: "0.0.1+000000000000", answers: { age: 30 } },
        });
        const problem = expectProblem(response, 400, "ILIO_ERR_ASSESSMENT_CONTENT_VERSION");
        expect(fieldsOf(problem)).toEqual(["body/contentVersion"]);
        await expectNothingChanged();
      });

      it("treats someone else's assessment as not found for every write and changes nothing", async () => {
        const other = await buildUser(test.db);
        const stranger = await new Agent(t.app).signIn(other.user.email, other.password);
        before = await countRows(test.db);
        const url = `/api/v1/assessments/${id}`;
        const answerResponse = await stranger.request({
          method: "POST",
          url: `${url}/answers`,
          body: { questionId: "where", value: [] },
        });
        expectProblem(answerResponse, 404, "ILIO_ERR_REQUEST_NOT_FOUND");
        expectProblem(
          await stranger.request({ method: "POST", url: `${url}/undo` }),
          404,
          "ILIO_ERR_REQUEST_NOT_FOUND",
        );
        const put = await stranger.request({
          method: "PUT",
          url,
          body: { contentVersion: kb.contentVersion, answers: {} },
        });
        expect(fieldsOf(expectProblem(put, 409, "ILIO_ERR_ASSESSMENT_ID_TAKEN"))).toEqual([
          "params/id",
        ]);
        const post = await stranger.request({
          method: "POST",
          url: "/api/v1/assessments",
          body: { id },
        });
        expect(fieldsOf(expectProblem(post, 409, "ILIO_ERR_ASSESSMENT_ID_TAKEN"))).toEqual([
          "body/id",
        ]);
        await expectNothingChanged();
      });

      it("answers 404 for an id nobody has and 409 when there is nothing to undo", async () => {
        expectProblem(await undo(uuidv7()), 404, "ILIO_ERR_REQUEST_NOT_FOUND");
        expectProblem(
          await agent.request({ url: `/api/v1/assessments/${uuidv7()}` }),
          404,
          "ILIO_ERR_REQUEST_NOT_FOUND",
        );
        const fresh = (await start()).json<Interview>().assessment.id;
        before = await countRows(test.db);
        rowsBefore = await rowsOf();
        expectProblem(await undo(fresh), 409, "ILIO_ERR_ASSESSMENT_NOTHING_TO_UNDO");
        await expectNothingChanged();
      });
    });

    it("refuses to continue an interview started under other content, changing nothing", async () => {
      const row = await buildEvaluatedAssessment(test.db, kb, patient.id, { age: 30 });
      await test.db
        .updateTable("assessments")
        .set({ content_version: "0.0.1+000000000000" })
        .where("id", "=", row.id)
        .execute();
      const before = await rowsOf();
      const problem = expectProblem(
        await answer(row.id, "sex", "male"),
        400,
        "ILIO_ERR_ASSESSMENT_CONTENT_VERSION",
      );
      expect(fieldsOf(problem)).toEqual(["params/id"]);
      expect(await rowsOf()).toEqual(before);
      const read = await agent.request({ url: `/api/v1/assessments/${row.id}` });
      expect(read.statusCode).toBe(200);
    });
  });
}
