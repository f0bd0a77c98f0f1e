// Benchmark target: the real Ilio app on a SQLite file, logging off and rate limits off
// (so the bench measures the request path, not the limiter). Prints "PORT <n>" when ready.
import { buildApp, DEFAULT_CONFIG, openDatabase, systemClock } from "@ilio/server";

const filename = process.argv[2];
if (filename === undefined) {
  throw new Error("usage: app-server.ts <sqlite file>");
}
const database = openDatabase({ kind: "sqlite", filename });
const app = await buildApp({
  config: {
    ...DEFAULT_CONFIG,
    logLevel: "silent",
    webDistDir: null,
    rateLimit: { ...DEFAULT_CONFIG.rateLimit, enabled: false },
  },
  db: database.db,
  clock: systemClock,
});
const address = await app.listen({ port: 0, host: "127.0.0.1" });
console.log(`PORT ${new URL(address).port}`);
process.on("SIGTERM", () => {
  void app.close().then(() => database.close());
});
