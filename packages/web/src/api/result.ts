// The value every API call returns: either the parsed payload or a Problem. Failed requests
// are expected outcomes in a UI (wrong password, offline), so they are values, not throws.
import type { Problem } from "./problem.ts";

/** Outcome of one API call. */
export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

/** A successful result. */
export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

/** A failed result. */
export function fail<T>(problem: Problem): ApiResult<T> {
  return { ok: false, problem };
}
