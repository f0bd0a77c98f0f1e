// The public surface of @ilio/server for the CLI, the tests and the benchmarks. Anything
// not exported here is internal to the server.
export { buildApp, type AppDependencies } from "./app.ts";
export { listen, onShutdownSignal, shutdownGracefully, type ListenOptions } from "./listen.ts";
export {
  DEFAULT_CONFIG,
  configFromEnv,
  type ServerConfig,
  type RateLimitConfig,
} from "./config.ts";
export { fixedClock, systemClock, type Clock, type FixedClock } from "./clock.ts";
export { createLogger } from "./logger.ts";
export { openDatabase, type Database, type Dialect } from "./storage/database.ts";
export {
  parseDatabaseUrl,
  type StorageTarget,
  type StorageTargetResult,
} from "./storage/database-url.ts";
export {
  MIGRATION_NAMES,
  migrateToLatest,
  migrateToLatestOrThrow,
  type MigrationOutcome,
} from "./storage/migrator.ts";
export type { DatabaseSchema, Role, UserRow } from "./storage/database-schema.ts";
export {
  createAccount,
  type AccountInput,
  type CreateAccountResult,
} from "./accounts/create-account.ts";
export { displayNameProblem, emailProblem, passwordProblem } from "./accounts/account-rules.ts";
export { ERROR_CATALOGUE, ERROR_CODES, type ErrorCode } from "./errors/catalogue.ts";
export type { App } from "./http/type-provider.ts";
export { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from "./auth/cookies.ts";
