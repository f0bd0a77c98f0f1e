// `ilio serve`: opens the database DATABASE_URL names, migrates it, builds the app and
// listens until SIGTERM or SIGINT, then shuts down gracefully (in-flight requests finish,
// then the database closes). HOST defaults to 127.0.0.1 so a laptop never exposes patient
// data by accident; containers set HOST=0.0.0.0.
import { parseArgs } from "node:util";
import { buildApp, configFromEnv, listen, onShutdownSignal, systemClock } from "@ilio/server";
import { CliError, describeError, envOf, type Command } from "../command.ts";
import { migrateOrThrow, openDatabaseOrThrow } from "../open-database.ts";

const USAGE = `Usage: ilio serve [--port N] [--host ADDRESS] [--database-url URL]

Runs the Ilio server: migrates the database, then serves the API and the web app.

Options:
  --port N            Overrides PORT.
  --host ADDRESS      Overrides HOST.
  --database-url URL  Overrides DATABASE_URL.

Environment:
  PORT          TCP port (default 3000)
  HOST          Address to bind (default 127.0.0.1; use 0.0.0.0 in a container)
  DATABASE_URL  sqlite:PATH, sqlite::memory: or postgres://… (default: sqlite at ./data/ilio.db)
  LOG_LEVEL     pino level (default info)
  COOKIE_SECURE 1 to mark cookies Secure (behind a TLS proxy)
  TRUST_PROXY   1 to trust X-Forwarded-* headers
  WEB_DIST_DIR  The built web app (default packages/web/dist)
`;

function portOrThrow(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CliError(`the port must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

/** The serve command. */
export const serveCommand: Command = {
  name: "serve",
  summary: "Run the HTTP server (API and web app)",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string" },
        host: { type: "string" },
        "database-url": { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    });
    const env = envOf(io);
    const port = portOrThrow(values.port ?? env.PORT ?? "3000");
    const host = values.host ?? env.HOST ?? "127.0.0.1";
    const database = openDatabaseOrThrow(values["database-url"] ?? env.DATABASE_URL, process.cwd());
    await migrateOrThrow(database);
    const app = await buildApp({ config: configFromEnv(env), db: database.db, clock: systemClock });
    const stopped = new Promise<unknown>((resolve) => onShutdownSignal(app, database, resolve));
    try {
      const url = await listen(app, { port, host });
      io.stdout.write(`Ilio is listening on ${url}\n`);
    } catch (error) {
      await app.close();
      await database.close();
      throw new CliError(`could not listen on ${host}:${port} (${describeError(error)}).`);
    }
    const error = await stopped;
    if (error !== undefined) {
      throw new CliError(`shutdown failed (${describeError(error)}).`);
    }
    io.stdout.write("Ilio stopped.\n");
    return 0;
  },
};
