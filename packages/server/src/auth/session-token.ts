// Session and CSRF tokens: 32 random bytes, base64url. The database stores only the
// sha256 of a session token, so a stolen database copy cannot be replayed as cookies.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 bytes → 43 base64url characters. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** A fresh random token (32 bytes, base64url). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** True when a string could be a token we issued; anything else is not looked up. */
export function looksLikeToken(value: string): boolean {
  return TOKEN_FORMAT.test(value);
}

/** The session id stored in the database for a cookie token: hex sha256. */
export function sessionIdFor(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Compares two secrets in constant time for equal lengths. */
export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
