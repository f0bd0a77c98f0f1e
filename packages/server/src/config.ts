// Server configuration as one readonly value, read from the environment in one place.
// buildApp takes it as an argument; nothing else in the server reads process.env.
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";

/** Limits for the sign-in and sign-up routes; `enabled: false` only for benchmarks. */
export interface RateLimitConfig {
  readonly enabled: boolean;
  /** Sign-in attempts per window per client IP and, separately, per e-mail address. */
  readonly signInMax: number;
  /** Sign-ups per window per client IP. */
  readonly signUpMax: number;
  readonly windowMs: number;
}

/** Everything buildApp needs to know that is not a dependency. */
export interface ServerConfig {
  /** pino level: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent". */
  readonly logLevel: string;
  /** Largest accepted request body in bytes; larger → 413. */
  readonly bodyLimitBytes: number;
  /** Always mark cookies Secure (behind a TLS-terminating proxy, with trustProxy). */
  readonly cookieSecure: boolean;
  /** Trust X-Forwarded-* from the proxy in front (Fastify `trustProxy`). */
  readonly trustProxy: boolean;
  /** Sliding session lifetime in milliseconds. */
  readonly sessionTtlMs: number;
  /** The built web app to serve, or null to serve none. */
  readonly webDistDir: string | null;
  readonly rateLimit: RateLimitConfig;
}

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;
const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** Defaults for production use; tests override single fields with a spread. */
export const DEFAULT_CONFIG: ServerConfig = {
  logLevel: "info",
  bodyLimitBytes: 64 * 1024,
  cookieSecure: false,
  trustProxy: false,
  sessionTtlMs: THIRTY_DAYS_MS,
  webDistDir: DEFAULT_WEB_DIST,
  rateLimit: { enabled: true, signInMax: 10, signUpMax: 10, windowMs: 60_000 },
};

/**
 * Reads the environment: LOG_LEVEL, COOKIE_SECURE=1, TRUST_PROXY=1, WEB_DIST_DIR.
 * The web app is served only when its directory exists.
 */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const webDistDir = env.WEB_DIST_DIR ?? DEFAULT_WEB_DIST;
  return {
    ...DEFAULT_CONFIG,
    logLevel: env.LOG_LEVEL ?? DEFAULT_CONFIG.logLevel,
    cookieSecure: env.COOKIE_SECURE === "1",
    trustProxy: env.TRUST_PROXY === "1",
    webDistDir: existsSync(webDistDir) ? webDistDir : null,
  };
}
