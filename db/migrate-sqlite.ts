import type Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { getDb } from "./client";

const TABLE = "__drizzle_migrations";
// A migration in another process may take a while (a table rebuild on a big file): wait for it as
// long as it takes, like PostgreSQL's migration lock (db/migrate-postgres.ts), not the request timeout.
const MIGRATION_BUSY_TIMEOUT_MS = 10 * 60_000;

function assertConsistent(sqlite: Database.Database): void {
  const violations = sqlite.pragma("foreign_key_check") as unknown[];
  if (violations.length > 0) {
    throw new Error(`Migrations left ${violations.length} foreign key violation(s), e.g. ${JSON.stringify(violations.slice(0, 3))}`);
  }
  const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.join() !== "ok") throw new Error(`Integrity check failed after migrations: ${integrity.slice(0, 5).join("; ")}`);
}

/**
 * Drizzle's SQLite migrator, with its race removed: drizzle reads the last applied migration
 * before its (deferred) BEGIN, so two processes starting together on a new file both decided to
 * apply everything, and the second failed ("table already exists") once the first committed.
 * Here the read comes after BEGIN IMMEDIATE, which takes the file's write lock first: the second
 * process waits, then finds nothing left to do. Same table, hashes and rule as drizzle's (a
 * migration is pending when its journal time is later than the last applied one's), all in one
 * transaction with the consistency check, so a failure anywhere leaves the file as it was.
 * Returns how many were applied.
 */
function applyPending(sqlite: Database.Database, folder: string): number {
  const migrations = readMigrationFiles({ migrationsFolder: folder });
  sqlite.exec("BEGIN IMMEDIATE");
  try {
    sqlite.exec(`CREATE TABLE IF NOT EXISTS "${TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
    const last = sqlite.prepare(`SELECT created_at FROM "${TABLE}" ORDER BY created_at DESC LIMIT 1`).get() as { created_at: unknown } | undefined;
    const pending = migrations.filter((m) => !last || Number(last.created_at) < m.folderMillis);
    const record = sqlite.prepare(`INSERT INTO "${TABLE}" ("hash", "created_at") VALUES (?, ?)`);
    for (const migration of pending) {
      for (const statement of migration.sql) sqlite.exec(statement);
      record.run(migration.hash, migration.folderMillis);
    }
    // Only after a change: integrity_check reads the whole file (about 0.6 s at 10k users).
    if (pending.length > 0) assertConsistent(sqlite);
    sqlite.exec("COMMIT");
    return pending.length;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw error;
  }
}

/**
 * Applies every pending SQLite migration, synchronously; any number of processes may call it on
 * one file at the same time (each migration is applied once, see applyPending).
 */
export function migrateSqlite(folder: string): number {
  const sqlite = getDb().$client;
  // Table rebuilds drop and recreate parent tables: with foreign keys enforced, dropping `users`
  // would cascade-delete every child row. The pragma is a no-op inside a transaction, so it is
  // switched here, around the transaction.
  const busyTimeout = sqlite.pragma("busy_timeout", { simple: true }) as number;
  sqlite.pragma("foreign_keys = OFF");
  sqlite.pragma(`busy_timeout = ${MIGRATION_BUSY_TIMEOUT_MS}`);
  try {
    return applyPending(sqlite, folder);
  } finally {
    sqlite.pragma(`busy_timeout = ${busyTimeout}`);
    sqlite.pragma("foreign_keys = ON");
  }
}
