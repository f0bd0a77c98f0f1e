// Prometheus metrics at GET /metrics: a request-duration histogram by route pattern,
// method and status, plus the process defaults. One registry per app (never the global
// one) so tests can build many apps. Labels use the route pattern, never the raw URL,
// so ids do not explode the series count.
import { Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { App } from "./type-provider.ts";

/** Registers the timing hook and the /metrics route. */
export function registerMetrics(app: App): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration in seconds, by route pattern, method and status.",
    labelNames: ["route", "method", "status_code"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

  app.addHook("onResponse", (request, reply, done) => {
    duration.observe(
      {
        route: request.routeOptions.url ?? "unmatched",
        method: request.method,
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });

  app.get(
    "/metrics",
    { config: { auth: "public" }, schema: { hide: true } },
    async (_request, reply) => {
      void reply.type(registry.contentType);
      return registry.metrics();
    },
  );
}
