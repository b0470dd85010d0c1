import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Client, Pool, type ClientConfig, type PoolClient } from "pg";

export type PostgresDb = NodePgDatabase & { $client: Pool };

/** The query builders on one pooled connection (a transaction's), with that connection as `$client`. */
export type ConnectionDb = NodePgDatabase & { $client: PoolClient };

// One per pooled connection, kept as long as the pool keeps the connection: the statements a
// transaction prepares on it (db/prepared.ts) are cached per this object, so drizzle builds each
// once per connection, not once per transaction.
const connectionDbs = new WeakMap<PoolClient, ConnectionDb>();

/** The query builders of the pooled connection `client` (checked out for a transaction). */
export function connectionDb(client: PoolClient): ConnectionDb {
  let q = connectionDbs.get(client);
  if (!q) {
    q = drizzle({ client }) as ConnectionDb;
    connectionDbs.set(client, q);
  }
  return q;
}

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/**
 * A pool per process (node-postgres). lock_timeout is PostgreSQL's busy timeout: a request stuck
 * behind another's row lock fails as "try again" after it, instead of hanging; a server that does
 * not answer fails the same way after POSTGRES_CONNECT_TIMEOUT_MS.
 *
 * The connect timeout is the client's, not the pool's: pg-pool applies its connectionTimeoutMillis
 * to the wait for a free connection too, so a burst of more requests than connections failed
 * those queued longer than it (159 of 200 simultaneous level changes with 10 connections) while
 * the server was fine. Queued requests now wait their turn; only a real connect times out.
 */
export function openPostgres(url: string): PostgresDb {
  const connectTimeoutMs = envInt("POSTGRES_CONNECT_TIMEOUT_MS", 5000);
  class TimedClient extends Client {
    constructor(config?: string | ClientConfig) {
      super({ ...(typeof config === "string" ? { connectionString: config } : config), connectionTimeoutMillis: connectTimeoutMs });
    }
  }
  const pool = new Pool({
    connectionString: url,
    max: envInt("POSTGRES_POOL_MAX", 10),
    connectionTimeoutMillis: 0,
    Client: TimedClient,
    idleTimeoutMillis: 30_000,
    options: `-c lock_timeout=${envInt("POSTGRES_LOCK_TIMEOUT_MS", 5000)}`,
  });
  // An idle connection that dies (server restart, network) is reported here; without a listener
  // node-postgres would crash the process. The pool replaces it on the next checkout.
  pool.on("error", (error) => console.error(`PostgreSQL: an idle connection failed: ${error.message}`));
  return drizzle({ client: pool });
}

/**
 * PostgreSQL: BEGIN … COMMIT on one pooled connection, as drizzle's transaction does, but the body
 * gets that connection's own query builders (connectionDb, above), the same object
 * every time the pool hands out this connection, so the statements it prepares (preparedIn, named
 * writes) are built once per connection. A connection that failed (its ROLLBACK too, or an error
 * event) is destroyed, not given back to the pool.
 */
export async function postgresTransaction<T>(pool: Pool, body: (q: ConnectionDb) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // The pool listens for errors only on idle connections: without this, a connection lost while
  // checked out (the server restarted, the backend was terminated) would crash the process.
  const onError = (error: Error) => {
    broken = error;
  };
  client.on("error", onError);
  try {
    await client.query("begin");
    const result = await body(connectionDb(client));
    await client.query("commit");
    return result;
  } catch (error) {
    try {
      await client.query("rollback");
    } catch (rollbackError) {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw error;
  } finally {
    client.removeListener("error", onError);
    client.release(broken);
  }
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
