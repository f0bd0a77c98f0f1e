// Recognises a unique-constraint violation from either driver, so a repository can turn a
// lost race ("two sign-ups with one e-mail") into a result value instead of a 500.
// SQLite: SQLITE_CONSTRAINT_UNIQUE (https://sqlite.org/rescode.html#constraint_unique);
// PostgreSQL: SQLSTATE 23505 (https://www.postgresql.org/docs/current/errcodes-appendix.html).

/** True when `error` is a unique violation from better-sqlite3 or pg. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) {
    return false;
  }
  return error.code === "SQLITE_CONSTRAINT_UNIQUE" || error.code === "23505";
}
