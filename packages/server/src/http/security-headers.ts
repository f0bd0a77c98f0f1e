// Security headers on every response, with a strict Content-Security-Policy: scripts and
// styles only from our origin, nothing inline; the PWA's service worker and manifest from
// our origin; images may be data: URIs. The set is the one @fastify/helmet sends, written
// out once: every header is static, so computing it per request (helmet's per-response
// middleware chain cost about half the app's throughput in bench/http.bench.ts) buys
// nothing. Must not vary by request; anything request-dependent belongs elsewhere.
import type { App } from "./type-provider.ts";

/** The CSP directives (https://www.w3.org/TR/CSP3/). */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "media-src": ["'self'"],
  "worker-src": ["'self'"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

const csp = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(" ")}`)
  .join(";");

/** Headers sent with every response (helmet's defaults, with our CSP and referrer policy). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": csp,
  "cross-origin-opener-policy": "same-origin",
  // The API and app are same-origin; keep other sites from embedding our responses.
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  // RFC 6797: browsers ignore HSTS over plain HTTP, so sending it always is harmless.
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "SAMEORIGIN",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
};

/** Adds the security headers to every response, errors and 404s included. */
export function registerSecurityHeaders(app: App): Promise<void> {
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });
  return Promise.resolve();
}
