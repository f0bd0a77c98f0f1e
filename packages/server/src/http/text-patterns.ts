// Regular expressions for text fields, each with the sentence a client sees when it fails.
// All run with ajv's `u` flag and are linear (no nested or overlapping quantifiers), so a
// 64 KiB string cannot cause catastrophic backtracking. Unicode classes: Cc = control
// characters (NUL included), Cf = format characters (right-to-left marks, zero-width
// joiners), Cs = unpaired surrogates (https://www.unicode.org/reports/tr44/#GC_Values_Table).

/** One named pattern: its source and the message for a value that does not match. */
export interface TextPattern {
  readonly source: string;
  readonly message: string;
}

const NOT_IN_ADDRESS = String.raw`\s@.\p{Cc}\p{Cf}\p{Cs}`;

/** An e-mail address: local part, @, dotted domain; no spaces, controls or format marks. */
export const EMAIL_PATTERN: TextPattern = {
  source: String.raw`^[^\s@\p{Cc}\p{Cf}\p{Cs}]+@(?:[^${NOT_IN_ADDRESS}]+\.)+[^${NOT_IN_ADDRESS}]+$`,
  message: "must be an e-mail address such as name@example.org",
};

/** Free text shown to people (names): anything but control characters and lone surrogates. */
export const PLAIN_TEXT_PATTERN: TextPattern = {
  source: String.raw`^[^\p{Cc}\p{Cs}]*$`,
  message: "must not contain control characters or unpaired surrogates",
};

/** Passwords: any characters except control characters and lone surrogates. */
export const PASSWORD_PATTERN: TextPattern = {
  source: String.raw`^[^\p{Cc}\p{Cs}]*$`,
  message: "must not contain control characters or unpaired surrogates",
};

const BY_SOURCE = new Map<string, string>(
  [EMAIL_PATTERN, PLAIN_TEXT_PATTERN, PASSWORD_PATTERN].map((p) => [p.source, p.message]),
);

/** The message for a pattern source, or a generic sentence for an unregistered one. */
export function messageForPattern(source: string): string {
  return BY_SOURCE.get(source) ?? "has an invalid format";
}

/** Tests a value against a pattern outside ajv (the CLI uses this). */
export function matchesPattern(pattern: TextPattern, value: string): boolean {
  return new RegExp(pattern.source, "u").test(value);
}
