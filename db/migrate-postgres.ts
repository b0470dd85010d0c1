import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { Pool } from "pg";

/** Any fixed number, the same in every process of this app: the key of its migration lock. */
export const MIGRATION_LOCK_KEY = 2_024_141_401;

/**
 * Applies every pending PostgreSQL migration, once, however many processes start together:
 * drizzle's migrator takes no lock (two of them would both see a migration missing and both
 * apply it), so each process first takes a session-level advisory lock on one connection and
 * runs the migrator there. The next process waits, then finds nothing left to do. The lock goes
 * with the connection if this process dies half-way (and drizzle's transaction rolls back).
 */
export async function migratePostgres(pool: Pool, folder: string): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    // The pool's lock_timeout is for requests; a migration may wait for another as long as it takes.
    await client.query("set lock_timeout = 0");
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: folder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      await client.query("reset lock_timeout");
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A connection that failed may still hold the lock or a setting: drop it rather than reuse it.
    client.release(broken);
  }
}
