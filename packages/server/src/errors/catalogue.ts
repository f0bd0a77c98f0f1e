// The closed catalogue of error codes the API returns. Each code has one HTTP status and
// one title; docs/errors.md explains every one (a test checks that). Add a code here and
// in docs/errors.md together; never invent a code at a call site.

/** One catalogue entry. */
export interface ErrorEntry {
  readonly status: number;
  readonly title: string;
}

/** Every error the API can return, keyed by its `ILIO_ERR_<AREA>_<WHAT>` code. */
export const ERROR_CATALOGUE = {
  ILIO_ERR_REQUEST_NOT_FOUND: { status: 404, title: "Not found" },
  ILIO_ERR_REQUEST_METHOD_NOT_ALLOWED: { status: 405, title: "Method not allowed" },
  ILIO_ERR_REQUEST_MALFORMED_JSON: { status: 400, title: "Malformed JSON" },
  ILIO_ERR_REQUEST_VALIDATION: { status: 400, title: "Invalid request" },
  ILIO_ERR_REQUEST_BODY_TOO_LARGE: { status: 413, title: "Request body too large" },
  ILIO_ERR_REQUEST_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: "Unsupported media type" },
  ILIO_ERR_AUTH_REQUIRED: { status: 401, title: "Sign-in required" },
  ILIO_ERR_AUTH_SESSION_INVALID: { status: 401, title: "Session ended" },
  ILIO_ERR_AUTH_INVALID_CREDENTIALS: { status: 401, title: "Wrong e-mail or password" },
  ILIO_ERR_AUTH_PASSWORD_INCORRECT: { status: 403, title: "Wrong password" },
  ILIO_ERR_AUTH_CSRF: { status: 403, title: "Missing or wrong CSRF token" },
  ILIO_ERR_AUTH_FORBIDDEN: { status: 403, title: "Not allowed for this role" },
  ILIO_ERR_AUTH_EMAIL_TAKEN: { status: 409, title: "E-mail already registered" },
  ILIO_ERR_ACCESS_DENIED: { status: 403, title: "No access to these records" },
  ILIO_ERR_ASSESSMENT_ANSWERS_INVALID: { status: 400, title: "Invalid answers" },
  ILIO_ERR_ASSESSMENT_CONTENT_VERSION: {
    status: 400,
    title: "Answers from another content version",
  },
  ILIO_ERR_ASSESSMENT_ID_TAKEN: { status: 409, title: "Assessment id already in use" },
  ILIO_ERR_ASSESSMENT_NOTHING_TO_UNDO: { status: 409, title: "Nothing to undo" },
  ILIO_ERR_ASSESSMENT_CHANGED: { status: 409, title: "Assessment changed meanwhile" },
  ILIO_ERR_PROGRAM_NOT_SUITABLE: { status: 422, title: "No home program for this assessment" },
  ILIO_ERR_PROGRAM_ASSESSMENT_INCOMPLETE: { status: 422, title: "Assessment not finished" },
  ILIO_ERR_PROGRAM_ID_TAKEN: { status: 409, title: "Program id already in use" },
  ILIO_ERR_SESSION_INVALID: { status: 400, title: "Invalid session log" },
  ILIO_ERR_SESSION_CONFLICT: { status: 409, title: "Session id already used for another log" },
  ILIO_ERR_RATE_LIMITED: { status: 429, title: "Too many requests" },
  ILIO_ERR_STORAGE_UNAVAILABLE: { status: 503, title: "Storage unavailable" },
  ILIO_ERR_SERVER_INTERNAL: { status: 500, title: "Internal error" },
} as const satisfies Record<string, ErrorEntry>;

/** A code from the catalogue. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Every code, for docs checks and exhaustive tests. */
export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as readonly ErrorCode[];
