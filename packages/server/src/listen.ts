// Listening and graceful shutdown, kept apart from buildApp so tests never bind ports
// they do not need. On SIGTERM/SIGINT: stop accepting connections, let in-flight requests
// finish (Fastify's close), then close the database, in that order.
import type { App } from "./http/type-provider.ts";
import type { Database } from "./storage/database.ts";

/** Where to listen. */
export interface ListenOptions {
  readonly port: number;
  readonly host: string;
}

/** Starts listening; resolves to the URL the server answers on. */
export async function listen(app: App, options: ListenOptions): Promise<string> {
  return app.listen({ port: options.port, host: options.host });
}

/** Closes the app (waiting for in-flight requests), then the database. */
export async function shutdownGracefully(
  app: App,
  database: Pick<Database, "close">,
): Promise<void> {
  try {
    await app.close();
  } finally {
    await database.close();
  }
}

/**
 * Calls shutdownGracefully on the first SIGTERM or SIGINT; resolves when it is done.
 * Returns a function that removes the signal handlers.
 */
export function onShutdownSignal(
  app: App,
  database: Pick<Database, "close">,
  done: (error: unknown) => void,
): () => void {
  const handler = (signal: NodeJS.Signals) => {
    app.log.info({ signal }, "shutting down");
    remove();
    shutdownGracefully(app, database).then(
      () => done(undefined),
      (error: unknown) => done(error),
    );
  };
  const remove = () => {
    process.off("SIGTERM", handler);
    process.off("SIGINT", handler);
  };
  process.once("SIGTERM", handler);
  process.once("SIGINT", handler);
  return remove;
}
