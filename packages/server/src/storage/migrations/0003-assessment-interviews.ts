// Migration 0003: assessments become interviews that can be stored half-done. Adds `status`
// ("in-progress" | "complete") and `updated_at`, and makes `answers_json` an ordered array
// of [questionId, value] pairs, because undo removes the LAST answer and the order must not
// depend on how a JSON object's keys come back. Portable SQL through Kysely only; the
// rewrite of old rows runs in TypeScript so SQLite and PostgreSQL do exactly the same.
// Never edit a released migration: add one.
import { sql, type Kysely } from "kysely";

const statusCheck = sql`status in ('in-progress', 'complete')`;

/** Turns a pre-0003 answers object into ordered pairs (insertion order of the object). */
function pairsFromLegacy(text: string): string {
  const parsed: unknown = JSON.parse(text);
  if (Array.isArray(parsed)) {
    return text;
  }
  if (typeof parsed !== "object" || parsed === null) {
    return "[]";
  }
  return JSON.stringify(Object.entries(parsed));
}

/** Adds `status` and `updated_at`; rewrites `answers_json` as ordered pairs. */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Rows stored before 0003 were finished results, hence the default "complete".
  await db.schema
    .alterTable("assessments")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("complete").check(statusCheck))
    .execute();
  // SQLite cannot add a NOT NULL column without a default; every row is backfilled from
  // created_at right below, and the repository always writes the column.
  await db.schema
    .alterTable("assessments")
    .addColumn("updated_at", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await sql`update assessments set updated_at = created_at`.execute(db);

  const rows = await sql<{
    id: string;
    answers_json: string;
  }>`select id, answers_json from assessments`.execute(db);
  for (const row of rows.rows) {
    const pairs = pairsFromLegacy(row.answers_json);
    if (pairs !== row.answers_json) {
      await sql`update assessments set answers_json = ${pairs} where id = ${row.id}`.execute(db);
    }
  }
  await db.schema
    .createIndex("assessments_patient_status_idx")
    .on("assessments")
    .columns(["patient_id", "status"])
    .execute();
}

/** Drops what `up` added; answers stay as pairs (0002's code never read them). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("assessments_patient_status_idx").execute();
  await db.schema.alterTable("assessments").dropColumn("updated_at").execute();
  await db.schema.alterTable("assessments").dropColumn("status").execute();
}
