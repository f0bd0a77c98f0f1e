// Builds a real app over a test database with a fixed clock, quiet logs and generous rate
// limits (a suite that tests limits lowers them). No mocks: the app, the database and the
// password hashing are the production ones.
import type { KnowledgeBase } from "@ilio/core";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import {
  buildApp,
  DEFAULT_CONFIG,
  fixedClock,
  type App,
  type DatabaseSchema,
  type FixedClock,
  type ServerConfig,
} from "@ilio/server";

/** The moment every test starts at. */
export const TEST_START = new Date("2025-03-14T09:00:00.000Z");

/** Test configuration: quiet logs, no web app, limits high enough never to trigger. */
export const TEST_CONFIG: ServerConfig = {
  ...DEFAULT_CONFIG,
  logLevel: "silent",
  webDistDir: null,
  rateLimit: { enabled: true, signInMax: 1000, signUpMax: 1000, windowMs: 60_000 },
};

/** An app under test with its clock. */
export interface TestApp {
  readonly app: App;
  readonly clock: FixedClock;
}

/** Builds an app on `db`; overrides replace single config fields. */
export async function buildTestApp(
  db: Kysely<DatabaseSchema>,
  options: {
    config?: Partial<ServerConfig>;
    logger?: Logger;
    extraRoutes?: (app: App) => void;
    routeObserver?: (method: string, url: string) => void;
    /** Defaults to the knowledge base @ilio/content bundles. */
    knowledgeBase?: KnowledgeBase;
  } = {},
): Promise<TestApp> {
  const clock = fixedClock(TEST_START);
  const app = await buildApp({
    config: { ...TEST_CONFIG, ...options.config },
    db,
    clock,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.extraRoutes === undefined ? {} : { extraRoutes: options.extraRoutes }),
    ...(options.routeObserver === undefined ? {} : { routeObserver: options.routeObserver }),
    ...(options.knowledgeBase === undefined ? {} : { knowledgeBase: options.knowledgeBase }),
  });
  return { app, clock };
}
