// Installs the error and not-found handlers: every failure leaves as
// application/problem+json. Unknown paths get 404, known paths with the wrong method 405
// (with Allow), and GETs for pages of the web app fall back to its index.html. Internal
// errors are logged with their stack here and never sent to the client.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { App } from "../http/type-provider.ts";
import { ApiError } from "./api-error.ts";
import { toApiError } from "./error-mapper.ts";
import { PROBLEM_CONTENT_TYPE, problemFor } from "./problem.ts";
import type { RouteIndex } from "../http/route-index.ts";

/** Options for the not-found handler. */
export interface NotFoundOptions {
  readonly routes: RouteIndex;
  /** Serves the web app's index.html for page requests; returns false when it does not. */
  readonly spaFallback?: (request: FastifyRequest, reply: FastifyReply) => boolean;
}

function pathOf(request: FastifyRequest): string {
  const url = request.raw.url ?? "/";
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/** Sends an ApiError as problem+json. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: ApiError): void {
  void reply
    .code(error.status)
    .headers(error.headers)
    .type(PROBLEM_CONTENT_TYPE)
    .send(problemFor(error.code, error.detail, pathOf(request), error.errors));
}

/** Installs the error handler; call before any route is registered. */
export function installErrorHandler(app: App): void {
  app.setErrorHandler((error, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.code === "ILIO_ERR_SERVER_INTERNAL") {
      request.log.error({ err: error }, "unhandled error");
    } else {
      request.log.info({ code: apiError.code }, "request rejected");
    }
    sendProblem(request, reply, apiError);
  });
}

/** Installs the not-found handler (404, 405 and the web app fallback); call after routes. */
export function installNotFoundHandler(app: App, options: NotFoundOptions): void {
  app.setNotFoundHandler((request, reply) => {
    const path = pathOf(request);
    const allowed = options.routes.methodsFor(path);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      sendProblem(
        request,
        reply,
        new ApiError(
          "ILIO_ERR_REQUEST_METHOD_NOT_ALLOWED",
          `${request.method} is not allowed here; use ${allowed.join(", ")}.`,
          { headers: { allow: allowed.join(", ") } },
        ),
      );
      return;
    }
    if (options.spaFallback?.(request, reply) === true) {
      return;
    }
    sendProblem(request, reply, new ApiError("ILIO_ERR_REQUEST_NOT_FOUND", `Nothing at ${path}.`));
  });
}
