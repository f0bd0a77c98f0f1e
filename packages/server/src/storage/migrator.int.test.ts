// Migrations on both databases: a fresh database migrates to the latest version, a second
// run applies nothing, and the tables and constraints the repositories rely on exist.
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASES, type TestDatabase } from "../../../../test/databases.ts";
import { MIGRATION_NAMES, migrateToLatest } from "./migrator.ts";

for (const database of DATABASES) {
  describe(`migrations [${database.name}]`, () => {
    let test: TestDatabase;

    beforeEach(async () => {
      test = await database.create({ migrate: false });
    });
    afterEach(async () => {
      await test.destroy();
    });

    it("migrates a fresh database to the latest version, then finds nothing to do", async () => {
      expect(await migrateToLatest(test.db)).toEqual({ ok: true, applied: MIGRATION_NAMES });
      expect(await migrateToLatest(test.db)).toEqual({ ok: true, applied: [] });
      const tables = (await test.db.introspection.getTables()).map((t) => t.name).sort();
      expect(tables).toEqual([
        "assessments",
        "audit_log",
        "care_links",
        "programs",
        "session_logs",
        "sessions",
        "users",
      ]);
    });

    it("enforces the unique e-mail, the role check and cascading deletes", async () => {
      await migrateToLatest(test.db);
      const user = {
        id: "u1",
        email: "a@example.org",
        password_hash: "h",
        role: "patient" as const,
        display_name: null,
        created_at: "t",
      };
      await test.db.insertInto("users").values(user).execute();
      await expect(
        test.db
          .insertInto("users")
          .values({ ...user, id: "u2" })
          .execute(),
      ).rejects.toThrow();
      await expect(
        sql`insert into users (id, email, password_hash, role, created_at) values ('u3', 'b@example.org', 'h', 'root', 't')`.execute(
          test.db,
        ),
      ).rejects.toThrow();
      await test.db
        .insertInto("sessions")
        .values({
          id: "s1",
          user_id: "u1",
          csrf_token: "c",
          created_at: "t",
          expires_at: "t",
          last_seen_at: "t",
        })
        .execute();
      await test.db.deleteFrom("users").where("id", "=", "u1").execute();
      expect(await test.db.selectFrom("sessions").selectAll().execute()).toEqual([]);
    });
  });
}
