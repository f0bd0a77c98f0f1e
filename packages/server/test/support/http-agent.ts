// A tiny cookie-keeping client over app.inject, like a browser tab: it remembers cookies,
// and on unsafe methods sends the CSRF header from the ilio_csrf cookie (as the web app
// does). Options let a test drop or forge the header.
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import type { App } from "@ilio/server";

/** Extra knobs for one request. */
export interface AgentRequest {
  readonly method?: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
  readonly url: string;
  readonly body?: unknown;
  /** Raw payload (for malformed JSON); sent with `contentType`. */
  readonly raw?: string;
  readonly contentType?: string;
  /** Omit the CSRF header. */
  readonly omitCsrf?: boolean;
  /** Send this CSRF header value instead of the cookie's. */
  readonly csrf?: string;
  readonly headers?: Record<string, string>;
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** A browser-like session against one app. */
export class Agent {
  readonly cookies = new Map<string, string>();
  constructor(readonly app: App) {}

  /** Sends a request, keeping cookies; returns the raw response. */
  async request(options: AgentRequest): Promise<LightMyRequestResponse> {
    const method = options.method ?? "GET";
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    }
    const csrf = this.cookies.get("ilio_csrf");
    if (!SAFE.has(method) && options.omitCsrf !== true) {
      const value = options.csrf ?? csrf;
      if (value !== undefined) {
        headers["x-csrf-token"] = value;
      }
    }
    const inject: InjectOptions = { method, url: options.url, headers };
    if (options.raw !== undefined) {
      inject.payload = options.raw;
      headers["content-type"] = options.contentType ?? "application/json";
    } else if (options.body !== undefined) {
      inject.payload = JSON.stringify(options.body);
      headers["content-type"] = options.contentType ?? "application/json";
    }
    const response = await this.app.inject(inject);
    for (const cookie of response.cookies) {
      const expired =
        cookie.maxAge === 0 ||
        (cookie.expires !== undefined && cookie.expires.getTime() < Date.now());
      if (expired || cookie.value === "") {
        this.cookies.delete(cookie.name);
      } else {
        this.cookies.set(cookie.name, cookie.value);
      }
    }
    return response;
  }

  /** Fetches a CSRF token so unsafe requests pass. */
  async primeCsrf(): Promise<string> {
    const response = await this.request({ url: "/api/v1/auth/csrf" });
    const body: unknown = response.json();
    if (
      typeof body !== "object" ||
      body === null ||
      !("csrfToken" in body) ||
      typeof body.csrfToken !== "string"
    ) {
      throw new Error("no csrf token");
    }
    return body.csrfToken;
  }

  /** Signs in (priming CSRF first); throws unless it succeeds. */
  async signIn(email: string, password: string): Promise<this> {
    await this.primeCsrf();
    const response = await this.request({
      method: "POST",
      url: "/api/v1/auth/sign-in",
      body: { email, password },
    });
    if (response.statusCode !== 200) {
      throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
    }
    return this;
  }
}
