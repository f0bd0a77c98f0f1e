// The authorization requirement every route declares in its config, and the onRoute check
// that refuses to start an app with an /api route that declares none (fail closed). Routes
// added by plugins outside /api (static files) are public.
import type { RouteOptions } from "fastify";
import type { App } from "../http/type-provider.ts";
import type { Role } from "../storage/database-schema.ts";

/** Who may call a route: anyone, any signed-in user, or one role. */
export type RouteAuth = "public" | "user" | { readonly role: Role };

declare module "fastify" {
  interface FastifyContextConfig {
    /** Required on every /api route; see auth/route-auth.ts. */
    auth?: RouteAuth;
  }
}

/** Describes a requirement for messages and tests: "public", "user", "role:admin". */
export function describeRouteAuth(auth: RouteAuth): string {
  return typeof auth === "string" ? auth : `role:${auth.role}`;
}

/** Throws at registration when an /api route has no `config.auth`. */
export function enforceDeclaredAuthOrThrow(app: App): void {
  app.addHook("onRoute", (route: RouteOptions) => {
    const config = route.config ?? {};
    if (config.auth !== undefined) {
      return;
    }
    if (route.url.startsWith("/api")) {
      throw new Error(`Route ${String(route.method)} ${route.url} must declare config.auth.`);
    }
    route.config = { ...config, auth: "public" };
  });
}
