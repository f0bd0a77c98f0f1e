// Session logs on both databases: a session logged under a client id is stored exactly once
// (identical replay 200, different body 409, row unchanged), out-of-order arrival is read
// back in completion order, only the program's owner may log, every impossible or malformed
// log is a 4xx naming its field that stores nothing, clinicians read logs only through a
// care link (audited), and deleting the account removes programs and logs.
import { knowledgeBase as kb } from "@ilio/content";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { v7 as uuidv7 } from "uuid";
import { DATABASES, type TestDatabase } from "../../../../test/databases.ts";
import { expectProblem, fieldsOf } from "../../test/support/expect-problem.ts";
import { buildCareLink, buildProgram, buildUser, countRows } from "../../test/support/factories.ts";
import { Agent } from "../../test/support/http-agent.ts";
import { buildTestApp, TEST_START, type TestApp } from "../../test/support/test-app.ts";
import type { ProgramRow, Role, UserRow } from "../storage/database-schema.ts";
import { decodePlanOrThrow } from "./stored-program.ts";

for (const database of DATABASES) {
  describe(`session logs [${database.name}]`, () => {
    let test: TestDatabase;
    let t: TestApp;
    let patient: UserRow;
    let password: string;
    let agent: Agent;
    let program: ProgramRow;
    let exerciseId: string;

    beforeEach(async () => {
      test = await database.create();
      t = await buildTestApp(test.db, { knowledgeBase: kb });
      const built = await buildUser(test.db);
      patient = built.user;
      password = built.password;
      agent = await new Agent(t.app).signIn(patient.email, password);
      program = (await buildProgram(test.db, kb, patient.id)).program;
      exerciseId = decodePlanOrThrow(program.plan_json).phases[0]?.exercises[0]?.exerciseId ?? "";
    });
    afterEach(async () => {
      await t.app.close();
      await test.destroy();
    });

    const session = (overrides: Record<string, unknown> = {}) => ({
      startedAt: "2025-03-14T08:00:00.000Z",
      completedAt: "2025-03-14T08:25:00.000Z",
      phase: "restore",
      level: 0,
      painBefore: 2,
      painDuring: 3,
      painAfter: 2,
      feedback: "right",
      exercises: [{ exerciseId, side: "both", setsDone: 2, holdSecondsDone: 30, skipped: false }],
      ...overrides,
    });
    const put = (sessionId: string, body: unknown, as: Agent = agent, programId = program.id) =>
      as.request({
        method: "PUT",
        url: `/api/v1/programs/${programId}/sessions/${sessionId}`,
        body,
      });
    const rows = () => test.db.selectFrom("session_logs").selectAll().orderBy("id").execute();
    const signedIn = async (role: Role) => {
      const { user, password: pw } = await buildUser(test.db, { role });
      return { user, agent: await new Agent(t.app).signIn(user.email, pw) };
    };

    it("stores a new session with 201 and replays an identical one as a 200 with exactly one row", async () => {
      const id = uuidv7();
      const created = await put(id, session());
      expect(created.statusCode).toBe(201);
      expect(created.json()).toEqual({
        session: {
          id,
          programId: program.id,
          patientId: patient.id,
          ...session(),
          receivedAt: TEST_START.toISOString(),
        },
      });
      t.clock.advance(3_600_000);
      // The same session from a phone in another time zone, members in another order.
      const { exercises, ...rest } = session({ completedAt: "2025-03-14T09:25:00+01:00" });
      const replay = await put(id, { exercises, ...rest });
      expect(replay.statusCode).toBe(200);
      expect(replay.json()).toEqual(created.json());
      expect(await rows()).toHaveLength(1);
    });

    it("answers 409 to the same id with a different body and leaves the row unchanged", async () => {
      const id = uuidv7();
      await put(id, session());
      const [stored] = await rows();
      const before = await countRows(test.db);
      const problem = expectProblem(
        await put(id, session({ painDuring: 7 })),
        409,
        "ILIO_ERR_SESSION_CONFLICT",
      );
      expect(fieldsOf(problem)).toEqual(["params/sessionId"]);
      expect(await rows()).toEqual([stored]);
      expect(await countRows(test.db)).toEqual(before);
    });

    it("stores sessions that arrive out of order and reads them back by completion time", async () => {
      const newer = uuidv7();
      const older = uuidv7();
      await put(
        newer,
        session({ startedAt: "2025-03-13T18:00:00.000Z", completedAt: "2025-03-13T18:30:00.000Z" }),
      );
      await put(
        older,
        session({ startedAt: "2025-03-11T18:00:00.000Z", completedAt: "2025-03-11T18:30:00.000Z" }),
      );
      const list = await agent.request({ url: `/api/v1/programs/${program.id}/sessions` });
      expect(list.statusCode).toBe(200);
      expect(list.json<{ sessions: { id: string }[] }>().sessions.map((s) => s.id)).toEqual([
        older,
        newer,
      ]);
      const today = await agent.request({ url: `/api/v1/programs/${program.id}/today` });
      expect(today.statusCode).toBe(200);
      expect(today.json()).toMatchObject({ plan: { date: "2025-03-14", phase: "restore" } });
    });

    it("answers 404 to a session for someone else's program, linked clinicians included, storing nothing", async () => {
      const other = (await buildUser(test.db)).user;
      const theirs = (await buildProgram(test.db, kb, other.id)).program;
      const { user, agent: clinician } = await signedIn("clinician");
      await buildCareLink(test.db, { clinicianId: user.id, patientId: patient.id });
      const before = await countRows(test.db);
      expectProblem(
        await put(uuidv7(), session(), agent, theirs.id),
        404,
        "ILIO_ERR_REQUEST_NOT_FOUND",
      );
      expectProblem(await put(uuidv7(), session(), clinician), 404, "ILIO_ERR_REQUEST_NOT_FOUND");
      expect(await countRows(test.db)).toEqual(before);
    });

    const invalid: readonly [string, Record<string, unknown>, string, string][] = [
      [
        "a completion more than 5 minutes in the future",
        { startedAt: "2025-03-14T08:50:00.000Z", completedAt: "2025-03-14T09:06:00.000Z" },
        "body/completedAt",
        "ILIO_ERR_SESSION_INVALID",
      ],
      [
        "a completion before the start",
        { startedAt: "2025-03-14T08:30:00.000Z", completedAt: "2025-03-14T08:00:00.000Z" },
        "body/completedAt",
        "ILIO_ERR_SESSION_INVALID",
      ],
      [
        "a session longer than 4 hours",
        { startedAt: "2025-03-14T03:00:00.000Z", completedAt: "2025-03-14T08:00:00.000Z" },
        "body/completedAt",
        "ILIO_ERR_SESSION_INVALID",
      ],
      [
        "an exercise that is not in the program",
        { exercises: [{ exerciseId: "moon-walk", setsDone: 1, skipped: false }] },
        "body/exercises/0/exerciseId",
        "ILIO_ERR_SESSION_INVALID",
      ],
      [
        "negative reps",
        { exercises: [{ exerciseId: "glute-bridge", setsDone: 1, repsDone: -3, skipped: false }] },
        "body/exercises/0/repsDone",
        "ILIO_ERR_REQUEST_VALIDATION",
      ],
      [
        "absurd reps",
        {
          exercises: [{ exerciseId: "glute-bridge", setsDone: 1, repsDone: 5000, skipped: false }],
        },
        "body/exercises/0/repsDone",
        "ILIO_ERR_REQUEST_VALIDATION",
      ],
      [
        "an absurd hold",
        {
          exercises: [
            { exerciseId: "glute-bridge", setsDone: 1, holdSecondsDone: 3600, skipped: false },
          ],
        },
        "body/exercises/0/holdSecondsDone",
        "ILIO_ERR_REQUEST_VALIDATION",
      ],
      ["pain 11", { painDuring: 11 }, "body/painDuring", "ILIO_ERR_REQUEST_VALIDATION"],
      ["fractional pain", { painAfter: 2.5 }, "body/painAfter", "ILIO_ERR_REQUEST_VALIDATION"],
      [
        "a time without a date",
        { startedAt: "08:00" },
        "body/startedAt",
        "ILIO_ERR_REQUEST_VALIDATION",
      ],
      ["no exercises", { exercises: [] }, "body/exercises", "ILIO_ERR_REQUEST_VALIDATION"],
      ["an unknown field", { heartRate: 80 }, "body/heartRate", "ILIO_ERR_REQUEST_VALIDATION"],
      [
        "an unknown field in an exercise",
        { exercises: [{ exerciseId: "glute-bridge", setsDone: 1, skipped: false, weightKg: 5 }] },
        "body/exercises/0/weightKg",
        "ILIO_ERR_REQUEST_VALIDATION",
      ],
    ];

    for (const [what, overrides, field, code] of invalid) {
      it(`rejects ${what} with a 4xx naming ${field} and stores nothing`, async () => {
        const before = await countRows(test.db);
        const problem = expectProblem(await put(uuidv7(), session(overrides)), 400, code);
        expect(fieldsOf(problem)).toContain(field);
        expect(await countRows(test.db)).toEqual(before);
      });
    }

    it("rejects malformed JSON and a session id that is not a UUID, storing nothing", async () => {
      const before = await countRows(test.db);
      const raw = await agent.request({
        method: "PUT",
        url: `/api/v1/programs/${program.id}/sessions/${uuidv7()}`,
        raw: '{"startedAt": ',
      });
      expectProblem(raw, 400, "ILIO_ERR_REQUEST_MALFORMED_JSON");
      const badId = expectProblem(
        await put("not-a-uuid", session()),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      expect(fieldsOf(badId)).toEqual(["params/sessionId"]);
      expect(await countRows(test.db)).toEqual(before);
    });

    it("denies a clinician without a care link the session list (audited as denied) and lets a linked one read it (audited as allowed)", async () => {
      await put(uuidv7(), session());
      const { user, agent: clinician } = await signedIn("clinician");
      const url = `/api/v1/programs/${program.id}/sessions`;
      expectProblem(await clinician.request({ url }), 403, "ILIO_ERR_ACCESS_DENIED");
      await buildCareLink(test.db, { clinicianId: user.id, patientId: patient.id });
      const allowed = await clinician.request({ url });
      expect(allowed.statusCode).toBe(200);
      expect(allowed.json<{ sessions: unknown[] }>().sessions).toHaveLength(1);
      const audit = await test.db.selectFrom("audit_log").selectAll().orderBy("id").execute();
      expect(audit).toMatchObject([
        {
          actor_id: user.id,
          subject_patient_id: patient.id,
          record_type: "session-log",
          allowed: 0,
        },
        {
          actor_id: user.id,
          subject_patient_id: patient.id,
          record_type: "session-log",
          allowed: 1,
        },
      ]);
    });

    it("removes the account's programs and session logs when the account is deleted", async () => {
      await put(uuidv7(), session());
      const other = (await buildUser(test.db)).user;
      await buildProgram(test.db, kb, other.id);
      const deleted = await agent.request({
        method: "DELETE",
        url: "/api/v1/me",
        body: { password },
      });
      expect(deleted.statusCode).toBe(204);
      const left = await test.db.selectFrom("programs").select("patient_id").execute();
      expect(left).toEqual([{ patient_id: other.id }]);
      expect(await rows()).toEqual([]);
    });
  });
}
