// The request and response schemas of the account routes: one TypeBox schema per boundary
// gives validation, the handler's types and the OpenAPI document. Every object rejects
// unknown fields. Limits come from account-rules.ts.
import { Type, type Static } from "@sinclair/typebox";
import { StrictObject, StringEnum } from "../http/schema-helpers.ts";
import { EMAIL_PATTERN, PASSWORD_PATTERN, PLAIN_TEXT_PATTERN } from "../http/text-patterns.ts";
import {
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from "./account-rules.ts";

const Email = Type.String({
  minLength: 3,
  maxLength: EMAIL_MAX_LENGTH,
  pattern: EMAIL_PATTERN.source,
  description: "E-mail address; compared case-insensitively.",
});
const Password = Type.String({
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: PASSWORD_MAX_LENGTH,
  pattern: PASSWORD_PATTERN.source,
});
/** Sign-in accepts any stored password length, so a rule change never locks anyone out. */
const AnyPassword = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH });

export const SignUpBody = StrictObject({
  email: Email,
  password: Password,
  displayName: Type.Optional(
    Type.String({ maxLength: DISPLAY_NAME_MAX_LENGTH, pattern: PLAIN_TEXT_PATTERN.source }),
  ),
  role: Type.Optional(StringEnum(["patient", "clinician"] as const)),
});
export type SignUpBody = Static<typeof SignUpBody>;

export const SignInBody = StrictObject({ email: Email, password: AnyPassword });
export type SignInBody = Static<typeof SignInBody>;

export const ChangePasswordBody = StrictObject({
  currentPassword: AnyPassword,
  newPassword: Password,
});
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const DeleteAccountBody = StrictObject({ password: AnyPassword });
export type DeleteAccountBody = Static<typeof DeleteAccountBody>;

export const UserView = StrictObject({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.Union([Type.String(), Type.Null()]),
  role: StringEnum(["patient", "clinician", "admin"] as const),
  createdAt: Type.String({ description: "ISO-8601 UTC" }),
});
export type UserView = Static<typeof UserView>;

export const UserResponse = StrictObject({ user: UserView });
export const SignedInResponse = StrictObject({ user: UserView, csrfToken: Type.String() });
export const CsrfResponse = StrictObject({ csrfToken: Type.String() });
