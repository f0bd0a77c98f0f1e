// The HTTP shell on both databases: health and readiness, 404/405/500 as problem+json with
// no internals, security headers, request ids, metrics, the OpenAPI document, log
// redaction, the web app's static files, and graceful shutdown.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASES, type TestDatabase } from "../../../test/databases.ts";
import { createLogger } from "./logger.ts";
import { shutdownGracefully } from "./listen.ts";
import { Agent } from "../test/support/http-agent.ts";
import { expectProblem } from "../test/support/expect-problem.ts";
import { buildTestApp, type TestApp } from "../test/support/test-app.ts";

for (const database of DATABASES) {
  describe(`http shell [${database.name}]`, () => {
    let test: TestDatabase;
    let t: TestApp;

    beforeEach(async () => {
      test = await database.create();
      t = await buildTestApp(test.db);
    });
    afterEach(async () => {
      await t.app.close();
      await test.destroy();
    });

    it("answers /healthz and /readyz with 200 while the database is up", async () => {
      expect((await t.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
      expect((await t.app.inject({ url: "/readyz" })).json()).toEqual({ status: "ok" });
    });

    it("answers /readyz with 503 once the database is closed, while /healthz stays 200", async () => {
      await test.database.close();
      expectProblem(await t.app.inject({ url: "/readyz" }), 503, "ILIO_ERR_STORAGE_UNAVAILABLE");
      expect((await t.app.inject({ url: "/healthz" })).statusCode).toBe(200);
    });

    it("answers unknown paths with a 404 problem", async () => {
      const problem = expectProblem(
        await t.app.inject({ url: "/api/v1/nothing-here?x=1" }),
        404,
        "ILIO_ERR_REQUEST_NOT_FOUND",
      );
      expect(problem.instance).toBe("/api/v1/nothing-here");
      expectProblem(
        await t.app.inject({ method: "POST", url: "/nope" }),
        404,
        "ILIO_ERR_REQUEST_NOT_FOUND",
      );
    });

    it("answers a known path with the wrong method with a 405 and an Allow header", async () => {
      const response = await t.app.inject({ method: "DELETE", url: "/healthz" });
      expectProblem(response, 405, "ILIO_ERR_REQUEST_METHOD_NOT_ALLOWED");
      expect(response.headers.allow).toBe("GET, HEAD");
      const put = await t.app.inject({ method: "PUT", url: "/api/v1/me" });
      expectProblem(put, 405, "ILIO_ERR_REQUEST_METHOD_NOT_ALLOWED");
      expect(put.headers.allow).toBe("DELETE, GET, HEAD");
      const param = await t.app.inject({
        method: "POST",
        url: "/api/v1/patients/0195f0a0-0000-7000-8000-000000000000/assessments",
      });
      expectProblem(param, 405, "ILIO_ERR_REQUEST_METHOD_NOT_ALLOWED");
    });

    it("turns an unexpected error into a generic 500 with no internals", async () => {
      await t.app.close();
      t = await buildTestApp(test.db, {
        extraRoutes: (app) =>
          app.get("/api/v1/test-only/explode", { config: { auth: "public" } }, () => {
            throw new Error("SELECT secret FROM internals at /srv/ilio/src/db.ts:42");
          }),
      });
      const response = await t.app.inject({ url: "/api/v1/test-only/explode" });
      const problem = expectProblem(response, 500, "ILIO_ERR_SERVER_INTERNAL");
      expect(response.body).not.toMatch(/secret|internals|\/srv|db\.ts|at |stack/i);
      expect(Object.keys(problem).sort()).toEqual([
        "code",
        "detail",
        "instance",
        "status",
        "title",
        "type",
      ]);
    });

    it("sends a strict Content-Security-Policy and other security headers", async () => {
      const response = await t.app.inject({ url: "/healthz" });
      const csp = response.headers["content-security-policy"];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("worker-src 'self'");
      expect(csp).toContain("manifest-src 'self'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["strict-transport-security"]).toBeDefined();
    });

    it("gives every response a request id and keeps a sane incoming one", async () => {
      const generated = await t.app.inject({ url: "/healthz" });
      expect(generated.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
      const kept = await t.app.inject({
        url: "/healthz",
        headers: { "x-request-id": "proxy-123" },
      });
      expect(kept.headers["x-request-id"]).toBe("proxy-123");
      const replaced = await t.app.inject({
        url: "/healthz",
        headers: { "x-request-id": "x".repeat(500) },
      });
      expect(replaced.headers["x-request-id"]).not.toContain("xxxx");
    });

    it("exposes a request-duration histogram by route, method and status at /metrics", async () => {
      await t.app.inject({
        url: "/api/v1/patients/0195f0a0-0000-7000-8000-000000000000/assessments",
      });
      const metrics = (await t.app.inject({ url: "/metrics" })).body;
      expect(metrics).toContain(
        'http_request_duration_seconds_count{route="/api/v1/patients/:patientId/assessments",method="GET",status_code="401"} 1',
      );
    });

    it("serves an OpenAPI 3 document generated from the route schemas", async () => {
      const document: { openapi: string; paths: Record<string, unknown> } = (
        await t.app.inject({ url: "/api/v1/openapi.json" })
      ).json();
      expect(document.openapi).toMatch(/^3\./);
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          "/api/v1/auth/sign-up",
          "/api/v1/me",
          "/api/v1/patients/{patientId}/assessments",
        ]),
      );
      expect(JSON.stringify(document.paths["/api/v1/auth/sign-up"])).toContain(
        '"additionalProperties":false',
      );
    });

    it("never writes passwords, cookies or CSRF tokens to the log", async () => {
      const lines: string[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          lines.push(chunk.toString());
          callback();
        },
      });
      await t.app.close();
      t = await buildTestApp(test.db, { logger: createLogger("trace", sink) });
      const secret = "my very secret passphrase";
      const agent = new Agent(t.app);
      const csrf = await agent.primeCsrf();
      await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-up",
        body: { email: "log@example.org", password: secret },
      });
      await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        body: { email: "log@example.org", password: "wrong but secret" },
      });
      await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-up",
        body: { email: "bad", password: secret, extra: secret },
      });
      const session = agent.cookies.get("ilio_session") ?? "";
      const log = lines.join("");
      expect(lines.length).toBeGreaterThan(3);
      for (const value of [secret, "wrong but secret", csrf, session]) {
        expect(log).not.toContain(value);
      }
    });

    it("lets an in-flight request finish during graceful shutdown, then closes the database", async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let entered: () => void = () => undefined;
      const started = new Promise<void>((resolve) => {
        entered = resolve;
      });
      await t.app.close();
      t = await buildTestApp(test.db, {
        extraRoutes: (app) =>
          app.get("/api/v1/test-only/slow", { config: { auth: "public" } }, async () => {
            entered();
            await gate;
            return { done: true };
          }),
      });
      const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
      const inFlight = fetch(`${address}/api/v1/test-only/slow`);
      await started;
      let databaseClosed = false;
      const shutdown = shutdownGracefully(t.app, {
        close: async () => {
          databaseClosed = true;
          await test.database.close();
        },
      });
      expect(databaseClosed).toBe(false);
      release();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ done: true });
      await shutdown;
      expect(databaseClosed).toBe(true);
    });

    it("serves the web app: immutable assets, no-cache shell, page fallback, no fallback for /api", async () => {
      const dist = mkdtempSync(join(tmpdir(), "ilio-web-"));
      try {
        mkdirSync(join(dist, "assets"));
        writeFileSync(join(dist, "index.html"), "<!doctype html><title>Ilio</title>");
        writeFileSync(join(dist, "sw.js"), "self.addEventListener('fetch', () => {});");
        writeFileSync(join(dist, "assets", "app-abc123.js"), "console.log(1);");
        await t.app.close();
        t = await buildTestApp(test.db, { config: { webDistDir: dist } });
        const asset = await t.app.inject({ url: "/assets/app-abc123.js" });
        expect(asset.statusCode).toBe(200);
        expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
        const sw = await t.app.inject({ url: "/sw.js" });
        expect(sw.headers["cache-control"]).toBe("no-cache");
        const root = await t.app.inject({ url: "/" });
        expect(root.body).toContain("<title>Ilio</title>");
        expect(root.headers["cache-control"]).toBe("no-cache");
        const page = await t.app.inject({
          url: "/check-in/today",
          headers: { accept: "text/html" },
        });
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain("<title>Ilio</title>");
        expect(page.headers["cache-control"]).toBe("no-cache");
        expectProblem(
          await t.app.inject({ url: "/api/v1/unknown", headers: { accept: "text/html" } }),
          404,
          "ILIO_ERR_REQUEST_NOT_FOUND",
        );
        expectProblem(
          await t.app.inject({ url: "/missing.png", headers: { accept: "image/png" } }),
          404,
          "ILIO_ERR_REQUEST_NOT_FOUND",
        );
        expectProblem(
          await t.app.inject({ method: "DELETE", url: "/healthz" }),
          405,
          "ILIO_ERR_REQUEST_METHOD_NOT_ALLOWED",
        );
      } finally {
        rmSync(dist, { recursive: true, force: true });
      }
    });
  });
}
