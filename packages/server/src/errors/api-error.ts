// The one error type route code throws on purpose. It names a catalogue code and a detail
// sentence for the client; the error mapper turns it into application/problem+json. It
// must never carry internals (SQL, stack, file paths) in `detail`.
import { ERROR_CATALOGUE, type ErrorCode } from "./catalogue.ts";

/** One invalid field: `field` is the request part and JSON pointer, e.g. "body/email". */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** An error with a catalogue code, safe to show to the client. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string;
  readonly errors: readonly FieldError[] | undefined;
  /** Extra response headers, e.g. Retry-After or Allow. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    code: ErrorCode,
    detail: string,
    extras: { errors?: readonly FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = "ApiError";
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.detail = detail;
    this.errors = extras.errors;
    this.headers = extras.headers ?? {};
  }
}
