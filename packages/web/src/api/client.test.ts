import { describe, expect, it } from "vitest";
import { createApiClient, noContent } from "./client.ts";
import { decodeUserEnvelope } from "./user.ts";

interface Call {
  readonly url: string;
  readonly method: string;
  readonly csrf: string | null;
}

/** A fake server: answers each request with the next scripted response and records it. */
function fakeFetch(responses: Response[], onCall: (call: Call) => void = () => undefined) {
  const calls: Call[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    const call = {
      url: typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? "GET",
      csrf: headers.get("x-csrf-token"),
    };
    calls.push(call);
    onCall(call);
    const next = responses.shift();
    return next === undefined ? Promise.reject(new TypeError("offline")) : Promise.resolve(next);
  };
  return { fetch, calls };
}

const json = (status: number, body: unknown, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": type } });

const user = {
  id: "u1",
  email: "a@example.org",
  displayName: null,
  role: "patient",
  createdAt: "2026-01-01T00:00:00Z",
};

describe("createApiClient", () => {
  it("fetches a CSRF token first when the cookie is missing, then sends the cookie's value", async () => {
    let cookie = "";
    const { fetch, calls } = fakeFetch(
      [json(200, { csrfToken: "t1" }), new Response(null, { status: 204 })],
      (call) => {
        if (call.url.endsWith("/auth/csrf")) {
          cookie = "other=1; ilio_csrf=t1";
        }
      },
    );
    const client = createApiClient({ fetch, readCookies: () => cookie });
    const result = await client.send({ method: "POST", path: "/auth/sign-out", decode: noContent });
    expect(result).toEqual({ ok: true, value: null });
    expect(calls.map((c) => [c.method, c.url, c.csrf])).toEqual([
      ["GET", "/api/v1/auth/csrf", null],
      ["POST", "/api/v1/auth/sign-out", "t1"],
    ]);
  });

  it("reads the cookie again for every request, so a rotated token is used", async () => {
    let cookie = "ilio_csrf=before";
    const { fetch, calls } = fakeFetch([
      json(200, { user, csrfToken: "after" }),
      new Response(null, { status: 204 }),
    ]);
    const client = createApiClient({ fetch, readCookies: () => cookie });
    await client.send({
      method: "POST",
      path: "/auth/sign-in",
      body: {},
      decode: decodeUserEnvelope,
    });
    cookie = "ilio_csrf=after";
    await client.send({ method: "POST", path: "/auth/sign-out", decode: noContent });
    expect(calls.map((c) => c.csrf)).toEqual(["before", "after"]);
  });

  it("refreshes a stale token once when the server rejects it", async () => {
    let cookie = "ilio_csrf=stale";
    const { fetch, calls } = fakeFetch(
      [
        json(
          403,
          { code: "ILIO_ERR_AUTH_CSRF", detail: "Missing or wrong CSRF token." },
          "application/problem+json",
        ),
        json(200, { csrfToken: "fresh" }),
        new Response(null, { status: 204 }),
      ],
      (call) => {
        if (call.url.endsWith("/auth/csrf")) {
          cookie = "ilio_csrf=fresh";
        }
      },
    );
    const client = createApiClient({ fetch, readCookies: () => cookie });
    const result = await client.send({
      method: "DELETE",
      path: "/me",
      body: { password: "x" },
      decode: noContent,
    });
    expect(result.ok).toBe(true);
    expect(calls.map((c) => c.csrf)).toEqual(["stale", null, "fresh"]);
  });

  it("sends no CSRF header with GET requests", async () => {
    const { fetch, calls } = fakeFetch([json(200, { user })]);
    const client = createApiClient({ fetch, readCookies: () => "ilio_csrf=t" });
    const result = await client.send({ method: "GET", path: "/me", decode: decodeUserEnvelope });
    expect(result.ok && result.value.email).toBe("a@example.org");
    expect(calls[0]?.csrf).toBeNull();
  });

  it("returns the problem of a failed request as a value", async () => {
    const { fetch } = fakeFetch([
      json(401, { code: "ILIO_ERR_AUTH_INVALID_CREDENTIALS", detail: "Wrong e-mail or password." }),
    ]);
    const client = createApiClient({ fetch, readCookies: () => "ilio_csrf=t" });
    const result = await client.send({
      method: "POST",
      path: "/auth/sign-in",
      body: {},
      decode: decodeUserEnvelope,
    });
    expect(result).toMatchObject({
      ok: false,
      problem: { status: 401, detail: "Wrong e-mail or password." },
    });
  });

  it("says the server could not be reached when fetch fails", async () => {
    const { fetch } = fakeFetch([]);
    const client = createApiClient({ fetch, readCookies: () => "" });
    const result = await client.send({ method: "GET", path: "/me", decode: decodeUserEnvelope });
    expect(result).toMatchObject({
      ok: false,
      problem: { status: 0, code: "ILIO_ERR_WEB_NETWORK" },
    });
  });

  it("treats a 2xx body of the wrong shape as an unexpected answer, not as data", async () => {
    const { fetch } = fakeFetch([json(200, { user: { id: 3 } })]);
    const client = createApiClient({ fetch, readCookies: () => "" });
    const result = await client.send({ method: "GET", path: "/me", decode: decodeUserEnvelope });
    expect(result).toMatchObject({
      ok: false,
      problem: { code: "ILIO_ERR_WEB_UNEXPECTED_RESPONSE" },
    });
  });
});
