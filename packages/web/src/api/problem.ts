// Problem details (RFC 9457) as the Ilio API sends them, parsed into a typed value the UI
// can show as plain sentences. Parsing is tolerant: whatever the server (or a proxy in
// between) sends, the result always has a readable `detail`. This module must not
// invent field names: a field is only reported when the server named it.

/** One field-level problem, with the field as the form knows it ("body/email" → "email"). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** A failed request, ready to show to a person. */
export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  /** A plain sentence describing what went wrong. Always present. */
  readonly detail: string;
  readonly errors: readonly FieldProblem[];
}

/** Codes the web client itself produces (the server's live in docs/errors.md). */
export const CLIENT_CODES = {
  network: "ILIO_ERR_WEB_NETWORK",
  unexpected: "ILIO_ERR_WEB_UNEXPECTED_RESPONSE",
} as const;

const FALLBACK_BY_STATUS: Readonly<Record<number, string>> = {
  400: "Some of the details you entered are not valid. Check them and try again.",
  401: "You need to sign in to do that.",
  403: "You are not allowed to do that.",
  404: "We could not find what you were looking for.",
  409: "That conflicts with something that already exists.",
  413: "What you sent is too large.",
  429: "Too many attempts. Wait a minute, then try again.",
};

const GENERIC = "Something went wrong on our side. Please try again in a moment.";

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Turns the server's field pointer ("body/email", "/body/email", "email") into "email". */
export function fieldName(pointer: string): string {
  const parts = pointer.split("/").filter((part) => part !== "");
  const last = parts.at(-1) ?? pointer;
  return last;
}

function parseErrors(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const out: FieldProblem[] = [];
  for (const item of value) {
    if (!isRecord(item)) {
      continue;
    }
    const field = text(item.field);
    const message = text(item.message);
    if (field !== undefined && message !== undefined) {
      out.push({ field: fieldName(field), message });
    }
  }
  return out;
}

/** Builds a Problem from a non-2xx response's status and (possibly absent) JSON body. */
export function parseProblem(status: number, body: unknown): Problem {
  const record = isRecord(body) ? body : {};
  const fallback = FALLBACK_BY_STATUS[status] ?? GENERIC;
  return {
    status,
    code: text(record.code) ?? `HTTP_${status}`,
    title: text(record.title) ?? fallback,
    detail: text(record.detail) ?? text(record.title) ?? fallback,
    errors: parseErrors(record.errors),
  };
}

/** The Problem for a request that never got an answer (offline, DNS, server down). */
export function networkProblem(): Problem {
  return {
    status: 0,
    code: CLIENT_CODES.network,
    title: "No connection",
    detail: "Ilio could not reach the server. Check your internet connection and try again.",
    errors: [],
  };
}

/** The Problem for a 2xx answer whose body is not what the client expects. */
export function unexpectedResponseProblem(status: number): Problem {
  return {
    status,
    code: CLIENT_CODES.unexpected,
    title: "Unexpected answer",
    detail: GENERIC,
    errors: [],
  };
}
