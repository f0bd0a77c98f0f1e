// The access layer on both databases: who reads which patient's assessments, and the
// audit entry written for every read of someone else's records, allowed or denied.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASES, type TestDatabase } from "../../../../test/databases.ts";
import { buildAssessment, buildCareLink, buildUser } from "../../test/support/factories.ts";
import { TEST_START } from "../../test/support/test-app.ts";
import { fixedClock } from "../clock.ts";
import type { UserRow } from "../storage/database-schema.ts";
import { ANONYMOUS, userActor } from "./actor.ts";
import { recordsFor } from "./records-for.ts";

for (const database of DATABASES) {
  describe(`recordsFor [${database.name}]`, () => {
    let test: TestDatabase;
    let patient: UserRow;
    let clinician: UserRow;
    const clock = fixedClock(TEST_START);

    beforeEach(async () => {
      test = await database.create();
      patient = (await buildUser(test.db)).user;
      clinician = (await buildUser(test.db, { role: "clinician" })).user;
      await buildAssessment(test.db, patient.id, { created_at: "2025-03-01T00:00:00.000Z" });
      await buildAssessment(test.db, patient.id, { created_at: "2025-03-02T00:00:00.000Z" });
    });
    afterEach(async () => {
      await test.destroy();
    });

    const audit = () => test.db.selectFrom("audit_log").selectAll().orderBy("id").execute();
    const read = (actor: Parameters<typeof recordsFor>[0]) =>
      recordsFor(actor, { db: test.db, clock }).assessmentsOf(patient.id);

    it("lets a patient read their own records, newest first, without an audit entry", async () => {
      const result = await read(userActor(patient.id, "patient"));
      expect(result.ok && result.records.map((r) => r.created_at)).toEqual([
        "2025-03-02T00:00:00.000Z",
        "2025-03-01T00:00:00.000Z",
      ]);
      expect(await audit()).toEqual([]);
    });

    it("lets a clinician with an active care link read them and audits the read as allowed", async () => {
      await buildCareLink(test.db, { clinicianId: clinician.id, patientId: patient.id });
      const result = await read(userActor(clinician.id, "clinician"));
      expect(result.ok && result.records.length).toBe(2);
      expect(await audit()).toMatchObject([
        {
          actor_id: clinician.id,
          subject_patient_id: patient.id,
          action: "read",
          record_type: "assessment",
          allowed: 1,
          at: TEST_START.toISOString(),
        },
      ]);
    });

    it("denies a clinician without a care link and audits the denial", async () => {
      expect(await read(userActor(clinician.id, "clinician"))).toEqual({
        ok: false,
        reason: "no-care-link",
      });
      expect(await audit()).toMatchObject([{ actor_id: clinician.id, allowed: 0 }]);
    });

    it("denies a clinician whose care link is inactive and audits the denial", async () => {
      await buildCareLink(test.db, {
        clinicianId: clinician.id,
        patientId: patient.id,
        active: false,
      });
      expect(await read(userActor(clinician.id, "clinician"))).toEqual({
        ok: false,
        reason: "no-care-link",
      });
      expect(await audit()).toMatchObject([{ allowed: 0 }]);
    });

    it("denies other patients and admins, auditing both, and anonymous callers", async () => {
      const other = (await buildUser(test.db)).user;
      const admin = (await buildUser(test.db, { role: "admin" })).user;
      expect(await read(userActor(other.id, "patient"))).toEqual({ ok: false, reason: "role" });
      expect(await read(userActor(admin.id, "admin"))).toEqual({ ok: false, reason: "role" });
      expect(await read(ANONYMOUS)).toEqual({ ok: false, reason: "anonymous" });
      expect((await audit()).map((e) => [e.actor_id, e.allowed])).toEqual([
        [other.id, 0],
        [admin.id, 0],
      ]);
    });

    it("never returns another patient's rows to a linked clinician", async () => {
      const stranger = (await buildUser(test.db)).user;
      await buildAssessment(test.db, stranger.id);
      await buildCareLink(test.db, { clinicianId: clinician.id, patientId: patient.id });
      const result = await read(userActor(clinician.id, "clinician"));
      expect(result.ok && result.records.every((r) => r.patient_id === patient.id)).toBe(true);
    });
  });
}
