// A small typed HTTP client for the Ilio JSON API (/api/v1). It sends and receives JSON,
// adds the CSRF header to every unsafe request (fetching a token first when the cookie is
// missing, and retrying once when the server says the token is stale), and turns every
// failure into a Problem value. It must not know about any particular endpoint: those live
// in auth.ts and me.ts, each with a decoder for its response.
import { CSRF_COOKIE, CSRF_HEADER, needsCsrf, readCookie } from "./csrf.ts";
import { networkProblem, parseProblem, unexpectedResponseProblem } from "./problem.ts";
import { fail, ok, type ApiResult } from "./result.ts";

/** Checks an unknown JSON value and returns it typed, or undefined when it does not fit. */
export type Decoder<T> = (json: unknown) => T | undefined;

/** HTTP methods the API uses. */
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What the client needs from its environment; tests pass fakes. */
export interface ApiClientOptions {
  /** Prefix of every path, "/api/v1" by default. */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** Returns the current `document.cookie` string. */
  readonly readCookies?: () => string;
}

/** One request to the API. */
export interface ApiRequest<T> {
  readonly method: Method;
  readonly path: string;
  readonly body?: unknown;
  readonly decode: Decoder<T>;
}

/** Sends requests to the API and returns their outcome as values. */
export interface ApiClient {
  send<T>(request: ApiRequest<T>): Promise<ApiResult<T>>;
}

/** Decoder for responses without a body (204 No Content). */
export const noContent: Decoder<null> = () => null;

function csrfTokenFrom(json: unknown): string | undefined {
  if (typeof json === "object" && json !== null && "csrfToken" in json) {
    return typeof json.csrfToken === "string" ? json.csrfToken : undefined;
  }
  return undefined;
}

async function readJson(response: Response): Promise<unknown> {
  const body = await response.text();
  if (body === "") {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed;
  } catch {
    return undefined;
  }
}

/** Creates an API client bound to the browser's fetch and cookies unless told otherwise. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? "/api/v1";
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const readCookies = options.readCookies ?? (() => document.cookie);

  async function fetchCsrfToken(): Promise<string | undefined> {
    const response = await doFetch(`${baseUrl}/auth/csrf`, {
      method: "GET",
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
    const json = await readJson(response);
    // The cookie is the source of truth; the body is a fallback for the same value.
    return readCookie(readCookies(), CSRF_COOKIE) ?? csrfTokenFrom(json);
  }

  async function attempt<T>(request: ApiRequest<T>, freshToken: boolean): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (request.body !== undefined) {
      headers["content-type"] = "application/json";
    }
    if (needsCsrf(request.method)) {
      const token = freshToken
        ? await fetchCsrfToken()
        : (readCookie(readCookies(), CSRF_COOKIE) ?? (await fetchCsrfToken()));
      if (token !== undefined) {
        headers[CSRF_HEADER] = token;
      }
    }
    const response = await doFetch(`${baseUrl}${request.path}`, {
      method: request.method,
      credentials: "same-origin",
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    const json = await readJson(response);
    if (response.ok) {
      const value = request.decode(json);
      return value === undefined ? fail(unexpectedResponseProblem(response.status)) : ok(value);
    }
    const problem = parseProblem(response.status, json);
    const staleToken = response.status === 403 && problem.code.includes("CSRF");
    if (staleToken && !freshToken && needsCsrf(request.method)) {
      return attempt(request, true);
    }
    return fail(problem);
  }

  return {
    async send<T>(request: ApiRequest<T>): Promise<ApiResult<T>> {
      try {
        return await attempt(request, false);
      } catch {
        return fail(networkProblem());
      }
    },
  };
}
