// The address of the server the global setup started, as the tests read it. Vitest's
// provide/inject carries it from the setup process to the test workers; the
// ILIO_E2E_BASE_URL environment variable carries it to anything the tests spawn, and lets
// the suite run against an already running server.
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the server under test, e.g. http://127.0.0.1:41234. */
    ilioBaseUrl: string;
  }
}

/** The base URL of the Ilio server under test. */
export function baseUrl(): string {
  return process.env.ILIO_E2E_BASE_URL ?? inject("ilioBaseUrl");
}
