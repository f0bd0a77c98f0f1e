// Builds RFC 9457 problem documents (https://www.rfc-editor.org/rfc/rfc9457) from catalogue
// codes. Pure: no Fastify here. `type` is a URN naming the code so clients can switch on
// either `type` or `code`; docs/errors.md is where a human reads what it means.
import { ERROR_CATALOGUE, type ErrorCode } from "./catalogue.ts";
import type { FieldError } from "./api-error.ts";

/** The problem+json media type (RFC 9457 section 3). */
export const PROBLEM_CONTENT_TYPE = "application/problem+json; charset=utf-8";

/** The body of every error response. */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: ErrorCode;
  readonly errors?: readonly FieldError[];
}

/** Builds the problem document for a code, a detail sentence and the request path. */
export function problemFor(
  code: ErrorCode,
  detail: string,
  instance: string,
  errors?: readonly FieldError[],
): ProblemDocument {
  const entry = ERROR_CATALOGUE[code];
  return {
    type: `urn:ilio:error:${code}`,
    title: entry.title,
    status: entry.status,
    detail,
    instance,
    code,
    ...(errors === undefined ? {} : { errors }),
  };
}
