// DATABASE_URL parsing: every accepted form and a clear sentence for the rest.
import { describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "./database-url.ts";

describe("parseDatabaseUrl", () => {
  it("defaults to ./data/ilio.db under the working directory", () => {
    expect(parseDatabaseUrl(undefined, "/srv/ilio")).toEqual({
      ok: true,
      target: { kind: "sqlite", filename: "/srv/ilio/data/ilio.db" },
    });
    expect(parseDatabaseUrl("  ", "/srv/ilio")).toEqual({
      ok: true,
      target: { kind: "sqlite", filename: "/srv/ilio/data/ilio.db" },
    });
  });

  it("reads absolute, relative and in-memory SQLite URLs", () => {
    expect(parseDatabaseUrl("sqlite:/var/lib/ilio.db", "/x")).toEqual({
      ok: true,
      target: { kind: "sqlite", filename: "/var/lib/ilio.db" },
    });
    expect(parseDatabaseUrl("sqlite:///var/lib/ilio.db", "/x")).toEqual({
      ok: true,
      target: { kind: "sqlite", filename: "/var/lib/ilio.db" },
    });
    expect(parseDatabaseUrl("sqlite:db/ilio.db", "/x")).toEqual({
      ok: true,
      target: { kind: "sqlite", filename: "/x/db/ilio.db" },
    });
    expect(parseDatabaseUrl("sqlite::memory:", "/x")).toEqual({
      ok: true,
      target: { kind: "sqlite-memory" },
    });
  });

  it("passes PostgreSQL URLs through", () => {
    for (const url of ["postgres://u@h/db", "postgresql://u:p@h:5432/db"]) {
      expect(parseDatabaseUrl(url, "/x")).toEqual({
        ok: true,
        target: { kind: "postgres", connectionString: url },
      });
    }
  });

  it("rejects other schemes and an empty SQLite path with a sentence", () => {
    const mysql = parseDatabaseUrl("mysql://h/db", "/x");
    expect(!mysql.ok && mysql.reason).toContain("sqlite: or postgres://");
    expect(parseDatabaseUrl("sqlite:", "/x")).toMatchObject({ ok: false });
  });
});
