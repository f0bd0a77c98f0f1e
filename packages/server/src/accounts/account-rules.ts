// The rules for account fields, shared by the HTTP schemas and the CLI: lengths from
// RFC 5321 (an address path is at most 256 octets including the angle brackets, so 254
// for the address) and OWASP's password guidance (length over composition rules; long
// passphrases allowed, capped so argon2 input stays bounded). Pure, no I/O.
import {
  EMAIL_PATTERN,
  PASSWORD_PATTERN,
  PLAIN_TEXT_PATTERN,
  matchesPattern,
} from "../http/text-patterns.ts";

export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const DISPLAY_NAME_MAX_LENGTH = 100;

/** The stored form of an e-mail address: NFC-normalized and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.normalize("NFC").toLowerCase();
}

/** Length in code points, as JSON Schema's maxLength counts. */
function codePoints(value: string): number {
  return Array.from(value).length;
}

/** Why an e-mail address is unacceptable, or null when it is fine. */
export function emailProblem(email: string): string | null {
  if (codePoints(email) > EMAIL_MAX_LENGTH) {
    return `must be at most ${EMAIL_MAX_LENGTH} characters`;
  }
  return matchesPattern(EMAIL_PATTERN, email) ? null : EMAIL_PATTERN.message;
}

/** Why a password is unacceptable, or null when it is fine. */
export function passwordProblem(password: string): string | null {
  const length = codePoints(password);
  if (length < PASSWORD_MIN_LENGTH) {
    return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  }
  return matchesPattern(PASSWORD_PATTERN, password) ? null : PASSWORD_PATTERN.message;
}

/** Why a display name is unacceptable, or null when it is fine. */
export function displayNameProblem(name: string): string | null {
  if (codePoints(name) > DISPLAY_NAME_MAX_LENGTH) {
    return `must be at most ${DISPLAY_NAME_MAX_LENGTH} characters`;
  }
  return matchesPattern(PLAIN_TEXT_PATTERN, name) ? null : PLAIN_TEXT_PATTERN.message;
}
