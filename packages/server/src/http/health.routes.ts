// Liveness and readiness for orchestrators: /healthz says the process answers; /readyz
// also runs a trivial query, so a lost or closed database takes the instance out of
// rotation (503) instead of failing real requests.
import { Type } from "@sinclair/typebox";
import { sql, type Kysely } from "kysely";
import { ApiError } from "../errors/api-error.ts";
import type { DatabaseSchema } from "../storage/database-schema.ts";
import { StrictObject } from "./schema-helpers.ts";
import type { App } from "./type-provider.ts";

const Status = StrictObject({ status: Type.Literal("ok") });
const tags = ["health"];

/** Registers /healthz and /readyz. */
export function healthRoutes(app: App, db: Kysely<DatabaseSchema>): void {
  app.get(
    "/healthz",
    { config: { auth: "public" }, schema: { tags, response: { 200: Status } } },
    () => ({ status: "ok" as const }),
  );

  app.get(
    "/readyz",
    { config: { auth: "public" }, schema: { tags, response: { 200: Status } } },
    async (request) => {
      try {
        await sql`select 1`.execute(db);
      } catch (error) {
        request.log.warn({ err: error }, "readiness check failed");
        throw new ApiError("ILIO_ERR_STORAGE_UNAVAILABLE", "The database is not reachable.");
      }
      return { status: "ok" as const };
    },
  );
}
