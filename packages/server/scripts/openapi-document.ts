// The OpenAPI document as the running app serves it at /api/v1/openapi.json, generated from
// the same TypeBox schemas that validate requests. `npm run openapi` writes it to
// docs/openapi.json (committed); a test fails when the committed copy is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  buildApp,
  DEFAULT_CONFIG,
  migrateToLatestOrThrow,
  openDatabase,
  systemClock,
} from "../src/index.ts";

/** Where the committed document lives. */
export const OPENAPI_PATH = fileURLToPath(new URL("../../../docs/openapi.json", import.meta.url));

/** Builds an app on an in-memory database and returns its OpenAPI document as text. */
export async function renderOpenApiDocument(): Promise<string> {
  const database = openDatabase({ kind: "sqlite-memory" });
  try {
    await migrateToLatestOrThrow(database.db);
    const app = await buildApp({
      config: { ...DEFAULT_CONFIG, logLevel: "silent", webDistDir: null },
      db: database.db,
      clock: systemClock,
    });
    try {
      const response = await app.inject({ url: "/api/v1/openapi.json" });
      const document: unknown = response.json();
      return `${JSON.stringify(document, null, 2)}\n`;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OPENAPI_PATH, await renderOpenApiDocument());
  console.log(`wrote ${OPENAPI_PATH}`);
}
