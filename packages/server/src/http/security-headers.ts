// Security headers through @fastify/helmet with a strict Content-Security-Policy written
// out in full (no helmet defaults): scripts and styles only from our origin, nothing
// inline; the PWA's service worker and manifest from our origin; images may be data: URIs.
import helmet from "@fastify/helmet";
import type { App } from "./type-provider.ts";

/** The CSP directives (https://www.w3.org/TR/CSP3/). */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Registers helmet on every response. */
export async function registerSecurityHeaders(app: App): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // The API and app are same-origin; keep other sites from embedding our responses.
    crossOriginResourcePolicy: { policy: "same-origin" },
    referrerPolicy: { policy: "no-referrer" },
  });
}
