import type Database from "better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { getDb } from "./client";

function appliedCount(sqlite: Database.Database): number {
  const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  return table ? (sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n : 0;
}

function assertConsistent(sqlite: Database.Database): void {
  const violations = sqlite.pragma("foreign_key_check") as unknown[];
  if (violations.length > 0) {
    throw new Error(`Migrations left ${violations.length} foreign key violation(s), e.g. ${JSON.stringify(violations.slice(0, 3))}`);
  }
  const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.join() !== "ok") throw new Error(`Integrity check failed after migrations: ${integrity.slice(0, 5).join("; ")}`);
}

/**
 * Applies every pending SQLite migration, synchronously. Processes on one file cannot race:
 * drizzle runs them in one transaction, which takes the file's write lock.
 */
export function migrateSqlite(folder: string): void {
  const sqlite = getDb().$client;
  const before = appliedCount(sqlite);
  // Table rebuilds drop and recreate parent tables: with foreign keys enforced, dropping `users`
  // would cascade-delete every child row. The pragma is a no-op inside a transaction and drizzle
  // wraps all pending migrations in one, so it is switched here, around migrate().
  sqlite.pragma("foreign_keys = OFF");
  try {
    migrate(getDb(), { migrationsFolder: folder });
  } finally {
    sqlite.pragma("foreign_keys = ON");
  }
  // Only after a change: integrity_check reads the whole file (about 0.6 s at 10k users).
  if (appliedCount(sqlite) !== before) assertConsistent(sqlite);
}
