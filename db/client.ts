import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = "./data/rungs.db";
const BUSY_TIMEOUT_MS = 5000;

export function databasePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

export function openDb(path: string = databasePath()): Db {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  // FULL syncs the WAL on every commit: an acknowledged change survives a crash of the machine too.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return drizzle(sqlite, { schema });
}

// One connection per process, shared across hot reloads in development.
const globalForDb = globalThis as unknown as { rungsDb?: Db };

export function getDb(): Db {
  globalForDb.rungsDb ??= openDb();
  return globalForDb.rungsDb;
}

export function closeDb(): void {
  globalForDb.rungsDb?.$client.close();
  globalForDb.rungsDb = undefined;
}
