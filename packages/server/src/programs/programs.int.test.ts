// Programs on both databases: made from the caller's own finished assessment with core's
// generator (exactly its plan), idempotent by client id, refused with a 422 and nothing
// stored after an emergency; read, listed, changed with overrides and asked for today's
// session by the owner or a linked clinician (audited), never by anyone else.
import { knowledgeBase as kb } from "@ilio/content";
import { exerciseLibrary } from "@ilio/content/exercises";
import { programContent } from "@ilio/content/programs";
import { evaluate, generateProgram, programInputFromAssessment } from "@ilio/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { DATABASES, type TestDatabase } from "../../../../test/databases.ts";
import { interviewAnswers } from "../../test/support/answer-sets.ts";
import { expectProblem, fieldsOf } from "../../test/support/expect-problem.ts";
import {
  buildCareLink,
  buildEvaluatedAssessment,
  buildProgram,
  buildUser,
  countRows,
} from "../../test/support/factories.ts";
import { Agent } from "../../test/support/http-agent.ts";
import { jsonRoundTrip } from "../../test/support/json-round-trip.ts";
import { buildTestApp, TEST_START, type TestApp } from "../../test/support/test-app.ts";
import type { Role, UserRow } from "../storage/database-schema.ts";

const EMERGENCY = { age: 45, sex: "male", "rf-nerve": ["saddle-numbness", "bladder-bowel"] };

interface ProgramBody {
  program: {
    id: string;
    patientId: string;
    overrides: Record<string, unknown>;
    plan: { startDate: string; phases: { phase: string; exercises: { exerciseId: string }[] }[] };
  };
}

for (const database of DATABASES) {
  describe(`programs [${database.name}]`, () => {
    let test: TestDatabase;
    let t: TestApp;
    let patient: UserRow;
    let agent: Agent;

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

    const create = (body: unknown, as: Agent = agent) =>
      as.request({ method: "POST", url: "/api/v1/programs", body });
    const signedIn = async (role: Role) => {
      const { user, password } = await buildUser(test.db, { role });
      return { user, agent: await new Agent(t.app).signIn(user.email, password) };
    };
    const audit = () => test.db.selectFrom("audit_log").selectAll().orderBy("id").execute();

    it("makes exactly the generator's program from the caller's finished assessment", async () => {
      const answers = interviewAnswers(kb);
      const assessment = await buildEvaluatedAssessment(test.db, kb, patient.id, answers);
      const id = uuidv7();
      const response = await create({ id, assessmentId: assessment.id, startDate: "2025-03-20" });
      expect(response.statusCode).toBe(201);
      const input = programInputFromAssessment(jsonRoundTrip(evaluate(kb, answers)), answers, {
        content: programContent,
        startDate: "2025-03-20",
      });
      if (!input.ok) {
        throw new Error("the groin-pain answers must make a program input");
      }
      const expected = generateProgram(input.input, programContent, exerciseLibrary);
      expect(expected.ok).toBe(true);
      expect(response.json()).toEqual({
        program: {
          id,
          patientId: patient.id,
          assessmentId: assessment.id,
          contentVersion: expected.ok ? expected.program.contentVersion : "",
          createdAt: TEST_START.toISOString(),
          updatedAt: TEST_START.toISOString(),
          overrides: {},
          plan: jsonRoundTrip(expected.ok ? expected.program : null),
        },
      });
    });

    it("starts today by the server's clock and replays the same id as a 200 without a duplicate", async () => {
      const assessment = await buildEvaluatedAssessment(
        test.db,
        kb,
        patient.id,
        interviewAnswers(kb),
      );
      const id = uuidv7();
      const first = await create({ id, assessmentId: assessment.id });
      expect(first.json<ProgramBody>().program.plan.startDate).toBe("2025-03-14");
      t.clock.advance(60_000);
      const again = await create({ id, assessmentId: assessment.id });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect((await countRows(test.db)).programs).toBe(1);
      const list = await agent.request({ url: "/api/v1/me/programs" });
      expect(list.json()).toMatchObject({
        programs: [{ id, assessmentId: assessment.id, startDate: "2025-03-14" }],
      });
      expect(list.json<{ programs: object[] }>().programs[0]).not.toHaveProperty("plan");
    });

    it("refuses a program after an emergency assessment with a 422 and the generator's sentence, storing nothing", async () => {
      const assessment = await buildEvaluatedAssessment(test.db, kb, patient.id, EMERGENCY);
      // Red flags end an interview early; mark it finished so the generator itself decides.
      await test.db.updateTable("assessments").set({ status: "complete" }).execute();
      const before = await countRows(test.db);
      const problem = expectProblem(
        await create({ assessmentId: assessment.id }),
        422,
        "ILIO_ERR_PROGRAM_NOT_SUITABLE",
      );
      expect(problem.detail).toMatch(/see a doctor first/);
      expect(await countRows(test.db)).toEqual(before);
    });

    it("refuses an unfinished assessment with a 422 and stores nothing", async () => {
      const assessment = await buildEvaluatedAssessment(test.db, kb, patient.id, { age: 30 });
      const before = await countRows(test.db);
      expectProblem(
        await create({ assessmentId: assessment.id }),
        422,
        "ILIO_ERR_PROGRAM_ASSESSMENT_INCOMPLETE",
      );
      expect(await countRows(test.db)).toEqual(before);
    });

    it("answers 404 for someone else's assessment, 409 for someone else's program id, 400 for bad input, storing nothing", async () => {
      const other = (await buildUser(test.db)).user;
      const theirs = await buildEvaluatedAssessment(test.db, kb, other.id, interviewAnswers(kb));
      const { program } = await buildProgram(test.db, kb, other.id);
      const mine = await buildEvaluatedAssessment(test.db, kb, patient.id, interviewAnswers(kb));
      const before = await countRows(test.db);
      expectProblem(await create({ assessmentId: theirs.id }), 404, "ILIO_ERR_REQUEST_NOT_FOUND");
      expectProblem(
        await create({ id: program.id, assessmentId: mine.id }),
        409,
        "ILIO_ERR_PROGRAM_ID_TAKEN",
      );
      const badDate = expectProblem(
        await create({ assessmentId: mine.id, startDate: "2025-02-30" }),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      expect(fieldsOf(badDate)).toEqual(["body/startDate"]);
      const unknown = expectProblem(
        await create({ assessmentId: mine.id, plan: {} }),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      expect(fieldsOf(unknown)).toEqual(["body/plan"]);
      const raw = await agent.request({ method: "POST", url: "/api/v1/programs", raw: "{" });
      expectProblem(raw, 400, "ILIO_ERR_REQUEST_MALFORMED_JSON");
      expect(await countRows(test.db)).toEqual(before);
    });

    it("lets the owner read the program and today's plan without an audit entry", async () => {
      const { program } = await buildProgram(test.db, kb, patient.id);
      const read = await agent.request({ url: `/api/v1/programs/${program.id}` });
      expect(read.statusCode).toBe(200);
      expect(read.json<ProgramBody>().program.plan).toEqual(JSON.parse(program.plan_json));
      const today = await agent.request({ url: `/api/v1/programs/${program.id}/today` });
      expect(today.statusCode).toBe(200);
      expect(today.json()).toMatchObject({
        plan: { date: "2025-03-14", level: 0, decision: { kind: "start" }, seeProvider: false },
      });
      expect(await audit()).toEqual([]);
    });

    it("regenerates the plan with a linked clinician's overrides, auditing the write", async () => {
      const { program } = await buildProgram(test.db, kb, patient.id);
      const { user, agent: clinician } = await signedIn("clinician");
      await buildCareLink(test.db, { clinicianId: user.id, patientId: patient.id });
      const overrides = { fixedPhase: "restore", remove: ["glute-bridge"] };
      t.clock.advance(1000);
      const response = await clinician.request({
        method: "PUT",
        url: `/api/v1/programs/${program.id}/overrides`,
        body: { overrides },
      });
      expect(response.statusCode).toBe(200);
      const body = response.json<ProgramBody>();
      expect(body.program.overrides).toEqual(overrides);
      const ids = body.program.plan.phases.flatMap((p) => p.exercises.map((e) => e.exerciseId));
      expect(ids).not.toContain("glute-bridge");
      expect(body.program.plan.phases.map((p) => p.phase)).toEqual(["restore"]);
      expect(await audit()).toMatchObject([
        { actor_id: user.id, action: "write", record_type: "program", allowed: 1 },
      ]);
      const stored = await agent.request({ url: `/api/v1/programs/${program.id}` });
      expect(stored.json()).toEqual(response.json());
    });

    it("rejects overrides naming an unknown exercise with a 400 naming it, changing nothing", async () => {
      const { program } = await buildProgram(test.db, kb, patient.id);
      const problem = expectProblem(
        await agent.request({
          method: "PUT",
          url: `/api/v1/programs/${program.id}/overrides`,
          body: { overrides: { add: [{ exerciseId: "moon-walk", phase: "restore" }] } },
        }),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      expect(fieldsOf(problem)).toEqual(["body/overrides/add/0/exerciseId"]);
      const row = await test.db.selectFrom("programs").selectAll().executeTakeFirstOrThrow();
      expect(row).toEqual(program);
    });

    it("denies a clinician without a care link everything, auditing each denial", async () => {
      const { program } = await buildProgram(test.db, kb, patient.id);
      const { user, agent: clinician } = await signedIn("clinician");
      const before = await countRows(test.db);
      for (const suffix of ["", "/today", "/sessions"]) {
        expectProblem(
          await clinician.request({ url: `/api/v1/programs/${program.id}${suffix}` }),
          403,
          "ILIO_ERR_ACCESS_DENIED",
        );
      }
      expectProblem(
        await clinician.request({
          method: "PUT",
          url: `/api/v1/programs/${program.id}/overrides`,
          body: { overrides: {} },
        }),
        403,
        "ILIO_ERR_ACCESS_DENIED",
      );
      expect((await audit()).map((e) => [e.actor_id, e.record_type, e.action, e.allowed])).toEqual([
        [user.id, "program", "read", 0],
        [user.id, "program", "read", 0],
        [user.id, "session-log", "read", 0],
        [user.id, "program", "write", 0],
      ]);
      expect(await countRows(test.db)).toEqual({
        ...before,
        audit_log: (before.audit_log ?? 0) + 4,
      });
      const row = await test.db.selectFrom("programs").selectAll().executeTakeFirstOrThrow();
      expect(row).toEqual(program);
    });

    it("lets a linked clinician read the program and today's plan, auditing each read as allowed", async () => {
      const { program } = await buildProgram(test.db, kb, patient.id);
      const { user, agent: clinician } = await signedIn("clinician");
      await buildCareLink(test.db, { clinicianId: user.id, patientId: patient.id });
      expect((await clinician.request({ url: `/api/v1/programs/${program.id}` })).statusCode).toBe(
        200,
      );
      expect(
        (await clinician.request({ url: `/api/v1/programs/${program.id}/today` })).statusCode,
      ).toBe(200);
      expect((await audit()).map((e) => [e.record_type, e.record_id, e.allowed])).toEqual([
        ["program", program.id, 1],
        ["program", program.id, 1],
        ["session-log", program.id, 1],
      ]);
    });

    it("answers 404 for a program that does not exist", async () => {
      expectProblem(
        await agent.request({ url: `/api/v1/programs/${uuidv7()}` }),
        404,
        "ILIO_ERR_REQUEST_NOT_FOUND",
      );
    });
  });
}
