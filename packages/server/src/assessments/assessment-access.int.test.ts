// Who may read one stored assessment, on both databases: the owner (not audited), a
// clinician with an active care link (200, audited as allowed), and nobody else (403,
// audited as denied, nothing else written). Lists carry each assessment's status.
import { knowledgeBase as kb } from "@ilio/content";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASES, type TestDatabase } from "../../../../test/databases.ts";
import { expectProblem } from "../../test/support/expect-problem.ts";
import {
  buildCareLink,
  buildEvaluatedAssessment,
  buildUser,
  countRows,
  DEFAULT_PASSWORD,
} from "../../test/support/factories.ts";
import { Agent } from "../../test/support/http-agent.ts";
import { buildTestApp, TEST_START, type TestApp } from "../../test/support/test-app.ts";
import type { AssessmentRow, Role, UserRow } from "../storage/database-schema.ts";

for (const database of DATABASES) {
  describe(`reading one assessment [${database.name}]`, () => {
    let test: TestDatabase;
    let t: TestApp;
    let patient: UserRow;
    let assessment: AssessmentRow;

    beforeEach(async () => {
      test = await database.create();
      t = await buildTestApp(test.db, { knowledgeBase: kb });
      patient = (await buildUser(test.db)).user;
      assessment = await buildEvaluatedAssessment(test.db, kb, patient.id, {
        age: 40,
        sex: "male",
      });
    });
    afterEach(async () => {
      await t.app.close();
      await test.destroy();
    });

    const signedIn = async (role: Role) => {
      const { user, password } = await buildUser(test.db, { role });
      return { user, agent: await new Agent(t.app).signIn(user.email, password) };
    };
    const audit = () => test.db.selectFrom("audit_log").selectAll().orderBy("id").execute();
    const urls = () => [
      `/api/v1/assessments/${assessment.id}`,
      `/api/v1/assessments/${assessment.id}/result`,
    ];

    it("lets a clinician without a care link read nothing, auditing each denial", async () => {
      const { user, agent } = await signedIn("clinician");
      const before = await countRows(test.db);
      for (const url of urls()) {
        expectProblem(await agent.request({ url }), 403, "ILIO_ERR_ACCESS_DENIED");
      }
      expect(await audit()).toMatchObject([
        {
          actor_id: user.id,
          subject_patient_id: patient.id,
          record_type: "assessment",
          record_id: assessment.id,
          allowed: 0,
        },
        {
          actor_id: user.id,
          subject_patient_id: patient.id,
          record_type: "assessment",
          record_id: assessment.id,
          allowed: 0,
        },
      ]);
      expect(await countRows(test.db)).toEqual({
        ...before,
        audit_log: (before.audit_log ?? 0) + 2,
      });
    });

    it("lets a clinician with an active care link read it, auditing each read as allowed", async () => {
      const { user, agent } = await signedIn("clinician");
      await buildCareLink(test.db, { clinicianId: user.id, patientId: patient.id });
      const [read, result] = await Promise.all(urls().map((url) => agent.request({ url })));
      expect(read?.statusCode).toBe(200);
      expect(read?.json()).toMatchObject({
        assessment: { id: assessment.id, patientId: patient.id, answers: { age: 40, sex: "male" } },
        result: { contentVersion: kb.contentVersion, asked: ["age", "sex"] },
      });
      expect(result?.statusCode).toBe(200);
      expect(await audit()).toMatchObject([
        {
          actor_id: user.id,
          subject_patient_id: patient.id,
          record_id: assessment.id,
          allowed: 1,
          at: TEST_START.toISOString(),
        },
        { actor_id: user.id, subject_patient_id: patient.id, record_id: assessment.id, allowed: 1 },
      ]);
    });

    it("denies a clinician whose care link is inactive", async () => {
      const { user, agent } = await signedIn("clinician");
      await buildCareLink(test.db, { clinicianId: user.id, patientId: patient.id, active: false });
      expectProblem(await agent.request({ url: urls()[0] ?? "" }), 403, "ILIO_ERR_ACCESS_DENIED");
      expect(await audit()).toMatchObject([{ actor_id: user.id, allowed: 0 }]);
    });

    it("denies another patient and an admin, auditing both", async () => {
      for (const role of ["patient", "admin"] as const) {
        const { agent } = await signedIn(role);
        expectProblem(await agent.request({ url: urls()[1] ?? "" }), 403, "ILIO_ERR_ACCESS_DENIED");
      }
      expect((await audit()).map((entry) => entry.allowed)).toEqual([0, 0]);
    });

    it("lets the owner read it without an audit entry, and lists it with its status", async () => {
      const agent = await new Agent(t.app).signIn(patient.email, DEFAULT_PASSWORD);
      expect((await agent.request({ url: urls()[0] ?? "" })).statusCode).toBe(200);
      const mine = await agent.request({ url: "/api/v1/me/assessments" });
      expect(mine.json()).toEqual({
        assessments: [
          {
            id: assessment.id,
            patientId: patient.id,
            status: "in-progress",
            contentVersion: kb.contentVersion,
            triage: assessment.triage,
            topCondition: assessment.top_condition,
            createdAt: TEST_START.toISOString(),
            updatedAt: TEST_START.toISOString(),
          },
        ],
      });
      expect(await audit()).toEqual([]);
    });

    it("answers 401 to an anonymous reader", async () => {
      const agent = new Agent(t.app);
      expectProblem(await agent.request({ url: urls()[0] ?? "" }), 401, "ILIO_ERR_AUTH_REQUIRED");
    });
  });
}
