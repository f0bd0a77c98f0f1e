// Client-side checks for emails and passwords. They mirror the server's rules (passwords of
// 10 to 200 characters) so people get an answer before a round trip; the server still
// decides, and its messages are shown when it disagrees. Messages are plain sentences that
// say what to do, not what is wrong with the data.

/** Shortest password the server accepts. */
export const PASSWORD_MIN_LENGTH = 10;
/** Longest password the server accepts. */
export const PASSWORD_MAX_LENGTH = 200;
/** Longest display name the server accepts. */
export const DISPLAY_NAME_MAX_LENGTH = 100;

/** Hint shown under every new-password field. */
export const NEW_PASSWORD_HINT = `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters. A few unrelated words you will remember work well.`;

/** Returns the problem with an email address, or undefined when it looks usable. */
export function checkEmail(email: string): string | undefined {
  const trimmed = email.trim();
  if (trimmed === "") {
    return "Enter your email address.";
  }
  // Deliberately loose: the server is the judge; this only catches obvious slips.
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) {
    return "Enter an email address in the right format, like name@example.com.";
  }
  return undefined;
}

/** Length in code points, as the server counts it (JSON Schema minLength). */
function codePoints(text: string): number {
  // Code points, not graphemes: JSON Schema counts code points, and so must we.
  return Array.from(text).length;
}

/** Returns the problem with a new password, or undefined when it meets the rules. */
export function checkNewPassword(password: string): string | undefined {
  if (password === "") {
    return "Enter a password.";
  }
  const length = codePoints(password);
  if (length < PASSWORD_MIN_LENGTH) {
    return `Your password must be at least ${PASSWORD_MIN_LENGTH} characters long.`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `Your password must be ${PASSWORD_MAX_LENGTH} characters or fewer.`;
  }
  return undefined;
}

/** Returns `message` when a required field is empty. */
export function checkPresent(value: string, message: string): string | undefined {
  return value === "" ? message : undefined;
}
