import { resolve } from "node:path";
import { getPostgres } from "./client";
import { DIALECT } from "./dialect";
import { migratePostgres } from "./migrate-postgres";
import { migrateSqlite } from "./migrate-sqlite";

/** drizzle/sqlite or drizzle/postgres: each dialect's migrations are generated into their own folder. */
export function migrationsFolder(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.MIGRATIONS_PATH || `./drizzle/${DIALECT}`);
}

/**
 * Applies every pending migration of the selected dialect; safe to call on every start, from any
 * number of processes at once. On SQLite the work is done before this returns its promise.
 */
export async function runMigrations(): Promise<void> {
  if (DIALECT === "postgres") return migratePostgres(getPostgres().$client, migrationsFolder());
  migrateSqlite(migrationsFolder());
}
