// Migration 0004: home programs and the sessions logged against them. A program is the
// generator's plan stored as JSON with the input it was made from (so a clinician's
// overrides regenerate it from the same facts, whatever later happens to the assessment);
// a session log is one exercise session as the device recorded it, with a hash of its
// body so a replay of the same client id can be told from a different body (DESIGN.md,
// Data). Both belong to a patient and go when the account goes (ON DELETE CASCADE).
// Portable SQL through Kysely's schema builder only. Never edit a released migration: add one.
import { sql, type Kysely } from "kysely";

const painCheck = (column: string) => sql`${sql.ref(column)} between 0 and 10`;

/** Creates `programs` and `session_logs`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("programs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("patient_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // No foreign key: the program stands on its own stored input once made.
    .addColumn("assessment_id", "text", (c) => c.notNull())
    .addColumn("content_version", "text", (c) => c.notNull())
    .addColumn("input_json", "text", (c) => c.notNull())
    .addColumn("overrides_json", "text", (c) => c.notNull())
    .addColumn("plan_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("programs_patient_idx")
    .on("programs")
    .columns(["patient_id", "created_at"])
    .execute();

  await db.schema
    .createTable("session_logs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("program_id", "text", (c) =>
      c.notNull().references("programs.id").onDelete("cascade"),
    )
    .addColumn("patient_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("completed_at", "text", (c) => c.notNull())
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("level", "integer", (c) => c.notNull())
    .addColumn("pain_before", "integer", (c) => c.notNull().check(painCheck("pain_before")))
    .addColumn("pain_during", "integer", (c) => c.notNull().check(painCheck("pain_during")))
    .addColumn("pain_after", "integer", (c) => c.notNull().check(painCheck("pain_after")))
    .addColumn("feedback", "text")
    .addColumn("exercises_json", "text", (c) => c.notNull())
    .addColumn("body_hash", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("session_logs_program_idx")
    .on("session_logs")
    .columns(["program_id", "completed_at"])
    .execute();
  await db.schema
    .createIndex("session_logs_patient_idx")
    .on("session_logs")
    .column("patient_id")
    .execute();
}

/** Drops what `up` created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("session_logs").execute();
  await db.schema.dropTable("programs").execute();
}
