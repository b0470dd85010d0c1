import type { TestProject } from "vitest/node";
import { postgresAvailability, startCluster } from "./test-postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/** vitest globalSetup of the postgres project: one throw-away cluster for the whole run. */
export default async function setup(project: TestProject): Promise<() => void> {
  const availability = postgresAvailability();
  if (!availability.ok) throw new Error(`PostgreSQL tests cannot run: ${availability.reason}`);
  if (!availability.bin) {
    project.provide("postgresAdminUrl", process.env.TEST_POSTGRES_URL ?? "");
    return () => undefined;
  }
  const started = Date.now();
  const cluster = await startCluster(availability.bin);
  console.log(`PostgreSQL test cluster at ${cluster.url} (started in ${Date.now() - started} ms)`);
  project.provide("postgresAdminUrl", cluster.url);
  return () => cluster.stop();
}
