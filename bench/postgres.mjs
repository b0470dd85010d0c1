import { readFileSync } from "node:fs";
import { join } from "node:path";
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
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };
  // The postmaster's pid is the first line of postmaster.pid in the data directory.
  let pid;
  try {
    const [{ setting: dataDirectory }] = await admin("select setting from pg_settings where name = 'data_directory'");
    pid = Number(readFileSync(join(dataDirectory, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch (error) {
    forget();
    await stop();
    throw error;
  }
  return {
    pid,
    async createDatabase(name) {
      await admin(`create database ${name}`);
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
