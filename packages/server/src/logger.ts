// Builds the pino logger the server logs through. Redaction is the last line of defence:
// passwords, cookies, CSRF tokens and authorization headers are censored wherever they
// appear at the paths below, even if a future log call passes a request body by mistake.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import pino, { type DestinationStream, type Logger } from "pino";

/** Log paths whose values are never written. */
export const REDACTED_PATHS: readonly string[] = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  "password",
  "currentPassword",
  "newPassword",
  "*.password",
  "*.currentPassword",
  "*.newPassword",
  "*.csrfToken",
  "*.token",
];

/** Creates the server logger, writing JSON lines to `destination` (stdout by default). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: [...REDACTED_PATHS], censor: "[redacted]" },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}

const INCOMING_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Request id for logs and the `x-request-id` response header: the proxy's id when it is a
 * short token, otherwise a fresh UUID (never an attacker-sized string in every log line).
 */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers["x-request-id"];
  return typeof incoming === "string" && INCOMING_ID.test(incoming) ? incoming : randomUUID();
}
