// Migration 0002: care links, the audit log and assessments, so the access layer enforces
// care links from the first patient record on. Portable SQL through Kysely's schema
// builder only. Never edit a released migration: add one.
import { sql, type Kysely } from "kysely";

/** Creates `care_links`, `audit_log` and `assessments`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("care_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("clinician_id", "text", (c) =>
      c.notNull().references("users.id").onDelete("cascade"),
    )
    .addColumn("patient_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("active", "integer", (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`active in (0, 1)`),
    )
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("care_links_pair_unique", ["clinician_id", "patient_id"])
    .execute();
  await db.schema
    .createIndex("care_links_patient_idx")
    .on("care_links")
    .column("patient_id")
    .execute();

  // No foreign keys here on purpose: the audit trail outlives the accounts it names and
  // holds bare ids only (docs/architecture.md, "Audit log").
  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_patient_id", "text", (c) => c.notNull())
    .addColumn("record_type", "text", (c) => c.notNull())
    .addColumn("record_id", "text")
    .addColumn("allowed", "integer", (c) => c.notNull().check(sql`allowed in (0, 1)`))
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("audit_log_subject_idx")
    .on("audit_log")
    .columns(["subject_patient_id", "at"])
    .execute();

  await db.schema
    .createTable("assessments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("patient_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("content_version", "text", (c) => c.notNull())
    .addColumn("answers_json", "text", (c) => c.notNull())
    .addColumn("result_json", "text", (c) => c.notNull())
    .addColumn("triage", "text", (c) => c.notNull())
    .addColumn("top_condition", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("assessments_patient_idx")
    .on("assessments")
    .columns(["patient_id", "created_at"])
    .execute();
}

/** Drops what `up` created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("assessments").execute();
  await db.schema.dropTable("audit_log").execute();
  await db.schema.dropTable("care_links").execute();
}
