// Reads DATABASE_URL into a storage target. It only parses: it opens nothing and creates
// no directory (see database.ts). Unknown schemes are an error value, never a guess.
import { isAbsolute, resolve } from "node:path";

/** Where the data lives. */
export type StorageTarget =
  | { readonly kind: "sqlite"; readonly filename: string }
  | { readonly kind: "sqlite-memory" }
  | { readonly kind: "postgres"; readonly connectionString: string };

/** The result of reading DATABASE_URL. */
export type StorageTargetResult =
  | { readonly ok: true; readonly target: StorageTarget }
  | { readonly ok: false; readonly reason: string };

/** The default when DATABASE_URL is unset: `./data/ilio.db` under the working directory. */
export const DEFAULT_SQLITE_PATH = "data/ilio.db";

/**
 * Parses a DATABASE_URL: unset → SQLite at ./data/ilio.db; `sqlite::memory:`;
 * `sqlite:/abs/file.db` or `sqlite:relative/file.db`; `postgres://…` / `postgresql://…`.
 */
export function parseDatabaseUrl(url: string | undefined, cwd: string): StorageTargetResult {
  const value = url?.trim() ?? "";
  if (value === "") {
    return { ok: true, target: { kind: "sqlite", filename: resolve(cwd, DEFAULT_SQLITE_PATH) } };
  }
  if (value === "sqlite::memory:") {
    return { ok: true, target: { kind: "sqlite-memory" } };
  }
  if (value.startsWith("sqlite:")) {
    const path = value.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (path === "") {
      return {
        ok: false,
        reason: "DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/ilio.db.",
      };
    }
    return {
      ok: true,
      target: { kind: "sqlite", filename: isAbsolute(path) ? path : resolve(cwd, path) },
    };
  }
  if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
    return { ok: true, target: { kind: "postgres", connectionString: value } };
  }
  return {
    ok: false,
    reason:
      "DATABASE_URL must start with sqlite: or postgres:// (for example sqlite:./data/ilio.db).",
  };
}
