// Rate limits for the credential routes (@fastify/rate-limit, in-memory store: fine for one
// process; several processes would share a store such as Redis). Sign-in is limited per
// client IP before the body is read and per e-mail address after, so neither one address
// nor one IP can guess passwords quickly (OWASP Authentication Cheat Sheet).
import rateLimit from "@fastify/rate-limit";
import type { RateLimitConfig } from "../config.ts";
import { ApiError } from "../errors/api-error.ts";
import type { App } from "../http/type-provider.ts";
import { normalizeEmail } from "./account-rules.ts";

type LimitHook = ReturnType<App["rateLimit"]>;

/** The hooks the credential routes attach; empty lists when limits are off. */
export interface CredentialLimits {
  readonly signUp: { onRequest: LimitHook[] };
  readonly signIn: { onRequest: LimitHook[]; preHandler: LimitHook[] };
}

function emailKey(body: unknown): string {
  if (
    typeof body === "object" &&
    body !== null &&
    "email" in body &&
    typeof body.email === "string"
  ) {
    return normalizeEmail(body.email);
  }
  return "";
}

/** Registers the plugin (no global limit) and builds the route hooks. */
export async function registerCredentialLimits(
  app: App,
  config: RateLimitConfig,
): Promise<CredentialLimits> {
  if (!config.enabled) {
    return { signUp: { onRequest: [] }, signIn: { onRequest: [], preHandler: [] } };
  }
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError("ILIO_ERR_RATE_LIMITED", `Too many attempts. Try again in ${context.after}.`, {
        headers: { "retry-after": String(Math.max(1, Math.ceil(context.ttl / 1000))) },
      }),
  });
  const limit = (max: number, keyGenerator: (request: { ip: string; body: unknown }) => string) =>
    app.rateLimit({ max, timeWindow: config.windowMs, keyGenerator });
  return {
    signUp: { onRequest: [limit(config.signUpMax, (r) => `sign-up-ip:${r.ip}`)] },
    signIn: {
      onRequest: [limit(config.signInMax, (r) => `sign-in-ip:${r.ip}`)],
      preHandler: [limit(config.signInMax, (r) => `sign-in-email:${emailKey(r.body)}`)],
    },
  };
}
