// Where to go after signing in: the `next` query parameter, but only when it is a path on
// this site. Anything else ("//evil.example", "https://…", "javascript:") falls back to the
// home page, so the sign-in page cannot be used as an open redirect.

/** Returns `next` when it is a same-site path, else "/". */
export function safeNext(next: string | undefined): string {
  if (next === undefined || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) {
    return "/";
  }
  return next;
}
