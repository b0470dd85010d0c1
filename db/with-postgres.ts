import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool } from "pg";

export type PostgresDb = NodePgDatabase & { $client: Pool };

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/**
 * A pool per process (node-postgres). lock_timeout is PostgreSQL's busy timeout: a request stuck
 * behind another's row lock fails as "try again" after it, instead of hanging; a server that does
 * not answer fails the same way after connectionTimeoutMillis.
 */
export function openPostgres(url: string): PostgresDb {
  const pool = new Pool({
    connectionString: url,
    max: envInt("POSTGRES_POOL_MAX", 10),
    connectionTimeoutMillis: envInt("POSTGRES_CONNECT_TIMEOUT_MS", 5000),
    idleTimeoutMillis: 30_000,
    options: `-c lock_timeout=${envInt("POSTGRES_LOCK_TIMEOUT_MS", 5000)}`,
  });
  // An idle connection that dies (server restart, network) is reported here; without a listener
  // node-postgres would crash the process. The pool replaces it on the next checkout.
  pool.on("error", (error) => console.error(`PostgreSQL: an idle connection failed: ${error.message}`));
  return drizzle({ client: pool });
}

/** The address without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://…";
  }
}
