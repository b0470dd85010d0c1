import pg from "pg";
import { postgresAvailability, startCluster } from "../db/test-postgres-cluster.ts";
import { cleanUpOnSignal } from "./cleanup.mjs";

/**
 * A throw-away PostgreSQL cluster for `--db postgres`, started the way the tests start theirs
 * (initdb and pg_ctl as the postgres user, a temp folder, a free loopback port from
 * $BENCH_POSTGRES_PORT or 5433), but with fsync on (see db/test-postgres-cluster.ts, `durable`).
 * `createDatabase(name)` returns the URL of a new empty database on it; `stop()` deletes it all.
 */
export async function startBenchCluster() {
  const availability = postgresAvailability();
  if (!availability.ok) throw new Error(`--db postgres cannot run here: ${availability.reason}`);
  if (!availability.bin) throw new Error("--db postgres starts its own cluster: unset TEST_POSTGRES_URL and install the server binaries (initdb, pg_ctl)");
  const started = performance.now();
  const cluster = await startCluster(availability.bin, { firstPort: Number(process.env.BENCH_POSTGRES_PORT) || undefined, durable: true });
  const stop = async () => cluster.stop();
  const forget = cleanUpOnSignal(stop);
  console.log(`PostgreSQL cluster at ${cluster.url} (started in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return {
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(cluster.url);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      forget();
      await stop();
    },
  };
}
