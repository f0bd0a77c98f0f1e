// CSRF double-submit token handling for the Ilio API. The server sets the `ilio_csrf`
// cookie (readable by scripts on purpose) and expects its current value in the
// `x-csrf-token` header of every unsafe request. The server rotates the cookie on sign-in
// and sign-up, so the value is read from document.cookie for each request and never
// cached here. This module must not touch the HttpOnly session cookie (it cannot anyway).

/** Name of the cookie the server sets with the CSRF token. */
export const CSRF_COOKIE = "ilio_csrf";
/** Header the server reads the token from. */
export const CSRF_HEADER = "x-csrf-token";

/** Reads one cookie's value from a `document.cookie` style string. */
export function readCookie(cookieString: string, name: string): string | undefined {
  for (const part of cookieString.split(";")) {
    const index = part.indexOf("=");
    if (index === -1) {
      continue;
    }
    if (part.slice(0, index).trim() === name) {
      const raw = part.slice(index + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}

/** Methods that change state and therefore need the CSRF header. */
export function needsCsrf(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}
