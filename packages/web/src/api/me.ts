// Endpoints about the signed-in person (/api/v1/me): who am I, change my password, delete
// my account. Each returns its typed outcome; a 401 from `fetchMe` simply means nobody is
// signed in.
import { noContent, type ApiClient } from "./client.ts";
import type { ApiResult } from "./result.ts";
import { decodeUserEnvelope, type User } from "./user.ts";

/** Returns the signed-in user (401 when nobody is signed in). */
export function fetchMe(client: ApiClient): Promise<ApiResult<User>> {
  return client.send({ method: "GET", path: "/me", decode: decodeUserEnvelope });
}

/** Changes the password; the current one proves it is really the account holder (204). */
export function changePassword(
  client: ApiClient,
  input: { readonly currentPassword: string; readonly newPassword: string },
): Promise<ApiResult<null>> {
  return client.send({ method: "POST", path: "/me/password", body: input, decode: noContent });
}

/** Deletes the account and everything in it, after checking the password (204). */
export function deleteAccount(
  client: ApiClient,
  input: { readonly password: string },
): Promise<ApiResult<null>> {
  return client.send({ method: "DELETE", path: "/me", body: input, decode: noContent });
}
