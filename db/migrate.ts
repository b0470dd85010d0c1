import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { resolve } from "node:path";
import { getDb } from "./client";

export function migrationsFolder(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.MIGRATIONS_PATH || "./drizzle");
}

/** Applies every pending migration in drizzle/; safe to call on every start. */
export function runMigrations(): void {
  migrate(getDb(), { migrationsFolder: migrationsFolder() });
}
