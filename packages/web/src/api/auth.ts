// Endpoints for signing up, in and out (/api/v1/auth/*). Each function sends one request
// through an ApiClient and returns its typed outcome; none of them keeps state; the
// session state lives in src/session/.
import { noContent, type ApiClient } from "./client.ts";
import type { ApiResult } from "./result.ts";
import { decodeUserEnvelope, type User } from "./user.ts";

/** What a person enters to create an account. */
export interface SignUpInput {
  readonly email: string;
  readonly password: string;
  readonly displayName?: string;
}

/** What a person enters to sign in. */
export interface SignInInput {
  readonly email: string;
  readonly password: string;
}

/** Creates an account and signs in (201 with the new user). */
export function signUp(client: ApiClient, input: SignUpInput): Promise<ApiResult<User>> {
  return client.send({
    method: "POST",
    path: "/auth/sign-up",
    body: input,
    decode: decodeUserEnvelope,
  });
}

/** Signs in with email and password (401 when they do not match). */
export function signIn(client: ApiClient, input: SignInInput): Promise<ApiResult<User>> {
  return client.send({
    method: "POST",
    path: "/auth/sign-in",
    body: input,
    decode: decodeUserEnvelope,
  });
}

/** Ends the current session (204). */
export function signOut(client: ApiClient): Promise<ApiResult<null>> {
  return client.send({ method: "POST", path: "/auth/sign-out", decode: noContent });
}
