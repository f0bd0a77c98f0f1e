// Vitest global setup for integration tests: one PostgreSQL cluster for the whole run,
// handed to test files as ILIO_TEST_POSTGRES_URL. ILIO_TEST_DATABASES=sqlite narrows a
// local run; CI always runs both.
import { startPostgresCluster } from "./postgres-cluster.ts";

export default async function setup(): Promise<() => void> {
  const wanted = (process.env.ILIO_TEST_DATABASES ?? "sqlite,postgres").split(",");
  if (!wanted.includes("postgres")) {
    return () => undefined;
  }
  const cluster = await startPostgresCluster();
  process.env.ILIO_TEST_POSTGRES_URL = cluster.url;
  return () => cluster.stop();
}
