// What to do with an outbox entry after one attempt to send it, from the API's answer: a 200
// or 201 is acknowledged (remove it); no network, a server error, rate limiting or a lost
// sign-in keep it waiting for the next try; a 409 (a different session already has this id)
// or another 4xx keep it, marked refused, with a plain sentence. Pure.
import type { ApiResult } from "../api/result.ts";

/** The decision for one entry. */
export type SendOutcome =
  | { readonly kind: "acknowledged" }
  | { readonly kind: "retry-later" }
  | { readonly kind: "refused"; readonly message: string };

const CONFLICT =
  "This session was not saved: the server already has a different session with the same id. It is kept on this device.";

/** The outcome of one PUT of a session. */
export function sendOutcome(result: ApiResult<unknown>): SendOutcome {
  if (result.ok) {
    return { kind: "acknowledged" };
  }
  const { status, detail } = result.problem;
  if (status === 409) {
    return { kind: "refused", message: CONFLICT };
  }
  if (status === 0 || status === 401 || status === 408 || status === 429 || status >= 500) {
    return { kind: "retry-later" };
  }
  if (status >= 400) {
    return { kind: "refused", message: `This session was not saved: ${detail}` };
  }
  return { kind: "retry-later" };
}
