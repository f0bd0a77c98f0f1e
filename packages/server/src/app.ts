// Builds the Fastify app with everything it needs and nothing global: configuration,
// database, clock and knowledge base come in as arguments; listening is separate
// (listen.ts). Order matters: error handling and the route index first, then plugins that
// hook every route (OpenAPI, auth check), then the routes, then static files.
import cookie from "@fastify/cookie";
import Fastify, { type FastifyBaseLogger } from "fastify";
import type { KnowledgeBase } from "@ilio/core";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { authRoutes } from "./accounts/auth.routes.ts";
import { meRoutes } from "./accounts/me.routes.ts";
import { registerCredentialLimits } from "./accounts/rate-limits.ts";
import { assessmentEngineRoutes } from "./assessments/assessment-engine.routes.ts";
import { assessmentInterviewRoutes } from "./assessments/assessment-interview.routes.ts";
import { assessmentSaveRoute } from "./assessments/assessment-save.routes.ts";
import { assessmentRoutes } from "./assessments/assessments.routes.ts";
import { authenticationHook } from "./auth/authenticate.ts";
import { enforceDeclaredAuthOrThrow } from "./auth/route-auth.ts";
import type { Clock } from "./clock.ts";
import type { ServerConfig } from "./config.ts";
import { installErrorHandler, installNotFoundHandler } from "./errors/error-handler.ts";
import { healthRoutes } from "./http/health.routes.ts";
import { registerMetrics } from "./http/metrics.ts";
import { openApiRoute, registerOpenApi } from "./http/openapi.ts";
import { RouteIndex } from "./http/route-index.ts";
import { registerSecurityHeaders } from "./http/security-headers.ts";
import type { App } from "./http/type-provider.ts";
import { registerWebApp } from "./http/web-app.ts";
import { createLogger, requestIdFor } from "./logger.ts";
import { programPlanRoutes } from "./programs/program-plan.routes.ts";
import { programRoutes } from "./programs/programs.routes.ts";
import { sessionLogRoutes } from "./programs/session-logs.routes.ts";
import type { DatabaseSchema } from "./storage/database-schema.ts";

/** What buildApp needs. */
export interface AppDependencies {
  readonly config: ServerConfig;
  readonly db: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  /** The knowledge base the assessment routes use; defaults to the one @ilio/content bundles. */
  readonly knowledgeBase?: KnowledgeBase;
  /** A logger to use instead of one built from config.logLevel (tests capture output). */
  readonly logger?: Logger;
  /** Hears about every route as it is registered (the route-authorization test). */
  readonly routeObserver?: (method: string, url: string) => void;
  /** Registers extra routes before the app is sealed (tests add failing routes). */
  readonly extraRoutes?: (app: App) => void;
}

/** Builds the app; resolves once every plugin is loaded. The caller owns `db`. */
export async function buildApp(deps: AppDependencies): Promise<App> {
  const { config, db, clock } = deps;
  // Loaded only when none is given, so a test's knowledge base is the only one it touches.
  const knowledgeBase = deps.knowledgeBase ?? (await import("@ilio/content")).knowledgeBase;
  const logger: FastifyBaseLogger = deps.logger ?? createLogger(config.logLevel);
  const app: App = Fastify({
    loggerInstance: logger,
    genReqId: requestIdFor,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: true } },
  }).withTypeProvider();

  const observe = deps.routeObserver;
  if (observe !== undefined) {
    app.addHook("onRoute", (route) => {
      for (const method of [route.method].flat()) {
        observe(method, route.url);
      }
    });
  }
  installErrorHandler(app);
  // JSON only: without this, Fastify would hand text/plain bodies to routes as strings.
  app.removeContentTypeParser("text/plain");
  const routes = new RouteIndex();
  app.addHook("onRoute", (route) => routes.add(route.method, route.url));
  enforceDeclaredAuthOrThrow(app);
  app.addHook("onSend", (request, reply, payload, done) => {
    void reply.header("x-request-id", request.id);
    done(null, payload);
  });

  await registerSecurityHeaders(app);
  await app.register(cookie);
  await registerOpenApi(app);
  registerMetrics(app);
  const limits = await registerCredentialLimits(app, config.rateLimit);
  const sessions = {
    db,
    clock,
    sessionTtlMs: config.sessionTtlMs,
    cookieSecure: config.cookieSecure,
  };
  app.addHook("onRequest", authenticationHook(sessions));

  healthRoutes(app, db);
  authRoutes(app, { ...sessions, limits });
  meRoutes(app, { db, cookieSecure: config.cookieSecure });
  assessmentEngineRoutes(app, { knowledgeBase });
  assessmentInterviewRoutes(app, { db, clock, knowledgeBase });
  assessmentSaveRoute(app, { db, clock, knowledgeBase });
  assessmentRoutes(app, { db, clock });
  const { programContent } = await import("@ilio/content/programs");
  const { exerciseLibrary } = await import("@ilio/content/exercises");
  const sources = { content: programContent, library: exerciseLibrary };
  programRoutes(app, { db, clock, sources });
  programPlanRoutes(app, { db, clock, sources });
  sessionLogRoutes(app, { db, clock, library: exerciseLibrary });
  openApiRoute(app);
  deps.extraRoutes?.(app);

  const spaFallback = await registerWebApp(app, config.webDistDir);
  installNotFoundHandler(app, { routes, ...(spaFallback === null ? {} : { spaFallback }) });
  await app.ready();
  return app;
}
