// Serves the built web app (packages/web/dist) when it exists. Hashed files under
// /assets/ are immutable for a year; index.html and sw.js must always be revalidated so a
// deploy reaches users (https://web.dev/articles/http-cache). Page requests for unknown
// paths get index.html (the app routes in the browser); /api/* never does.
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { App } from "./type-provider.ts";

const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

function cacheControlFor(path: string): string {
  const normalized = path.replaceAll("\\", "/");
  if (normalized.includes("/assets/")) {
    return IMMUTABLE;
  }
  return REVALIDATE;
}

/** Registers static serving; returns the SPA fallback for the not-found handler, or null. */
export async function registerWebApp(
  app: App,
  webDistDir: string | null,
): Promise<((request: FastifyRequest, reply: FastifyReply) => boolean) | null> {
  if (webDistDir === null || !existsSync(join(webDistDir, "index.html"))) {
    return null;
  }
  await app.register(fastifyStatic, {
    root: webDistDir,
    cacheControl: false,
    setHeaders: (reply, path) => {
      void reply.header("cache-control", cacheControlFor(path));
    },
  });
  return (request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const wantsPage =
      (request.method === "GET" || request.method === "HEAD") &&
      !path.startsWith("/api/") &&
      path !== "/api" &&
      (request.headers.accept ?? "").includes("text/html");
    if (!wantsPage) {
      return false;
    }
    void reply.header("cache-control", REVALIDATE).sendFile("index.html");
    return true;
  };
}
