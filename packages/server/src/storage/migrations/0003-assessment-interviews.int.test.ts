// Migration 0003 on both databases, from a database at 0002 holding an assessment stored
// the old way: the row gains status "complete" and updated_at = created_at, and its answers
// object becomes ordered [questionId, value] pairs in the same order.
import { Migrator, sql, type Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASES, type TestDatabase } from "../../../../../test/databases.ts";
import type { DatabaseSchema } from "../database-schema.ts";
import { migrateToLatestOrThrow } from "../migrator.ts";
import * as m0001 from "./0001-accounts.ts";
import * as m0002 from "./0002-care-and-records.ts";

async function migrateTo0002(db: Kysely<DatabaseSchema>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: {
      getMigrations: () =>
        Promise.resolve({ "0001-accounts": m0001, "0002-care-and-records": m0002 }),
    },
  });
  const { error } = await migrator.migrateToLatest();
  expect(error).toBeUndefined();
}

for (const database of DATABASES) {
  describe(`migration 0003 [${database.name}]`, () => {
    let test: TestDatabase;

    beforeEach(async () => {
      test = await database.create({ migrate: false });
      await migrateTo0002(test.db);
    });
    afterEach(async () => {
      await test.destroy();
    });

    it("keeps old assessments readable: complete, updated at creation, answers as ordered pairs", async () => {
      const created = "2025-01-02T03:04:05.000Z";
      // Raw SQL: the 0002 table does not match today's DatabaseSchema.
      await sql`insert into users (id, email, password_hash, role, created_at)
        values ('u1', 'old@example.org', 'x', 'patient', ${created})`.execute(test.db);
      await sql`insert into assessments
        (id, patient_id, content_version, answers_json, result_json, triage, created_at)
        values ('a1', 'u1', '0.0.1', ${'{"sex":"male","age":40,"where":["groin"]}'}, '{}',
        'routine', ${created})`.execute(test.db);

      await migrateToLatestOrThrow(test.db);

      const row = await test.db.selectFrom("assessments").selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: "complete", updated_at: created });
      expect(JSON.parse(row.answers_json)).toEqual([
        ["sex", "male"],
        ["age", 40],
        ["where", ["groin"]],
      ]);
    });
  });
}
