// `ilio migrate`: brings the database DATABASE_URL names to the latest schema version and
// says which migrations it applied. Safe to run again: it then applies nothing.
import { parseArgs } from "node:util";
import { envOf, type Command } from "../command.ts";
import { migrateOrThrow, openDatabaseOrThrow } from "../open-database.ts";

/** The migrate command. */
export const migrateCommand: Command = {
  name: "migrate",
  summary: "Apply pending database migrations",
  usage: `Usage: ilio migrate [--database-url URL]

Applies every pending migration to the database and lists what it applied.

Options:
  --database-url URL  Overrides DATABASE_URL.

Environment:
  DATABASE_URL  sqlite:PATH, sqlite::memory: or postgres://… (default: sqlite at ./data/ilio.db)
`,
  async run(argv, io) {
    const { values } = parseArgs({
      args: [...argv],
      options: { "database-url": { type: "string" } },
      strict: true,
      allowPositionals: false,
    });
    const database = openDatabaseOrThrow(
      values["database-url"] ?? envOf(io).DATABASE_URL,
      process.cwd(),
    );
    const applied = await migrateOrThrow(database);
    await database.close();
    io.stdout.write(
      applied.length === 0
        ? "The database is up to date.\n"
        : `Applied ${applied.length} migration(s): ${applied.join(", ")}.\n`,
    );
    return 0;
  },
};
